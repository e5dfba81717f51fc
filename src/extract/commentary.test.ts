/** @module Tests of the commentary cues (packs/lang/en/commentary.json): evaluation, promotion and stems read as commentary; checkable reporting does not. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { commentaryScore, isCommentary, parseCommentaryLexicon } from "./commentary.ts";
import type { Mention } from "../types.ts";

const plain = (text: string) => ({ text, attribution: null, mentions: [] as Mention[], quantities: [], dates: [], frames: [] });
const mention = (type: Mention["type"]): Mention => ({ kind: "mention", span: [0, 1], sentence: 0, text: "x", entityId: null, canonical: "x", type, source: "chunk", role: null });

test("reads evaluation, stems and product promotion as commentary", () => {
  assert.ok(isCommentary(plain("The move underscores a delicate balancing act in a multipolar world.")));
  // Named things make a sentence checkable; these still read as commentary for their cues alone.
  const weapon = { ...plain("The S-400, a highly advanced system capable of intercepting a wide range of aerial threats, is a formidable shield."), mentions: [mention("weapon")] };
  assert.ok(isCommentary(weapon), "promotion of a product");
  const leader = { ...plain("Modi's government is navigating an intricate web of alliances."), mentions: [mention("person")] };
  assert.ok(isCommentary(leader), "a cliché of analysis");
});

test("does not read a checkable report as commentary", () => {
  assert.ok(!isCommentary(plain("The ministry said on Monday it had signed the contract.")));
  assert.ok(commentaryScore(plain("Officials announced that deliveries were delayed.")) <= 0.5);
});

test("a sentence that names nothing is a report unless a cue of evaluation or opinion says otherwise", () => {
  assert.ok(!isCommentary(plain("The boat has not been found and the harbour stays closed.")));
  assert.ok(isCommentary(plain("The boat has perhaps not been found and the harbour stays closed.")));
});

test("a lone * in a cue stands for one word, a trailing * for a stem", () => {
  const lex = parseCommentaryLexicon(
    { pack: "lang-en-commentary", version: 1, description: "t", evaluative: ["positions * as", "underscor*"], opinion: ["perhaps"], genericSubject: ["this"], speculative: ["could"], checkable: ["said"] },
    "t.json",
  );
  assert.equal(("It positions Delhi as a broker and underscored it.".match(lex.evaluative) ?? []).length, 2);
  assert.throws(() => parseCommentaryLexicon({ pack: "lang-en-commentary", version: 1 }, "bad.json"), /bad\.json: invalid commentary pack/);
});
