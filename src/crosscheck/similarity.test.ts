/** @module Tests of sentence similarity and paraphrase detection. */
import { pairVector } from "./similarity/pair.ts";
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIdf, DEFAULT_PARAPHRASE_THRESHOLD, isParaphrase, sentenceFeatures, similarity, stem } from "./similarity.ts";

const CORPUS = [
  "India approved buying five S-400 units",
  "The purchase of five S-400 units was approved by India",
  "India approved buying seven S-400 units",
  "India did not approve buying five S-400 units",
  "Heavy rain flooded the coastal town overnight, officials said",
  "The prime minister will visit Moscow next week for talks on energy",
  "Russia will supply oil to India at a discount under the new agreement",
  "Shares in the carmaker fell sharply after the recall was announced",
  "The central bank left interest rates unchanged on Thursday",
  "Police arrested two men after the protest turned violent",
];
const features = CORPUS.map(sentenceFeatures);
const idf = buildIdf(features);
const f = (i: number) => features[i] ?? sentenceFeatures("");
const sim = (a: string, b: string) => similarity(sentenceFeatures(a), sentenceFeatures(b), idf);

test("scores a sentence against itself as 1", () => {
  for (const x of features) assert.ok(similarity(x, x, idf) > 0.999, "identical sentences");
});

test("scores a reworded statement of the same fact as a paraphrase", () => {
  const s = similarity(f(0), f(1), idf);
  assert.ok(s >= DEFAULT_PARAPHRASE_THRESHOLD, `reworded: ${s}`);
  assert.ok(isParaphrase(f(0), f(1), idf));
});

test("scores a different fact well below a reworded one", () => {
  const reworded = similarity(f(0), f(1), idf);
  const other = similarity(f(0), f(6), idf);
  assert.ok(other < reworded - 0.3, `different fact ${other} vs reworded ${reworded}`);
  assert.ok(!isParaphrase(f(0), f(6), idf));
});

test("scores sentences sharing no content word as 0", () => {
  assert.equal(similarity(f(4), f(8), idf), 0);
});

test("lowers the score when the numbers differ", () => {
  const same = sim("India approved buying five S-400 units", "India has approved buying five S-400 units");
  const otherNumber = sim("India approved buying five S-400 units", "India has approved buying seven S-400 units");
  assert.ok(otherNumber < same - 0.02, `${otherNumber} < ${same}`);
  assert.ok(similarity(f(2), f(1), idf) < similarity(f(0), f(1), idf));
});

test("reads number words and numerals alike", () => {
  assert.ok(sim("Rebels freed 2,000 prisoners on Monday", "Rebels freed two thousand prisoners on Monday") > 0.999);
  assert.ok(sim("The army deployed five brigades", "The army deployed 5 brigades") > 0.999);
  assert.ok(sentenceFeatures("a $2.5 billion deal").numbers.has(2.5e9));
});

test("lowers the score when only one sentence is negated", () => {
  const plain = similarity(f(0), f(1), idf);
  const negated = similarity(f(3), f(1), idf);
  assert.ok(negated < plain, `${negated} < ${plain}`);
  const both = sim("Officials did not confirm the report", "Officials have not confirmed the report");
  const one = sim("Officials did confirm the report", "Officials have not confirmed the report");
  assert.ok(one < both - 0.1, `${one} < ${both}`);
  assert.ok(sentenceFeatures("Officials didn't confirm the report").negated);
  assert.ok(!sentenceFeatures("Officials confirmed the report").negated);
});

test("lowers the score when a name differs", () => {
  const a = "Talks between India and Russia resumed in Delhi on Monday after a long pause";
  const same = sim(a, "Talks between India and Russia resumed at Delhi on Monday after a long pause");
  const other = sim(a, "Talks between India and China resumed in Delhi on Monday after a long pause");
  assert.ok(other < same, `${other} < ${same}`);
});

test("matches inflected and misspelt forms softly", () => {
  const exact = sim("The negotiators reached an agreement", "The negotiators reached an agreement");
  const inflected = sim("The negotiators reached an agreement", "Negotiations reached agreements");
  const unrelated = sim("The negotiators reached an agreement", "Storms flooded farmland");
  assert.ok(inflected > 0.3 && inflected <= exact, `inflected ${inflected}`);
  assert.equal(unrelated, 0);
  assert.ok(sim("The organisation condemned the attack", "The organization condemned the attack") > 0.9);
});

test("is symmetric", () => {
  for (let i = 0; i < features.length; i++) {
    for (let j = 0; j < features.length; j++) {
      assert.equal(similarity(f(i), f(j), idf), similarity(f(j), f(i), idf), `${i} vs ${j}`);
    }
  }
});

test("stays within [0, 1] and is deterministic across fresh features and tables", () => {
  const again = CORPUS.map(sentenceFeatures);
  const idf2 = buildIdf(again);
  for (let i = 0; i < features.length; i++) {
    for (let j = 0; j < features.length; j++) {
      const s = similarity(f(i), f(j), idf);
      assert.ok(s >= 0 && s <= 1, `${s}`);
      assert.equal(similarity(again[i] ?? f(0), again[j] ?? f(0), idf2), s);
    }
  }
});

test("recomputes term weights when the same features meet another IDF table", () => {
  const small = buildIdf([f(0), f(1)]);
  const before = pairVector(f(0), f(2), idf);
  const other = pairVector(f(0), f(2), small);
  assert.deepEqual(pairVector(f(0), f(2), idf), before);
  assert.notEqual(other[0], before[0], "the IDF-weighted F-measure follows the table");
});

test("weighs rare terms more than common ones", () => {
  const t = buildIdf(CORPUS.map(sentenceFeatures));
  assert.ok(t.idf(stem("india")) < t.idf(stem("carmaker")));
  assert.ok(t.idf("neverseen") >= t.idf(stem("carmaker")));
  assert.equal(t.docs, CORPUS.length);
});

test("mixes in a background table when given one", () => {
  const background = { docs: 1000, idf: (term: string) => (term === stem("india") ? 9 : 1) };
  const mixed = buildIdf(features, { background });
  assert.equal(mixed.idf(stem("india")), (idf.idf(stem("india")) + 9) / 2);
  assert.equal(mixed.idf("zzz"), (idf.idf("zzz") + 1) / 2);
});

test("keeps the first word of each term for display", () => {
  const x = sentenceFeatures("Negotiations resumed; negotiators met at the ministry");
  const first = [...x.terms.keys()][0] ?? "";
  assert.equal(x.surface.get(first), "Negotiations");
  assert.equal(x.surface.get(stem("ministry")), "ministry");
  assert.ok(x.terms.has(stem("resumed")));
  assert.ok(!x.terms.has("the"));
});

test("gives near-synonyms of news reporting one term", () => {
  const buy = sentenceFeatures("India will buy the jets");
  const purchase = sentenceFeatures("India will purchase the jets");
  assert.deepEqual([...buy.terms.keys()], [...purchase.terms.keys()]);
});

test("keeps designations and dotted acronyms whole", () => {
  const x = sentenceFeatures("The U.S. objected to the S-400 deal");
  assert.ok(x.terms.has("us") && x.terms.has("s400"));
  assert.ok(x.names.has("s400"));
});

test("respects an explicit threshold", () => {
  assert.ok(isParaphrase(f(0), f(6), idf, { threshold: 0 }));
  assert.ok(!isParaphrase(f(0), f(0), idf, { threshold: 1.01 }));
});

test("an added clause with a new claim counts against equivalence (unmatchedRun)", () => {
  const base = "The central bank left interest rates unchanged on Thursday";
  const added = "The central bank left interest rates unchanged on Thursday, while warning that inflation could climb again next year";
  const run = (a: string, b: string) => pairVector(sentenceFeatures(a), sentenceFeatures(b), idf)[14] ?? -1;
  assert.equal(run(base, base), 0);
  assert.ok(run(base, added) >= 0.8, `run ${run(base, added)}`);
  assert.equal(run(base, added), run(added, base), "symmetric");
  // A reworded restatement adds no long run.
  assert.ok(run(base, "Interest rates were left unchanged by the central bank on Thursday") <= 0.2);
  assert.ok(sim(base, added) < sim(base, "Interest rates were left unchanged by the central bank on Thursday"));
});
