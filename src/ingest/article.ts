/**
 * @module Turning the fields a reader found into an `Article`: body normalization, outlet
 * fallback (metadata, URL host, file name), publication date to ISO, byline and title cleanup,
 * and the stable id. Language is filled in later (see language.ts), "und" until then.
 */
import * as chrono from "chrono-node";
import type { Article, InputError, InputFormat } from "../types.ts";
import { articleId, normalizeText } from "../text/normalize.ts";
import { inputError } from "./detect.ts";

/** What a reader extracted from one record, before normalization. */
export interface RawArticle {
  /** Origin of this record: the path or URL as given, plus "#N" for the N-th record of a collection. */
  readonly origin: string;
  /** The input the record came from (for the file-name outlet fallback); defaults to origin. */
  readonly source?: string;
  readonly format: InputFormat;
  readonly body: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly published?: unknown;
  readonly byline?: string | null;
  /** The outlet's country and the text's language (ISO 639-1), when the input gives them. */
  readonly country?: string | null;
  readonly language?: string | null;
}

/** Collapse a metadata value to one trimmed line, or null when empty or not text. */
export function cleanLine(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const s = normalizeText(String(value)).replace(/\s+/g, " ").trim();
  return s === "" ? null : s;
}

/** The host of an http(s) URL without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return u.hostname.replace(/^www\./i, "") || null;
  } catch {
    return null;
  }
}

/** The file name of an origin without its extension and any "#N"/":N" suffix ("stdin" for "-"). */
export function fileStem(origin: string): string {
  const path = origin.replace(/#\d+$/, "");
  if (path === "-") return "stdin";
  const base = path.split(/[\\/]/).filter(Boolean).pop() ?? path;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** An http(s) URL string, or null. */
export function cleanUrl(value: unknown): string | null {
  const s = cleanLine(value);
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** A publication date as "YYYY-MM-DD" or a full ISO date-time, or null when not parseable. */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1e8) return null;
    const d = new Date(value > 1e11 ? value : value * 1000);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (s === "") return null;
  if (/^\d{10}(\d{3})?$/.test(s)) return normalizeDate(Number(s));
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (day) return validDay(Number(day[1]), Number(day[2]), Number(day[3]));
  const parsed = chrono.strict.parse(s, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed || parsed.text.length < s.length * 0.6) return null;
  const start = parsed.start;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  const y = start.get("year") ?? 0;
  const m = start.get("month") ?? 0;
  const d = start.get("day") ?? 0;
  const date = validDay(y, m, d);
  if (!date || !start.isCertain("hour")) return date;
  if (start.isCertain("timezoneOffset")) return start.date().toISOString();
  return `${date}T${pad(start.get("hour") ?? 0)}:${pad(start.get("minute") ?? 0)}:${pad(start.get("second") ?? 0)}`;
}

function validDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d || y < 1800 || y > 2200) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A byline without a leading "By" and without surrounding noise. */
export function cleanByline(value: unknown): string | null {
  const s = cleanLine(value);
  if (!s) return null;
  const stripped = s.replace(/^by\s+/i, "").trim();
  return stripped === "" ? null : stripped;
}

/** Build the article, or a "no-text" error when the body is empty after normalization. */
export function buildArticle(raw: RawArticle): Article | InputError {
  const text = normalizeText(raw.body);
  if (text === "") return inputError(raw.origin, "no-text", "has no article text");
  if (!/[\p{L}\p{N}]/u.test(text)) return inputError(raw.origin, "no-text", "has no words (only symbols, emoji or invisible characters)");
  const title = cleanLine(raw.title);
  const url = cleanUrl(raw.url);
  const named = cleanLine(raw.outlet) ?? hostOf(url) ?? hostOf(raw.source ?? raw.origin);
  const outlet = named ?? fileStem(raw.source ?? raw.origin);
  const country = cleanLine(raw.country);
  return {
    id: articleId({ outlet, title, text }),
    origin: raw.origin,
    outlet,
    outletKnown: named !== null,
    ...(country ? { country } : {}),
    url: url ?? (raw.source === undefined && hostOf(raw.origin) ? raw.origin : null),
    title,
    published: normalizeDate(raw.published),
    byline: cleanByline(raw.byline),
    language: languageCode(raw.language) ?? "und",
    format: raw.format,
    text,
  };
}

/** An ISO 639-1 code ("en", "EN", "en-GB" → "en"), or null. */
export function languageCode(value: unknown): string | null {
  const s = cleanLine(value)?.toLowerCase();
  const m = s ? /^([a-z]{2})(?:[-_][a-z0-9]+)*$/.exec(s) : null;
  return m?.[1] ?? null;
}

/** True when a value is an InputError rather than an Article. */
export function isInputError(value: Article | InputError): value is InputError {
  return "code" in value;
}
