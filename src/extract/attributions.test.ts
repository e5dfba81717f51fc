/** @module Tests of attribution extraction: according to, citing, reported, told, appositives, vague sources. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../text/sentences.ts";
import type { EntityType, Mention, Sentence } from "../types.ts";
import { extractAttributions } from "./attributions.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}

function mention(text: string, surface: string, canonical: string, type: EntityType, role: string | null = null): Mention {
  const at = text.indexOf(surface);
  assert.ok(at >= 0, surface);
  return { kind: "mention", span: [at, at + surface.length], sentence: 0, text: surface, entityId: `${type}:${canonical}`, canonical, type, source: "pack", role };
}

const run = (text: string, mentions: Mention[]) => extractAttributions(sentence(text), { mentions, dates: [] });

test("reads 'according to X, citing an unnamed source' as a chain", () => {
  const text = "According to Reuters, citing an unnamed source, the deal includes two frigates.";
  const [a] = run(text, [mention(text, "Reuters", "Reuters", "outlet")]);
  assert.equal(a?.source, "Reuters");
  assert.equal(a?.sourceType, "outlet");
  assert.deepEqual(a?.upstream, ["an anonymous source"]);
});

test("reads 'X reported on DATE that' with an outlet not in any pack", () => {
  const text = "The Kestria Daily Mirror reported on March 9 that the ministry approved the plan.";
  const [a] = run(text, []);
  assert.equal(a?.source, "The Kestria Daily Mirror");
  assert.equal(a?.sourceType, "outlet");
});

test("reads 'X told OUTLET that' with the outlet as the channel", () => {
  const text = "Defence Secretary Anil Rao told The Hindu that talks will centre on delivery delays.";
  const [a] = run(text, [mention(text, "Anil Rao", "Anil Rao", "person", "Defence Secretary"), mention(text, "The Hindu", "The Hindu", "outlet")]);
  assert.equal(a?.source, "Anil Rao");
  assert.equal(a?.sourceType, "official");
  assert.equal(a?.via, "The Hindu");
});

test("reads an appositive speaker: 'X, the press secretary, emphasized'", () => {
  const text = "Maria Lind, the government's press secretary, emphasized the importance of the deal.";
  const [a] = run(text, [mention(text, "Maria Lind", "Maria Lind", "person", "press secretary")]);
  assert.equal(a?.source, "Maria Lind");
});

test("reads 'a report by X'", () => {
  const text = "This follows a November 27 report by *The Times of India*, which confirmed the approval.";
  const [a] = run(text, [mention(text, "The Times of India", "The Times of India", "outlet")]);
  assert.equal(a?.source, "The Times of India");
});

test("treats 'analysts stress' as a vague, unnamed source", () => {
  const [a] = run("Analysts stress the importance of diplomatic finesse.", []);
  assert.equal(a?.sourceType, "anonymous");
  assert.match(a?.source ?? "", /^unnamed analysts/);
});

test("finds no attribution in plain narration", () => {
  assert.deepEqual(run("The move underscores a long reliance on imported arms.", []), []);
});

test("a place inside a longer source is not the source: the name around it, or the people in it, are", () => {
  const src = (text: string, place: string, canonical: string) => run(text, [mention(text, place, canonical, "country")])[0]?.source;
  assert.equal(src("Athletics Kenya said the suspension was provisional.", "Kenya", "Kenya"), "Athletics Kenya");
  assert.equal(src("The Bank of Lithuania said it had appointed an administrator.", "Lithuania", "Lithuania"), "Bank of Lithuania");
  assert.equal(src("Race organisers in Seoul said the title would pass to the runner-up.", "Seoul", "South Korea"), "Race organisers in Seoul");
  assert.equal(src("Kenya said the athlete had been suspended.", "Kenya", "Kenya"), "Kenya");
});
