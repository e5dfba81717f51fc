/** @module Tests of the story's names: coref.story-surname (a bare surname read as the one person the story names in full with it) and coref.story-short-form in claims. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { TraceEntry } from "../report/types.ts";
import type { Mention } from "../types.ts";
import { STORY_SURNAME_RULE, storySurnames, withStoryShortForms, withStorySurnames } from "./story-surnames.ts";
import { COREF_RULES } from "../extract/coref.ts";
import { claim } from "./testing.ts";

const mention = (text: string, at: number, type: Mention["type"], canonical = text): Mention => ({ kind: "mention", span: [at, at + text.length], sentence: 0, text, entityId: null, canonical, type, source: "chunk", role: null });

test(`${STORY_SURNAME_RULE.id}: a surname typed otherwise, or not found at all, is read as the one person the story names in full`, () => {
  const full = claim("a", 0, "Tessa Varnholm scored 14 points.", { mentions: [mention("Tessa Varnholm", 0, "person")] });
  const typedOtherwise = claim("b", 0, "Varnholm scored 14 points.", { mentions: [mention("Varnholm", 0, "organization")], subjects: ["Varnholm"] });
  const missed = claim("c", 0, "Later Varnholm had 14 points.");
  const surnames = storySurnames([full, typedOtherwise, missed]);
  assert.equal(surnames.get("Varnholm")?.canonical, "Tessa Varnholm");
  const trace: TraceEntry[] = [];
  const read = withStorySurnames(typedOtherwise, surnames, trace);
  assert.deepEqual(read.mentions.map((m) => [m.canonical, m.type]), [["Tessa Varnholm", "person"]]);
  assert.deepEqual(read.subjects, ["Tessa Varnholm"]);
  assert.deepEqual(withStorySurnames(missed, surnames, trace).mentions.map((m) => [m.text, m.canonical, m.span]), [["Varnholm", "Tessa Varnholm", [6, 14]]]);
  assert.deepEqual(trace.map((t) => [t.rule, t.quote]), [[STORY_SURNAME_RULE.id, "Varnholm"]]);
  assert.equal(withStorySurnames(full, surnames, trace), full);
});

test(`${STORY_SURNAME_RULE.id} does not fire for a surname of two people, a word the story writes in lower case, or a team read as a person once`, () => {
  const two = [claim("a", 0, "Ilse Korvath spoke.", { mentions: [mention("Ilse Korvath", 0, "person")] }), claim("b", 0, "Jon Korvath spoke.", { mentions: [mention("Jon Korvath", 0, "person")] })];
  assert.equal(storySurnames(two).has("Korvath"), false);
  const common = [claim("a", 0, "Ada Marsh spoke.", { mentions: [mention("Ada Marsh", 0, "person")] }), claim("b", 0, "The marsh flooded.")];
  assert.equal(storySurnames(common).has("Marsh"), false);
  const team = [
    claim("a", 0, "Ostvik Wolves won.", { mentions: [mention("Ostvik Wolves", 0, "person")] }),
    claim("b", 0, "The Wolves won.", { mentions: [mention("Wolves", 4, "organization")] }),
    claim("c", 0, "The Wolves lost.", { mentions: [mention("Wolves", 4, "organization")] }),
  ];
  assert.equal(storySurnames(team).has("Wolves"), false);
});

test(`${COREF_RULES.story.id}: a claim's subjects and mentions read the story's longer name for a short form, traced once; other claims are left as they are`, () => {
  const shortForms = new Map([["Kessler", "Kessler Dynamics"]]);
  const short = claim("b", 0, "Kessler signed with Brandt Holdings.", { mentions: [mention("Kessler", 0, "organization"), mention("Brandt Holdings", 20, "organization")], subjects: ["Kessler", "Brandt Holdings"] });
  const trace: TraceEntry[] = [];
  const read = withStoryShortForms(short, shortForms, trace);
  // Relations between names (figure.names) read the mentions: both must name the longer name.
  assert.deepEqual(read.mentions.map((m) => [m.text, m.canonical]), [["Kessler", "Kessler Dynamics"], ["Brandt Holdings", "Brandt Holdings"]]);
  assert.deepEqual(read.subjects, ["Kessler Dynamics", "Brandt Holdings"]);
  withStoryShortForms(short, shortForms, trace);
  assert.deepEqual(trace.map((t) => [t.rule, t.quote]), [[COREF_RULES.story.id, "Kessler"]]);
  const other = claim("c", 0, "Brandt Holdings declined.", { mentions: [mention("Brandt Holdings", 0, "organization")], subjects: ["Brandt Holdings"] });
  assert.equal(withStoryShortForms(other, shortForms, trace), other);
});
