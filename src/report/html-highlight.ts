/**
 * @module Highlighting spans of an article's text: the text is cut at every span boundary, each
 * piece is escaped on its own, and pieces covered by one or more spans become a <mark> carrying
 * the most specific (shortest) covering span's data and every covering span's title. Overlapping
 * and nested spans therefore never produce mis-nested tags; out-of-range spans are clamped.
 */
import { attr, escapeHtml } from "./html-escape.ts";

export interface Highlight {
  readonly span: readonly [number, number];
  readonly kind: "fact" | "anomaly" | "mention";
  /** Tooltip text (plain; escaped here). */
  readonly title: string;
  readonly factId?: string;
  readonly anomalyKind?: string;
  /** Verdict or other tone, used as a CSS class suffix (`tone-contested`). */
  readonly tone?: string;
  /** A number shown before the highlight (compare view: the same number in both articles). */
  readonly number?: number;
}

interface Clamped {
  readonly h: Highlight;
  readonly start: number;
  readonly end: number;
}

/** The article text as escaped HTML with <mark> elements for the highlights. */
export function highlightText(text: string, highlights: readonly Highlight[]): string {
  const spans: Clamped[] = [];
  for (const h of highlights) {
    const start = Math.max(0, Math.min(text.length, Math.floor(h.span[0])));
    const end = Math.max(0, Math.min(text.length, Math.floor(h.span[1])));
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) spans.push({ h, start, end });
  }
  if (spans.length === 0) return escapeHtml(text);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const numbered = new Set<Clamped>();
  let out = "";
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? from;
    const piece = escapeHtml(text.slice(from, to));
    const active = spans.filter((s) => s.start <= from && s.end >= to);
    if (active.length === 0) {
      out += piece;
      continue;
    }
    const primary = active.reduce((best, s) => (s.end - s.start < best.end - best.start ? s : best));
    const shown = new Set<number>();
    for (const s of active) {
      if (s.h.number !== undefined && s.start === from && !numbered.has(s)) {
        numbered.add(s);
        shown.add(s.h.number);
      }
    }
    const prefix = [...shown].map((n) => `<sup class="hl-n" aria-hidden="true">${escapeHtml(n)}</sup>`).join("");
    out += prefix + markOpen(primary.h, active) + piece + "</mark>";
  }
  return out;
}

function markOpen(h: Highlight, active: readonly Clamped[]): string {
  const classes = ["hl", `hl-${h.kind}`];
  if (h.tone) classes.push(`tone-${h.tone.replace(/[^a-z0-9-]/gi, "")}`);
  if (active.length > 1) classes.push("hl-overlap");
  const factIds = [...new Set(active.map((s) => s.h.factId).filter((x): x is string => x !== undefined))];
  const titles = [...new Set(active.map((s) => s.h.title))];
  return (
    `<mark class="${classes.join(" ")}"` +
    attr("data-fact-id", h.factId ?? factIds[0]) +
    (factIds.length > 1 ? attr("data-fact-ids", factIds.join(" ")) : "") +
    attr("data-anomaly", h.anomalyKind) +
    attr("data-n", h.number) +
    (h.number !== undefined ? attr("style", `--h:${(Math.abs(Math.trunc(h.number)) * 137 + 200) % 360}`) : "") +
    attr("title", titles.join(" · ")) +
    ">"
  );
}
