/** @module Tests of the soft-match neighbour index and of the floors that let scorers skip work. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SoftIndex } from "./soft-index.ts";
import { softMatch } from "./soft.ts";
import { sentenceFeatures } from "./features.ts";
import { buildIdf } from "./idf.ts";
import { contentOverlap } from "./overlap.ts";
import { claimSimilarities } from "../align.ts";
import { claim } from "../testing.ts";

const STEMS = ["negoti", "negotiat", "negotiator", "organis", "organiz", "defence", "defense", "commitee", "committee", "ukrainian", "ukranian", "presid", "presidenti", "intern", "internet", "intercept", "missil", "mission", "plant", "plane", "carri", "carry", "colour", "color", "gaddafi", "qaddafi"];

test("a term's neighbours are exactly the terms it matches softly, whatever the order they were seen in", () => {
  for (let shift = 0; shift < STEMS.length; shift += 5) {
    const order = [...STEMS.slice(shift), ...STEMS.slice(0, shift)].reverse();
    const index = new SoftIndex(0);
    for (const t of order) index.id(t);
    for (const a of STEMS)
      for (const b of STEMS) if (a !== b) assert.equal(index.neighbours[index.id(a)]?.includes(index.id(b)), softMatch(a, b), `${a}/${b}`);
  }
});

const TEXTS = [
  "The organisation's defence committee negotiated with the Ukrainian president on Monday.",
  "The organization's defense commitee negotiates with the Ukranian presidency.",
  "Heavy rain flooded the coastal town overnight, officials said.",
  "The committee met the president to negotiate a defence deal worth five million dollars.",
  "Floods hit the town on the coast after a night of rain.",
  "The Ukrainian president did not negotiate with the committee.",
  // "defence" matches "defending" and "defensive" softly: the matching is greedy, so the order counts.
  "Troops were defending the defensive line near the river.",
  "The defence of the line near the river held.",
  // Many words without an exact match, some close by their vectors: the vector step may stop part way under a floor.
  "Clinic staff in rural districts reported rising costs, longer queues, fewer nurses and broken equipment.",
  "Hospital workers in remote districts described growing expenses, slower waits, missing doctors and damaged machines.",
];

test("with a floor, the content overlap is exact at or above it and below it otherwise", () => {
  const fs = TEXTS.map(sentenceFeatures);
  const idf = buildIdf(fs);
  for (const a of fs)
    for (const b of fs) {
      const exact = contentOverlap(a, b, idf, { vectors: true });
      for (const floor of [0.05, 0.2, 0.35, 0.5, 0.8, 1]) {
        const got = contentOverlap(a, b, idf, { vectors: true, floor });
        if (exact >= floor) assert.equal(got, exact);
        else assert.ok(got < floor, `${got} < ${floor}`);
      }
    }
});

test("a claim similarity asked with a floor is exact at or above it, and scored in the order first asked", () => {
  const claims = TEXTS.map((t, i) => claim(`a${i}`, 0, t, { subjects: i % 2 === 0 ? ["Kestria"] : [] }));
  const fresh = (): ReturnType<typeof claimSimilarities> => claimSimilarities(claims, (c) => (c.text.includes("negoti") ? ["negotiate"] : []));
  for (const floor of [0.1, 0.3, 0.6, 0.9])
    for (const x of claims)
      for (const y of claims) {
        const exact = fresh().overlap(x, y);
        const sims = fresh();
        const got = sims.overlap(x, y, floor);
        if (exact >= floor) assert.equal(got, exact);
        else assert.ok(got < floor);
        // Asked again without a floor, in the other order: the pair is still scored as first asked.
        assert.equal(sims.overlap(y, x), exact);
      }
});
