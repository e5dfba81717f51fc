/** @module Tests of an article's candidate keys: deterministic, and bounded whatever the text. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { candidateKeys, MAX_KEY_LENGTH } from "./keys.ts";

test("candidate keys are the strongest stems and names, each short enough for an index entry", () => {
  const doc = { title: "Quake hits Aceh", text: "A strong quake hit Aceh province on Tuesday. The quake damaged homes in Aceh." };
  const keys = candidateKeys(doc);
  assert.ok(keys.some((k) => k.startsWith("t:")));
  assert.deepEqual(candidateKeys(doc), keys);
  const hostile = { title: "x", text: `${"a".repeat(200_000)} ${"a-".repeat(50_000)}a. Then the quake hit Aceh.` };
  const bounded = candidateKeys(hostile);
  assert.ok(bounded.every((k) => k.length > 2 && k.length <= MAX_KEY_LENGTH + 2), bounded.map((k) => k.length).join(","));
});
