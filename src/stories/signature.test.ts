/** @module Tests of event signatures: salient participants and places of an article, how two groups' signatures conflict, and their use in splitting and joining stories. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PackError } from "../errors.ts";
import { clusterStories, IncrementalStories, type StoryDoc } from "./index.ts";
import { refineStories } from "./refine.ts";
import { eventSignature, groupSignature, parseSignatureLexicon, signatureConflict, type EventSignature } from "./signature.ts";

const DAY = 86_400_000;

void test("an article's main participants are its most salient names; places are the names it puts after a place word", () => {
  const sig = eventSignature(
    {
      title: "Orvel Danmark wins the Kessler Cup",
      text:
        "Orvel Danmark won the Kessler Cup in Tarvona on Sunday, beating Ilsa Brenn in the final. " +
        "Dozens of fans waited outside the hall. Danmark said the final was hard. Brenn thanked the crowd. " +
        "The cup was played in Tarvona for the third time. Danmark will defend the title in Tarvona next year.",
    },
    null,
  );
  assert.equal(sig.participants[0], "orvel danmark", "the title and lead name count most; the short form counts for the full name");
  assert.ok(sig.participants.includes("ilsa brenn"));
  assert.ok(!sig.participants.includes("danmark"), "the short form is folded into the full name");
  assert.ok(!sig.participants.includes("sunday") && !sig.participants.includes("dozens"), "calendar words and words only seen opening a sentence are no names");
  assert.deepEqual(sig.places, ["tarvona"]);
  assert.ok(!sig.participants.includes("tarvona"), "a place is not a participant");
});

const sig = (participants: string[], places: string[] = [], day: number | null = null): EventSignature => ({ participants, places, day });

void test("two groups conflict when each puts forward a name the other does not, not when one only recalls the other's", () => {
  const a = groupSignature([sig(["orvel danmark", "kessler cup"]), sig(["orvel danmark"]), sig(["orvel danmark", "ilsa brenn"])]);
  const b = groupSignature([sig(["piet halvorsen", "kessler cup"]), sig(["piet halvorsen"]), sig(["halvorsen", "kessler cup"])]);
  assert.ok(signatureConflict(a, b) > 0.9, "different main participants");
  const same = groupSignature([sig(["orvel danmark", "kessler cup"]), sig(["orvel danmark", "mara olin"]), sig(["danmark"])]);
  assert.ok(signatureConflict(a, same) < 0.4, "one participant, named in full or by family name");
  // The later group recalls the earlier one's participant in most articles: still a conflict both ways only if it puts its own forward.
  const recalls = groupSignature([sig(["piet halvorsen", "orvel danmark"]), sig(["piet halvorsen", "orvel danmark"]), sig(["piet halvorsen"])]);
  assert.ok(signatureConflict(a, recalls) >= 0.3 && signatureConflict(a, recalls) < signatureConflict(a, b));
  const placesApart = signatureConflict(groupSignature([sig([], ["tarvona"]), sig([], ["tarvona"])]), groupSignature([sig([], ["meliskar"]), sig([], ["meliskar"])]));
  assert.equal(placesApart, 1, "different places");
  const early = groupSignature([sig(["kessler cup"], [], 0), sig(["kessler cup"], [], DAY)]);
  const late = groupSignature([sig(["kessler cup"], [], 400 * DAY)]);
  assert.equal(signatureConflict(early, late), 0, "days are read only with a time scale");
  assert.ok(signatureConflict(early, late, 10 * DAY) > 0.99, "event days a year apart");
  assert.equal(signatureConflict(early, groupSignature([sig(["kessler cup"], [], 2 * DAY)]), 10 * DAY) < 0.1, true, "days a day apart");
});

void test("the signature pack is validated on load", () => {
  assert.throws(() => parseSignatureLexicon({ pack: "lang-en-signature", version: 1, description: "x", placeBefore: [] , calendar: ["monday"] }, "bad.json"), PackError);
  assert.deepEqual([...parseSignatureLexicon({ pack: "lang-en-signature", version: 1, description: "x", placeBefore: ["In"], calendar: ["Monday"] }, "ok.json").placeBefore], ["in"]);
});

/** Eight articles of one kind of event in the same words: four on one player's arrest, four on another's. */
function twoArrests(): StoryDoc[] {
  const body = (name: string, short: string, k: number): string =>
    `${name} was arrested on suspicion of drunken driving early on a weekend morning, police said. ${short} was stopped for speeding on a freeway and failed a sobriety test. ` +
    `${short} was released on bail and the team said it was aware of the arrest. The team will not comment further, a spokesman for the club said. ${short} faces a court date next month. report${k}`;
  return [
    ...[1, 2, 3, 4].map((k) => ({ id: `a${k}`, title: `${"Corvan Delmer"} arrested on suspicion of drunken driving`, text: body("Corvan Delmer", "Delmer", k), published: null })),
    ...[1, 2, 3, 4].map((k) => ({ id: `b${k}`, title: `${"Talis Brenholt"} arrested on suspicion of drunken driving`, text: body("Talis Brenholt", "Brenholt", k), published: null })),
  ];
}

void test("a story of two events of one kind told in alike words is split by their participants, and its parts stay apart", () => {
  const docs = twoArrests();
  const map = new Map(docs.map((d) => [d.id, d]));
  const story = { id: "s1", title: "t", articleIds: docs.map((d) => d.id).sort() };
  const options = { splitThreshold: 0.35, bisectRatio: 1, joinThreshold: 0.35 };
  assert.equal(refineStories([story], map, (f) => f, options).length, 1, "the words alone are too alike to split");
  const split = refineStories([story], map, (f) => f, { ...options, signatureWeight: 0.5 });
  assert.deepEqual(split.map((s) => s.articleIds.join(" ")).sort(), ["a1 a2 a3 a4", "b1 b2 b3 b4"]);
  const halves = [
    { id: "a", title: "t", articleIds: ["a1", "a2", "a3", "a4"] },
    { id: "b", title: "t", articleIds: ["b1", "b2", "b3", "b4"] },
  ];
  assert.equal(refineStories(halves, map, (f) => f, { splitThreshold: 0, joinThreshold: 0.35 }).length, 1, "the words alone join them");
  assert.equal(refineStories(halves, map, (f) => f, { splitThreshold: 0, joinThreshold: 0.35, signatureWeight: 0.5 }).length, 2, "their participants keep them apart");
});

void test("with signatures, stories are the same in batch and incrementally, in any arrival order", () => {
  const docs = twoArrests();
  const options = { splitThreshold: 0.35, bisectRatio: 1, joinThreshold: 0.35, signatureWeight: 0.5 };
  const partition = (xs: readonly { articleIds: readonly string[] }[]): string[] => xs.map((s) => s.articleIds.join(" ")).sort();
  const batch = partition(clusterStories(docs, options));
  assert.deepEqual(batch, ["a1 a2 a3 a4", "b1 b2 b3 b4"]);
  for (const order of [docs, [...docs].reverse(), [...docs].sort((a, b) => (a.id.charCodeAt(1) % 3) - (b.id.charCodeAt(1) % 3) || (a.id < b.id ? 1 : -1))]) {
    assert.deepEqual(partition(clusterStories(order, options)), batch);
    const inc = new IncrementalStories(options);
    for (const d of order) inc.add(d);
    assert.deepEqual(partition(inc.stories()), batch);
  }
});
