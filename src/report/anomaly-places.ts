/**
 * @module Where an anomaly occurs. One anomaly is one finding (the same garbled name in three
 * articles is one anomaly); its places are `occurrences` when it has several, else its own
 * article, quote and span. Renderers call `placesOf` rather than reading `articleId` alone.
 */
import type { Anomaly, AnomalyPlace } from "./types.ts";

/** Every place the anomaly occurs, the first being its own `articleId`/`quote`/`span`. */
export function placesOf(a: Anomaly): readonly AnomalyPlace[] {
  return a.occurrences && a.occurrences.length > 0 ? a.occurrences : [{ articleId: a.articleId, quote: a.quote, span: a.span }];
}

/** The articles an anomaly occurs in, each once, in the order of its places. */
export function anomalyArticleIds(a: Anomaly): readonly string[] {
  return [...new Set(placesOf(a).map((p) => p.articleId))];
}

/**
 * The anomalies one per place (a finding in three articles becomes three records, each with its own
 * `articleId`, `quote` and `span`), for code that lists anomalies by article: an article's page,
 * highlights in its text, or grouping code written before anomalies were merged.
 */
export function perPlace(anomalies: readonly Anomaly[]): Anomaly[] {
  return anomalies.flatMap((a) => {
    const places = placesOf(a);
    if (places.length === 1 && !a.occurrences) return [a];
    const { occurrences: _, ...rest } = a;
    return places.map((p) => ({ ...rest, articleId: p.articleId, quote: p.quote, span: p.span }));
  });
}
