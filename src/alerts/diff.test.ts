/** @module Alerts from report diffs: which changes are told, and that their keys are stable. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Anomaly, Fact, Report } from "../report/types.ts";
import { diffReports } from "./diff.ts";

function fact(id: string, verdict: Fact["verdict"], values: readonly string[]): Fact {
  return {
    id, storyId: "s1", statement: `Statement ${id}`, subject: ["bridge"], verdict, articles: values.length, independentOrigins: values.length,
    variants: values.map((value, i) => ({ value, evidence: [{ articleId: `a${i + 1}`, quote: `It cost ${value}.`, span: [0, 10] as const, attribution: null }] })),
  };
}

function report(facts: readonly Fact[], articles: number, anomalies: readonly Anomaly[] = []): Report {
  const ids = Array.from({ length: articles }, (_, i) => `a${i + 1}`);
  return {
    schema: "triangulate.report/v1", generatedAt: "2026-01-01T00:00:00.000Z",
    articles: ids.map((id) => ({ id, origin: `${id}.txt`, outlet: `Outlet ${id}`, title: null, published: null, language: "en", sentences: 1, words: 5 })),
    stories: [{ id: "s1", title: "Bridge repairs", articleIds: ids }],
    facts: [...facts], anomalies: [...anomalies], reuse: [], errors: [],
  };
}

const garble: Anomaly = { kind: "garbled-name", articleId: "a2", quote: "Su-5", span: [0, 4], suggestion: "Su-57", explanation: "Su-5 next to fighter aircraft is probably the Su-57." };

describe("diffReports", () => {
  it("tells a fact newly contested once, with a quote for each side", () => {
    const before = report([fact("f1", "single-source", ["12 million euros"])], 1);
    const after = report([fact("f1", "contested", ["12 million euros", "15 million euros"])], 2);
    const alerts = diffReports("s1", before, after, { minStoryArticles: 0 });
    assert.deepEqual(alerts.map((a) => [a.kind, a.key, a.factId]), [["contested", "contested|s1|f1", "f1"]]);
    assert.deepEqual(alerts[0]?.evidence.map((e) => [e.source, e.value]), [["Outlet a1", "12 million euros"], ["Outlet a2", "15 million euros"]]);
    assert.match(alerts[0]?.summary ?? "", /“12 million euros” vs “15 million euros”.*It was single-source/);
    // The same analysis again gives the same keys: the store keeps each once.
    assert.deepEqual(diffReports("s1", before, after, { minStoryArticles: 0 }).map((a) => a.key), alerts.map((a) => a.key));
    assert.deepEqual(diffReports("s1", after, after, { minStoryArticles: 0 }), []);
  });

  it("tells a verdict that changed otherwise, a new garbled name, and a story reaching its size", () => {
    const before = report([fact("f1", "single-source", ["opened"])], 2);
    const after = report([fact("f1", "corroborated", ["opened", "opened"])], 3, [garble]);
    const alerts = diffReports("s1", before, after);
    assert.deepEqual(alerts.map((a) => a.kind), ["verdict-changed", "garbled-name", "new-story"]);
    assert.equal(alerts[0]?.key, "verdict|s1|f1|single-source>corroborated");
    assert.match(alerts[1]?.title ?? "", /“Su-5” \(likely Su-57\)/);
    assert.equal(alerts[2]?.key, "story|s1|3");
    // Already flagged, already that size: nothing new.
    assert.deepEqual(diffReports("s1", after, report([fact("f1", "corroborated", ["opened", "opened"])], 4, [garble])), []);
  });

  it("treats a first analysis as all new, and ignores anomaly kinds that are no alert", () => {
    const repeated: Anomaly = { ...garble, kind: "repeated-text" };
    const alerts = diffReports("s1", null, report([fact("f1", "contested", ["1", "2"]), fact("f2", "corroborated", ["x", "x"])], 2, [repeated]), { minStoryArticles: 5 });
    assert.deepEqual(alerts.map((a) => a.kind), ["contested"]);
  });
});
