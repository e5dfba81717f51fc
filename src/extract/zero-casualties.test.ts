/** @module Tests of number.zero-casualties: "no one was injured" and "no injuries were reported" count zero. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../text/sentences.ts";
import type { Sentence } from "../types.ts";
import { ZERO_CASUALTIES_RULE, zeroCasualties } from "./zero-casualties.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}
const zeros = (text: string): string[] => zeroCasualties(sentence(text)).map((q) => `${q.value} ${q.unit}: ${q.text}`);

test(`${ZERO_CASUALTIES_RULE.id}: no one of a casualty count, or no casualty noun, counts zero`, () => {
  assert.deepEqual(zeros("No one was injured when the barn at Orsk burned."), ["0 injured: No one was injured"]);
  assert.deepEqual(zeros("Officials said nobody was seriously hurt in the crash."), ["0 injured: nobody was seriously hurt"]);
  assert.deepEqual(zeros("None of them were killed, the ferry company said."), ["0 killed: None of them were killed"]);
  assert.deepEqual(zeros("There were no reports of injuries at the harbour."), ["0 injured: no reports of injuries"]);
  assert.deepEqual(zeros("There were no immediate reports of damage or casualties."), ["0 killed: no immediate reports of damage or casualties", "0 injured: no immediate reports of damage or casualties"]);
});

test(`${ZERO_CASUALTIES_RULE.id} must not fire: no one doing something else, none of a counted group, or no casualty noun`, () => {
  assert.deepEqual(zeros("No one knows how many were injured in the crash."), []);
  assert.deepEqual(zeros("None of the 12 injured were in serious condition."), []);
  assert.deepEqual(zeros("There was no damage to the harbour wall, officials said."), []);
  assert.deepEqual(zeros("No one was arrested after the fire at the barn."), []);
});

test(`${ZERO_CASUALTIES_RULE.id}: a zero stands against an account that counts some`, async () => {
  const { analyzeArticles } = await import("../pipeline.ts");
  const article = (id: string, outlet: string, text: string) => ({ id, text, title: "Barn fire at Orsk", outlet, origin: `${id}.txt`, published: "2024-05-02T10:00:00Z", language: "en", url: null, byline: null, format: "txt" as const });
  const report = await analyzeArticles(
    [
      article("a", "Orsk Post", "A fire destroyed a barn at Orsk on Tuesday night. No one was injured in the fire at the barn, the fire brigade said."),
      article("b", "Valley Times", "A fire destroyed a barn at Orsk on Tuesday. Two people were injured in the fire at the barn, the fire brigade said."),
    ],
    { generatedAt: "2000-01-01T00:00:00Z" },
  );
  const contested = report.facts.filter((f) => f.verdict === "contested");
  assert.deepEqual(contested.map((f) => f.variants.map((v) => v.value).sort()), [["0 injured", "2 injured"]]);
});
