/** @module Tests of the frames pack: phrase compilation and validation errors. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PackError } from "../errors.ts";
import { compilePhrases, frameLexicon, parseFrameLexicon } from "./frame-lexicon.ts";

test("compiles phrases with word bounds, flexible spaces and trailing wildcards", () => {
  const re = compilePhrases(["arriv* in", "state visit"]);
  assert.ok(re.test("She arrived  in Holmgard"));
  assert.ok(re.test("a STATE VISIT"));
  assert.ok(!re.test("the interstate visitor"));
});

test("loads the bundled frames pack with every status in order", () => {
  const lex = frameLexicon();
  assert.deepEqual(lex.statuses.map(([s]) => s), ["cancelled", "delivered", "delivering", "ordered", "approved", "negotiating", "considering"]);
  assert.ok(lex.procurement.test("India plans to purchase jets"));
});

test("rejects a frames pack with an unknown status, naming the file and the path", () => {
  assert.throws(
    () => parseFrameLexicon({ pack: "frames", version: 1, frames: { procurement: ["buy"], delivery: ["deliver*"], visit: ["visit*"], sanction: ["sanction*"], sanctionAction: ["impos*"], incidents: { quake: ["quake*"] }, incidentIdioms: ["heart attack*"], killed: ["kill*"], injured: ["injur*"] }, statuses: [{ status: "maybe", cues: ["x"] }] }, "my-frames.json"),
    (e: unknown) => e instanceof PackError && /my-frames\.json: invalid frames pack at \$\.statuses\.0\.status/.test(e.message),
  );
});
