/**
 * @module Anomalies found per article: likely garbled names (from extraction), text repeated inside
 * an article (from reuse), and strong claims that nobody else carries and no source backs.
 */
import type { Anomaly, Fact } from "../report/types.ts";
import type { RepeatedPassage } from "../reuse/index.ts";
import type { ExtractedDoc } from "../types.ts";

export function garbleAnomalies(x: ExtractedDoc): Anomaly[] {
  return x.diagnostics
    .filter((d) => d.code === "garbled-name" && d.span)
    .map((d) => {
      const span = d.span ?? [0, 0];
      const m = x.mentions.find((mn) => mn.source === "near-miss" && mn.span[0] === span[0]);
      return {
        kind: "garbled-name",
        articleId: x.doc.article.id,
        quote: x.doc.text.slice(span[0], span[1]),
        span: [span[0], span[1]] as const,
        suggestion: m?.canonical ?? null,
        explanation: d.message,
      };
    });
}

export function repeatAnomalies(repeats: readonly RepeatedPassage[]): Anomaly[] {
  return repeats.flatMap((r) => {
    const [first, ...rest] = r.spans;
    if (!first) return [];
    return rest.map((span, k) => ({
      kind: "repeated-text",
      articleId: r.articleId,
      quote: r.quote,
      span: [span[0], span[1]] as const,
      suggestion: null,
      explanation:
        `Repeats, at characters ${span[0]}–${span[1]}, text first given at characters ${first[0]}–${first[1]}` +
        (r.spans.length > 2 ? ` (occurrence ${k + 2} of ${r.spans.length})` : "") +
        `; likely a scraping or editing duplicate.`,
    }));
  });
}

const STRONG_STATUS = new Set(["ordered", "delivered", "delivering", "approved"]);

/** A single-source, unattributed, unhedged claim of something done (a sanction imposed, a deal signed). */
export function unattributedAnomalies(facts: readonly Fact[]): Anomaly[] {
  const out: Anomaly[] = [];
  for (const f of facts) {
    if (f.verdict !== "single-source" || f.articles !== 1) continue;
    const frame = f.frame;
    const strong = frame ? (frame.type === "sanction" ? Boolean(frame.roles["by"] && frame.roles["on"] && frame.status === "imposed") : Boolean(frame.status && STRONG_STATUS.has(frame.status))) : false;
    if (!strong || f.modality !== "asserted") continue;
    const ev = f.variants.flatMap((v) => v.evidence).find((e) => e.attribution === null);
    if (!ev) continue;
    out.push({
      kind: "unattributed-claim",
      articleId: ev.articleId,
      quote: ev.quote,
      span: ev.span,
      suggestion: null,
      explanation: `Only this article states this (“${f.statement}”), and it gives no source for it.`,
    });
  }
  return out;
}
