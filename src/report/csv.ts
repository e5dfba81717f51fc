/**
 * @module CSV exports of a report (RFC 4180, written by hand: every field that holds a comma, a
 * double quote, a CR or an LF is quoted, quotes doubled, records end in CRLF; UTF-8, no BOM).
 * Facts: one row per fact and article that carries it (story, fact, statement, verdict, the
 * article's value, how readers know the article, its quote). Anomalies: one row per place an
 * anomaly occurs. A cell that would start with `=`, `+`, `-`, `@`, a tab or a CR gets a leading
 * `'`, so a spreadsheet shows it as text instead of running it as a formula.
 */
import { placesOf } from "./anomaly-places.ts";
import { readableDates } from "./readable-dates.ts";
import { valueIn } from "./readings.ts";
import { labelLookup } from "./source-label.ts";
import type { Report } from "./types.ts";

/** Column names of the facts CSV, in order. */
export const FACT_COLUMNS = [
  "story_id",
  "story",
  "fact_id",
  "statement",
  "verdict",
  "independent_origins",
  "value",
  "article",
  "article_id",
  "source",
  "attribution",
  "quote",
] as const;

/** Column names of the anomalies CSV, in order. */
export const ANOMALY_COLUMNS = ["story_id", "kind", "article", "article_id", "source", "quote", "suggestion", "explanation"] as const;

/** One field, quoted when it must be (RFC 4180 §2.6–2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text from the articles, made safe for a spreadsheet: no cell starts a formula. */
function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A table as CSV: a header record, then one record per row, each ended by CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",") + "\r\n").join("");
}

/** The facts, one row per fact and article that carries it. */
export function factsCsv(report: Report): string {
  const label = labelLookup(report);
  const source = sourceLookup(report);
  const storyTitle = new Map(report.stories.map((s) => [s.id, s.title]));
  const rows: string[][] = [];
  for (const f of report.facts) {
    f.variants.forEach((v, i) => {
      const seen = new Set<string>();
      for (const e of v.evidence) {
        // One row per fact and article: an article's first quote for the value stands for it.
        if (seen.has(e.articleId)) continue;
        seen.add(e.articleId);
        rows.push(
          [
            f.storyId,
            storyTitle.get(f.storyId) ?? "",
            f.id,
            readableDates(f.statement),
            f.verdict,
            String(f.independentOrigins),
            readableDates(valueIn(f, i, e.articleId)),
            label(e.articleId),
            e.articleId,
            source(e.articleId),
            e.attribution ?? "",
            e.quote,
          ].map(cell),
        );
      }
    });
  }
  return csvTable(FACT_COLUMNS, rows);
}

/** The anomalies, one row per place each occurs. */
export function anomaliesCsv(report: Report): string {
  const label = labelLookup(report);
  const source = sourceLookup(report);
  const storyOf = new Map(report.stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
  const rows = report.anomalies.flatMap((a) =>
    placesOf(a).map((p) => [storyOf.get(p.articleId) ?? "", a.kind, label(p.articleId), p.articleId, source(p.articleId), p.quote, a.suggestion ?? "", readableDates(a.explanation)].map(cell)),
  );
  return csvTable(ANOMALY_COLUMNS, rows);
}

/** Where an article came from: its URL when it has one, else the path or URL it was read from. */
function sourceLookup(report: Pick<Report, "articles">): (articleId: string) => string {
  const byId = new Map(report.articles.map((a) => [a.id, a.url ?? a.origin]));
  return (id) => byId.get(id) ?? "";
}
