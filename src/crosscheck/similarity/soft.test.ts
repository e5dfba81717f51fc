/** @module Tests of soft term matching. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { softMatch } from "./soft.ts";

test("matches stems sharing a long prefix", () => {
  assert.ok(softMatch("negoti", "negotiat"));
  assert.ok(softMatch("democrat", "democraci"));
});

test("does not match words that only share a short or partial prefix", () => {
  assert.ok(!softMatch("presid", "presidenti"));
  assert.ok(!softMatch("inter", "intercept"));
  assert.ok(!softMatch("missil", "mission"));
});

test("matches one substitution, insertion or deletion in long words", () => {
  assert.ok(softMatch("organis", "organiz"));
  assert.ok(softMatch("defence", "defense"));
  assert.ok(softMatch("kalashnikov", "kalashnikow"));
  assert.ok(softMatch("commitee", "committee"));
  assert.ok(softMatch("ukrainian", "ukranian"));
});

test("does not match two edits or short words one edit apart", () => {
  assert.ok(!softMatch("bat", "cat"));
  assert.ok(!softMatch("plant", "plane"));
  assert.ok(!softMatch("defence", "defiance"));
  assert.ok(!softMatch("moscow", "mosque"));
});

test("is symmetric", () => {
  const words = ["negoti", "negotiat", "organis", "organiz", "defence", "defense", "intern", "internet", "commitee", "committee"];
  for (const a of words) for (const b of words) assert.equal(softMatch(a, b), softMatch(b, a), `${a}/${b}`);
});
