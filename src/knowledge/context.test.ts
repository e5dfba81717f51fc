/** @module Tests of the context cues (packs/lang/en/materiel.json): validation, the longest cue at a place, word starts, and every group firing from its words. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PackError } from "../errors.ts";
import { contextCues, parseContextCues } from "./context.ts";

const cuesNear = (text: string, name: string): string[] => {
  const at = text.indexOf(name);
  return contextCues(text, [at, at + name.length]).map((c) => c.text);
};

test("a longer phrase wins over the shorter one it begins with, nearest first; a word start matches a longer word", () => {
  assert.deepEqual(cuesNear("The Rafale fighter jets flew a dogfights drill.", "Rafale"), ["fighter jets", "jets", "dogfight"]);
  assert.deepEqual(cuesNear("An aircraft carrier, the Vikrant, sailed.", "Vikrant"), ["aircraft carrier", "aircraft"]);
});

test("each group of the bundled pack fits its categories from its own words", () => {
  const pack = JSON.parse(readFileSync(new URL("../../packs/lang/en/materiel.json", import.meta.url), "utf8")) as { cues: { fits: string[]; words: string[] }[] };
  for (const group of pack.cues)
    for (const word of group.words) {
      const found = contextCues(`the ${word} X-1 was seen`, [6 + word.length, 6 + word.length + 4]);
      assert.ok(found.some((c) => c.text === word && group.fits.every((f) => c.fits.has(f as never))), word);
    }
});

test("a materiel pack of the wrong shape names the file and the field", () => {
  const bad = { pack: "lang-en-materiel", version: 1, description: "d", cues: [{ what: "w", fits: ["spaceship"], words: ["x"] }] };
  assert.throws(() => parseContextCues(bad, "my-materiel.json"), (e: unknown) => e instanceof PackError && /^my-materiel\.json: invalid materiel pack at \$\.cues\.0\.fits\.0:/.test(e.message));
});
