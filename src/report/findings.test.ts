/** @module Key findings as data: each finding once, merged across the articles that carry it; the shared article and outlet wording. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { NO_FIGURE, articlesLine, keyFindingsOf, verdictCounts } from "./findings.ts";
import type { Anomaly } from "./types.ts";

const anomaly = (kind: string, articleId: string, quote: string, explanation = ""): Anomaly => ({ kind, articleId, quote, span: [0, quote.length], suggestion: null, explanation });

void test("a copied temporal error or unattributed claim in several articles is one finding naming them all", () => {
  const explanation = "Says the war is in its third year; it is in its fourth.";
  const findings = keyFindingsOf({
    facts: [],
    reuse: [],
    anomalies: [
      anomaly("temporal-inconsistency", "a", "third year", explanation),
      anomaly("temporal-inconsistency", "b", "its third year", `${explanation} `),
      anomaly("unattributed-claim", "a", "Sanctions were imposed."),
      anomaly("unattributed-claim", "b", "Sanctions  were imposed."),
      anomaly("framing", "a", "delicate balancing act"),
    ],
  });
  assert.deepEqual(
    findings.map((f) => [f.kind, "articleIds" in f ? f.articleIds : []]),
    [
      ["temporal", ["a", "b"]],
      ["unattributed", ["a", "b"]],
    ],
  );
});

void test("says how many articles and outlets, and when nothing names the outlets", () => {
  const known = (outlet: string) => ({ outlet, outletKnown: true });
  const unknown = (outlet: string) => ({ outlet, outletKnown: false });
  assert.equal(articlesLine([known("Wire"), known("Wire"), known("Post")]), "3 articles from 2 outlets");
  assert.equal(articlesLine([unknown("000.txt"), unknown("001.txt")]), "2 articles, outlets unknown");
  assert.equal(articlesLine([unknown("000.txt")]), "1 article, outlet unknown");
  assert.equal(articlesLine([known("Wire"), unknown("001.txt")]), "2 articles from 1 outlet, 1 of unknown outlet");
  assert.equal(articlesLine([{ outlet: "Wire" }]), "1 article from 1 outlet");
  assert.deepEqual(verdictCounts([{ verdict: "contested" }, { verdict: "single-source" }, { verdict: "single-source" }]), { corroborated: 0, contested: 1, "single-source": 2 });
});

void test("an article that mentions a disputed fact without a figure is no side of the dispute", () => {
  const ev = (articleId: string) => ({ articleId, quote: "q", span: [0, 1] as const, attribution: null });
  const fact = {
    id: "f", storyId: "s", statement: "Jets bought", subject: [], verdict: "contested" as const, articles: 3, independentOrigins: 3,
    variants: [{ value: "12 jets", evidence: [ev("a")] }, { value: NO_FIGURE, evidence: [ev("b")] }, { value: "10 jets", evidence: [ev("c")] }],
  };
  const [finding] = keyFindingsOf({ facts: [fact], anomalies: [], reuse: [] });
  assert.deepEqual(finding?.kind === "disputed" ? finding.sides.map((s) => s.value) : [], ["12 jets", "10 jets"]);
});
