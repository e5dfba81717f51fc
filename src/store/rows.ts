/**
 * @module Conversions between database rows and Triangulate records: timestamps to ISO
 * strings, bigints to numbers, stored articles back to `Article`s, reports with their
 * contract fields first (jsonb does not keep key order), facts to searchable rows.
 */
import type { Article, InputFormat } from "../types.ts";
import type { Fact, Report } from "../report/types.ts";
import type { Selectable } from "kysely";
import type { ArticlesTable } from "./schema.ts";
import type { StoredArticle } from "./types.ts";

export function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  }
  return String(value);
}

export function toNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") return Number.parseInt(value, 10);
  return Number.NaN;
}

/** An articles row as selected (see the table type in schema.ts). */
export type ArticleRow = Omit<Selectable<ArticlesTable>, "tsv">;

export function rowToArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    origin: row.origin,
    outlet: row.outlet,
    ...(row.outlet_known === null || row.outlet_known === undefined ? {} : { outletKnown: row.outlet_known }),
    ...(row.country ? { country: row.country } : {}),
    url: row.url,
    title: row.title,
    published: row.published,
    byline: row.byline,
    language: row.language,
    format: row.format as InputFormat,
    text: row.text,
    canonicalUrl: row.canonical_url,
    contentHash: row.content_hash,
    storyId: row.story_id,
    ingestedAt: toIso(row.ingested_at),
    seq: toNumber(row.seq),
  };
}

/** The plain `Article` part of a stored article (what the pipeline takes). */
export function storedToArticle(stored: StoredArticle): Article {
  return {
    id: stored.id,
    origin: stored.origin,
    outlet: stored.outlet,
    ...(stored.outletKnown === undefined ? {} : { outletKnown: stored.outletKnown }),
    ...(stored.country ? { country: stored.country } : {}),
    url: stored.url,
    title: stored.title,
    published: stored.published,
    byline: stored.byline,
    language: stored.language,
    format: stored.format,
    text: stored.text,
  };
}

const REPORT_ORDER = ["schema", "generatedAt", "articles", "stories", "facts", "anomalies", "reuse", "errors"] as const;

/** A report read back from jsonb, with the contract's fields in their documented order. */
export function orderReport(value: unknown): Report | null {
  if (value === null || value === undefined) return null;
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  if (typeof parsed !== "object" || parsed === null) return null;
  const source = parsed as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of REPORT_ORDER) if (key in source) ordered[key] = source[key];
  for (const [key, entry] of Object.entries(source)) if (!(key in ordered)) ordered[key] = entry;
  return ordered as unknown as Report;
}

/** What full-text search indexes for a fact: statement, subjects and every variant value. */
export function factSearchText(fact: Fact): string {
  return [fact.statement, ...fact.subject, ...fact.variants.map((v) => v.value)].join("\n");
}

/** A page size from user input: `fallback` when absent, else clamped to [1, max]. */
export function clampLimit(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.max(1, Math.min(max, Math.floor(value)));
}
