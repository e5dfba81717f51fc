/** @module Tests of the units pack: classes of counted nouns, formations, money and acts, validated on load. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { PackError } from "../errors.ts";
import { countsMateriel, isFormation, isMoney, parseUnitLexicon, unitClass, unitLexicon } from "./units.ts";

test("the units pack: counted nouns collapse into classes, formations stand alone, currencies are money", () => {
  assert.equal(unitClass("jet"), "aircraft");
  assert.equal(unitClass("fighter"), unitClass("warplane"));
  assert.equal(unitClass("squadron"), "squadron");
  assert.equal(unitClass("banana"), "banana");
  assert.ok(isFormation("division") && !isFormation("tank"));
  assert.ok(countsMateriel("helicopter") && countsMateriel("brigade") && !countsMateriel("people"));
  assert.ok(isMoney("usd") && !isMoney("aircraft"));
});

test("the units pack: acts said in any spacing; a phrase is matched whole", () => {
  const acts = (text: string): string[] => unitLexicon().acts.filter(([, re]) => re.test(text)).map(([a]) => a);
  assert.deepEqual(acts("Two men were taken  into custody and later charged."), ["arrested", "charged"]);
  assert.deepEqual(acts("The arrestee list was long."), []);
  assert.deepEqual(acts("She played in 10 games but missed four."), ["missed", "played"]);
});

test("the units pack is validated on load", () => {
  assert.throws(
    () => parseUnitLexicon({ pack: "lang-en-units", version: 1, description: "x", formations: [], classes: {}, materiel: [], money: ["usd"], acts: [] }, "my-units.json"),
    (e: unknown) => e instanceof PackError && /my-units\.json: invalid units pack at \$\.formations/.test(e.message),
  );
});
