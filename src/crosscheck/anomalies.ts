/**
 * @module Anomalies: likely garbled names (from extraction), text repeated inside an article (from
 * reuse), and strong claims that nobody else carries and no source backs; and `mergeAnomalies`,
 * which makes the same finding in several places one anomaly that lists them.
 */
import type { Anomaly, AnomalyPlace, Fact } from "../report/types.ts";
import type { RepeatedPassage } from "../reuse/index.ts";
import type { ExtractedDoc } from "../types.ts";
import { wordsKey } from "../text/normalize.ts";

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

/** A passage an article gives more than once: one anomaly, its places every time it is given. */
export function repeatAnomalies(repeats: readonly RepeatedPassage[]): Anomaly[] {
  return repeats.flatMap((r) => {
    const [first, second] = r.spans;
    if (!first || !second) return [];
    const at = r.spans.map((s) => `${s[0]}–${s[1]}`);
    return [
      {
        kind: "repeated-text",
        articleId: r.articleId,
        quote: r.quote,
        span: [second[0], second[1]] as const,
        suggestion: null,
        explanation: `Given ${r.spans.length} times in this article (at characters ${at.slice(0, 5).join(", ")}${at.length > 5 ? ", …" : ""}); likely a scraping or editing duplicate.`,
        occurrences: r.spans.slice(1).map((s) => ({ articleId: r.articleId, quote: r.quote, span: [s[0], s[1]] as const })),
      },
    ];
  });
}

/**
 * One anomaly per finding: the same garbled name or spelling written in three articles, the same
 * narrative carried by two, the same date error made twice are each one anomaly listing every place
 * (`occurrences`), in the order the places were found. A finding is its kind and what it says:
 * the words flagged and the suggestion for names, claims and repeats; the explanation, less the
 * words that vary from place to place (in parentheses), for the rest.
 */
export function mergeAnomalies(anomalies: readonly Anomaly[]): Anomaly[] {
  const merged = new Map<string, { first: Anomaly; places: AnomalyPlace[] }>();
  for (const a of anomalies) {
    const key = findingKey(a);
    const places = a.occurrences && a.occurrences.length > 0 ? a.occurrences : [{ articleId: a.articleId, quote: a.quote, span: a.span }];
    const m = merged.get(key);
    if (!m) merged.set(key, { first: a, places: [...places] });
    else for (const p of places) if (!m.places.some((x) => x.articleId === p.articleId && x.span[0] === p.span[0] && x.span[1] === p.span[1])) m.places.push(p);
  }
  return [...merged.values()].map(({ first, places }) => {
    const { occurrences: _, ...rest } = first;
    return places.length > 1 ? { ...rest, occurrences: places } : rest;
  });
}

function findingKey(a: Anomaly): string {
  switch (a.kind) {
    case "garbled-name":
    case "name-variant":
    case "unattributed-claim":
      return `${a.kind}|${wordsKey(a.quote)}|${a.suggestion ?? ""}`;
    case "repeated-text":
    case "inconsistent-number":
    case "mostly-commentary":
      return `${a.kind}|${a.articleId}|${wordsKey(a.quote)}`;
    case "framing":
    case "temporal-inconsistency":
    default:
      return `${a.kind}|${wordsKey(a.explanation.replace(/\([^()]*\)/g, ""))}`;
  }
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
