/** @module A stored report's reuse links stay bounded: large reuse groups become clusters, small ones keep every pair. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Report, ReuseLink } from "../report/types.ts";
import { boundReport } from "./bounded-report.ts";

function report(reuse: ReuseLink[]): Report {
  return { schema: "triangulate.report/v1", generatedAt: "2026-01-01T00:00:00.000Z", articles: [], stories: [], facts: [], anomalies: [], reuse, errors: [] };
}

/** Every pair of `n` articles named `prefix`0…, as near-duplicates (scores vary so the strongest are known). */
function clique(prefix: string, n: number): ReuseLink[] {
  const out: ReuseLink[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) out.push({ a: `${prefix}${String(i).padStart(4, "0")}`, b: `${prefix}${String(j).padStart(4, "0")}`, kind: "near-duplicate", score: j === i + 1 ? 0.99 : 0.9, passages: [] });
  return out;
}

describe("boundReport", () => {
  it("leaves a report with few links as it is", () => {
    const r = report(clique("a", 10));
    assert.equal(boundReport(r, 100), r);
  });

  it("keeps a large copy group as one cluster joined by its strongest links, and every pair of a small group", () => {
    const big = clique("b", 40);
    const small = clique("s", 3);
    const bounded = boundReport(report([...big, ...small]), 100);
    assert.equal(bounded.reuseGroups?.length, 1);
    assert.equal(bounded.reuseGroups?.[0]?.articleIds.length, 40);
    assert.equal(bounded.reuseGroups?.[0]?.links, big.length);
    const inBig = bounded.reuse.filter((l) => l.a.startsWith("b"));
    assert.equal(inBig.length, 39);
    // A spanning tree of the strongest links: here the chain of neighbours.
    assert.ok(inBig.every((l) => l.score === 0.99));
    assert.equal(bounded.reuse.filter((l) => l.a.startsWith("s")).length, 3);
  });

  it("bounds a story of 120,000 copy links without running out of stack", () => {
    const links = clique("c", 490);
    assert.ok(links.length > 119_000);
    const bounded = boundReport(report(links));
    assert.equal(bounded.reuse.length, 489);
    assert.ok(JSON.stringify(bounded).length < 200_000);
  });

  it("keeps at most the strongest links when groups alone do not bound them", () => {
    const many: ReuseLink[] = [];
    for (let i = 0; i < 300; i++) many.push(...clique(`g${i}-`, 3).map((l) => ({ ...l, score: i / 1000 })));
    const bounded = boundReport(report(many), 500);
    assert.equal(bounded.reuse.length, 500);
    assert.ok(bounded.reuse.every((l) => l.score >= 133 / 1000));
  });
});
