import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { KeyIndex, termKeys } from "./candidates.ts";
import { buildIdf, contentOverlap, sentenceFeatures } from "./similarity.ts";

/** Words with spelling and morphological variants, so that soft matches occur. */
const WORDS = ["defence", "defense", "negotiate", "negotiator", "squadron", "squadrons", "missile", "missiles", "approved", "approval", "minister", "ministry", "colour", "color", "theatre", "theater", "harbour", "bridge", "cables", "repairs", "council", "five", "twelve", "42", "2026"];

function sentence(seed: number): string {
  let x = seed * 2654435761;
  const words: string[] = [];
  for (let i = 0; i < 4; i++) {
    x = (x ^ (x >>> 13)) * 1274126177;
    words.push(WORDS[Math.abs(x) % WORDS.length] as string);
  }
  return `The ${words.join(" and the ")} were reported.`;
}

describe("candidate keys", () => {
  it("two sentences whose content overlap is above zero always share a key (the index skips only zero-similarity pairs)", () => {
    const texts = Array.from({ length: 120 }, (_, i) => sentence(i + 1));
    const feats = texts.map((t) => sentenceFeatures(t));
    const idf = buildIdf(feats);
    let positive = 0;
    for (let i = 0; i < feats.length; i++)
      for (let j = i + 1; j < feats.length; j++) {
        const a = feats[i]!;
        const b = feats[j]!;
        if (contentOverlap(a, b, idf, { vectors: true }) <= 0) continue;
        positive++;
        const keys = new Set(termKeys(a.termList));
        assert.ok(termKeys(b.termList).some((k) => keys.has(k)), `${texts[i]} / ${texts[j]}`);
      }
    assert.ok(positive > 100, "the fixture has overlapping pairs");
  });

  it("spelling variants one edit apart and words sharing a long stem share a key", () => {
    const shared = (x: string, y: string): boolean => termKeys([x]).some((k) => termKeys([y]).includes(k));
    assert.ok(shared("defence", "defense"));
    assert.ok(shared("squadron", "squadrons"));
    assert.ok(shared("negotiate", "negotiator"));
    assert.ok(!shared("bridge", "cables"));
  });

  it("an uncapped index returns every item sharing a key; a capped one skips keys held by too many", () => {
    const exact = new KeyIndex(Infinity);
    const capped = new KeyIndex(2);
    for (let i = 0; i < 5; i++) {
      exact.add(i, ["common", `own${i}`]);
      capped.add(i, ["common", `own${i}`]);
    }
    assert.deepEqual(exact.query(["common"]), [0, 1, 2, 3, 4]);
    assert.deepEqual(capped.query(["common"]), []);
    assert.deepEqual(capped.query(["own3", "common"]), [3]);
  });
});
