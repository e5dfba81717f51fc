/** @module Tests of the English events pack (packs/lang/en/events.json): the frame rules fire from its words. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../text/sentences.ts";
import type { Frame, Mention, Sentence } from "../types.ts";
import { eventWords, SANCTION_BY, VALUE_AFTER, VALUE_BEFORE } from "./event-words.ts";
import { extractFrames } from "./frames.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}

const frames = (text: string, mentions: Mention[] = []): readonly Frame[] =>
  extractFrames({ sentence: sentence(text), mentions, quantities: [], dates: [], modality: "asserted", originOf: () => null, recentItems: ["Rafale"], recentVisitor: null });

test("loads the bundled events pack", () => {
  assert.ok(eventWords().referBackNouns.includes("jets"));
});

test("each noun of referBackNouns refers a sentence's opening back to the last item", () => {
  for (const noun of eventWords().referBackNouns) assert.deepEqual(frames(`These ${noun} will be delivered in 2026.`).map((f) => f.roles["item"]), ["Rafale"], noun);
  assert.deepEqual(frames("These pilots will be trained in 2026."), []);
});

test("a delivery is done by the pack's words, under way by its words for further deliveries", () => {
  const rafale = (text: string): Mention => ({ kind: "mention", span: [text.indexOf("Rafale"), text.indexOf("Rafale") + 6], sentence: 0, text: "Rafale", entityId: "weapon:Rafale", canonical: "Rafale", type: "weapon", source: "pack", role: null });
  const status = (text: string): (string | null)[] => frames(text, [rafale(text)]).map((f) => f.status);
  for (const aux of eventWords().perfectAux) assert.deepEqual(status(`The air force ${aux} already received the first Rafale jets from the supplier.`), ["delivered"], aux);
  for (const more of eventWords().moreDeliveries) assert.deepEqual(status(`The air force took the first Rafale jets; ${more} deliveries follow.`), ["delivering"], more);
});

test("an amount is a deal's value by the words before or after it; a sanctioning country by its verb", () => {
  for (const phrase of eventWords().valueBefore) assert.ok(VALUE_BEFORE().test(`a deal ${phrase} about `), phrase);
  for (const noun of eventWords().valueAfter) assert.ok(VALUE_AFTER().test(` ${noun} for jets`), noun);
  assert.ok(!VALUE_BEFORE().test("a deal signed about "));
  assert.ok(SANCTION_BY().test(" has slapped"));
  assert.ok(SANCTION_BY().test("'s imposition"));
  assert.ok(!SANCTION_BY().test(" has said"));
});
