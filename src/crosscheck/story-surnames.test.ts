/** @module Tests of the story's names: coref.story-surname (a bare surname read as the one person the story names in full with it) and coref.story-short-form in claims. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { TraceEntry } from "../report/types.ts";
import type { Mention } from "../types.ts";
import { STORY_SPEAKER_RULE, STORY_SURNAME_RULE, storySpeakers, storySurnames, withStoryShortForms, withStorySurnames } from "./story-surnames.ts";
import { groupClaims } from "./group.ts";
import type { Attribution } from "../types.ts";
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

test(`${STORY_SURNAME_RULE.id}: a name the finder took a title into is the person it ends with; titles and a surname are no full name`, () => {
  const claims = [
    claim("a", 0, "Orla Fenwick spoke.", { mentions: [mention("Orla Fenwick", 0, "person")] }),
    claim("b", 0, "Harbour Board Chair Orla Fenwick spoke.", { mentions: [mention("Harbour Board Chair Orla Fenwick", 0, "person")] }),
    claim("c", 0, "Chief Fenwick spoke.", { mentions: [mention("Chief Fenwick", 0, "person")] }),
  ];
  assert.equal(storySurnames(claims).get("Fenwick")?.canonical, "Orla Fenwick");
});

const said = (articleId: string, sentence: number, text: string, source: string): ReturnType<typeof claim> => {
  const attribution: Attribution = { kind: "attribution", span: [0, source.length], sentence, source, sourceType: "person", upstream: [], via: null, date: null, cue: "said" };
  return claim(articleId, sentence, text, { attribution });
};

test(`${STORY_SPEAKER_RULE.id}: a speaker named by title and surname is the story's one person of that surname, and their statements group`, () => {
  const surnames = storySurnames([claim("a", 0, "Orla Fenwick spoke.", { mentions: [mention("Orla Fenwick", 0, "person")] })]);
  const trace: TraceEntry[] = [];
  const speaker = storySpeakers(surnames, trace);
  const a = said("a", 3, "The harbour gate will reopen on Monday after repairs, Orla Fenwick said", "Orla Fenwick");
  const b = said("b", 5, "Chief Fenwick said the harbour gate will reopen on Monday", "Chief Fenwick");
  assert.equal(speaker(b), speaker(a));
  assert.deepEqual(trace.map((t) => [t.rule, t.quote]), [[STORY_SPEAKER_RULE.id, "Chief Fenwick"]]);
  const words = (c: ReturnType<typeof claim>): Set<string> => new Set(c.text.toLowerCase().split(/\W+/).filter((w) => w.length > 3));
  const jaccard = (x: ReturnType<typeof claim>, y: ReturnType<typeof claim>): number => {
    const p = words(x);
    const q = words(y);
    return [...p].filter((w) => q.has(w)).length / new Set([...p, ...q]).size;
  };
  // Similar enough for one speaker's statements (0.85 of the threshold), not for two speakers'.
  const options = { similarity: jaccard, threshold: 0.7 };
  assert.equal(groupClaims([a, b], { ...options, speaker }).length, 1);
  assert.equal(groupClaims([a, b], options).length, 2);
});

test(`${STORY_SPEAKER_RULE.id} does not fire for another given name, or a surname the story gives two people`, () => {
  const surnames = storySurnames([
    claim("a", 0, "Orla Fenwick spoke.", { mentions: [mention("Orla Fenwick", 0, "person")] }),
    claim("b", 0, "Ivo Maddox and Una Maddox spoke.", { mentions: [mention("Ivo Maddox", 0, "person"), mention("Una Maddox", 15, "person")] }),
  ]);
  const trace: TraceEntry[] = [];
  const speaker = storySpeakers(surnames, trace);
  assert.notEqual(speaker(said("c", 1, "Tomas Fenwick said so", "Tomas Fenwick")), speaker(said("a", 1, "Orla Fenwick said so", "Orla Fenwick")));
  assert.notEqual(speaker(said("c", 2, "Mr Maddox said so", "Mr Maddox")), speaker(said("b", 1, "Ivo Maddox said so", "Ivo Maddox")));
  assert.deepEqual(trace, []);
});
