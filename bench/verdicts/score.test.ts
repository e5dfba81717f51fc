/** @module Tests of the verdict benchmark's matching and scoring rules on a small synthetic event. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Fact, Report } from "../../src/report/types.ts";
import { compareEvent, kappa } from "./agreement.ts";
import { GoldEvent, quoteMatchesAnchor } from "./gold.ts";
import { scoreEvent, splitFigures, valuesCompatible } from "./score.ts";

const gold = GoldEvent.parse({
  event: "demo",
  corpus: "ecbplus-dev",
  folder: "x",
  files: ["a.txt", "b.txt", "c.txt", "d.txt"],
  split: "tune",
  summary: "a synthetic event",
  labeller: "A",
  copies: [["c.txt", "d.txt"]],
  facts: [
    { id: "k1", subject: "Acme", slot: "units sold", type: "count", value: "40", statedBy: { "a.txt": "sold 40 units", "b.txt": "forty units, or 40" } },
    { id: "k2", subject: "Acme", slot: "shop opened", type: "action", value: "opened", statedBy: { "c.txt": "opened a new shop", "d.txt": "opened a new shop" } },
  ],
  disagreements: [
    {
      id: "d1",
      subject: "Acme",
      slot: "day of opening",
      kind: "conflict",
      values: [
        { value: "Monday", statedBy: { "a.txt": "opened on Monday" } },
        { value: "Tuesday", statedBy: { "c.txt": "opened on Tuesday" } },
      ],
    },
  ],
  names: [{ entity: "Jon Smyth", type: "person", kind: "variant", spellings: { "Jon Smyth": ["a.txt"], "John Smith": ["b.txt"] } }],
  junk: { "b.txt": ["Follow us online"] },
});

function fact(verdict: Fact["verdict"], statement: string, variants: [string, [string, string][]][]): Fact {
  return {
    id: statement,
    storyId: "s",
    statement,
    subject: [],
    verdict,
    articles: 0,
    independentOrigins: 0,
    variants: variants.map(([value, ev]) => ({ value, evidence: ev.map(([articleId, quote]) => ({ articleId, quote, span: [0, quote.length] as const, attribution: null })) })),
  };
}

function report(facts: Fact[]): Report {
  return {
    schema: "triangulate.report/v1",
    generatedAt: "2000-01-01T00:00:00Z",
    articles: ["a", "b", "c", "d"].map((id) => ({ id, origin: `/data/x/${id}.txt`, outlet: id, title: null, published: null, language: "en", sentences: 1, words: 1 })),
    stories: [],
    facts,
    anomalies: [
      { kind: "garbled-name", articleId: "b", quote: "said John Smith", span: [0, 1], suggestion: "Jon Smyth", explanation: "" },
      { kind: "garbled-name", articleId: "a", quote: "Africa", span: [0, 1], suggestion: "Afrika", explanation: "" },
    ],
    reuse: [],
    errors: [],
  } as unknown as Report;
}

describe("verdict benchmark scoring", () => {
  it("matches a quote to an anchor it contains or mostly repeats, and not on two shared words", () => {
    assert.ok(quoteMatchesAnchor("Acme sold 40 units last year.", "sold 40 units"));
    assert.ok(quoteMatchesAnchor("Acme “opened” a new   shop", 'opened a new shop'));
    assert.ok(!quoteMatchesAnchor("Acme sold shares.", "sold 40 units"));
  });

  it("compares values only when both carry numbers", () => {
    assert.ok(valuesCompatible("as stated", "40"));
    assert.ok(valuesCompatible("40 units", "40"));
    assert.ok(!valuesCompatible("41 units", "40"));
  });

  it("judges contested, corroborated and single-source facts against the gold", () => {
    const r = report([
      fact("contested", "Acme opened on a day", [["Monday", [["a", "It opened on Monday."]]], ["Tuesday", [["c", "It opened on Tuesday."]]]]),
      fact("contested", "Acme sold some units", [["40", [["a", "Acme sold 40 units."]]], ["41", [["b", "forty units, or 40"]]]]),
      fact("corroborated", "Acme sold 40 units", [["40", [["a", "Acme sold 40 units."], ["b", "It was forty units, or 40."]]]]),
      fact("corroborated", "Acme opened a new shop", [["as stated", [["c", "Acme opened a new shop."], ["d", "Acme opened a new shop."]]]]),
      fact("single-source", "Acme opened a new shop", [["as stated", [["c", "Acme opened a new shop."]]]]),
      fact("single-source", "Acme sold 40 units", [["40", [["a", "Acme sold 40 units."]]]]),
      fact("single-source", "Something else was said", [["as stated", [["b", "Follow us online today"]]]]),
    ]);
    const s = scoreEvent(gold, r, () => undefined);
    assert.deepEqual(
      s.facts.map((f) => f.judgement),
      ["right", "wrong", "right", "wrong", "right", "wrong", "unjudged"],
    );
    assert.equal(s.disagreementsRecalled, 1);
    assert.equal(s.keyRecalled, 2); // k1 corroborated by two origins; k2 single-source (one copy group)
    assert.equal(s.junk.length, 1);
    const f = splitFigures([s]);
    assert.equal(f.contested_precision, 0.5);
    assert.equal(f.corroborated_precision, 0.5);
    assert.equal(f.single_source_correct, 0.5);
    assert.equal(f.garble_precision, 0.5);
    assert.equal(f.key_fact_recall, 1);
  });

  it("counts a corroborated fact whose quotes are mostly about different gold items as mixed", () => {
    const r = report([
      fact("corroborated", "Acme sold 40 units", [["40", [["a", "Acme sold 40 units."], ["b", "It was forty units, or 40."]]]]),
      fact("corroborated", "Acme news", [["as stated", [["a", "Acme sold 40 units."], ["c", "Acme opened a new shop."], ["a", "It opened on Monday."], ["b", "Nothing here."]]]]),
    ]);
    const s = scoreEvent(gold, r, () => undefined);
    assert.deepEqual(s.facts.map((f) => f.mixed ?? false), [false, true]);
    assert.equal(splitFigures([s]).mixed_share, 0.5);
  });

  it("measures agreement between two passes", () => {
    const other = GoldEvent.parse({ ...gold, labeller: "B", facts: [gold.facts[0]], names: [] });
    const r = compareEvent(gold, other);
    assert.deepEqual(r.facts, { a: 2, b: 1, matched: 1 });
    assert.equal(r.disagreements.matched, 1);
    assert.equal(kappa([3, 0, 0, 1]), 1);
  });
});
