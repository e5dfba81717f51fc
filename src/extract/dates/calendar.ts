/** @module Calendar arithmetic on plain year-month-day triples (UTC, proleptic Gregorian): ISO weeks, offsets, formatting. */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** "2025-12-04". */
export function fmtDay(v: Ymd): string {
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

/** "2025-12". */
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function fromDate(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromDate(new Date(Date.UTC(v.y, v.m - 1, v.d + n)));
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(v: Ymd, n: number): Ymd {
  const idx = v.y * 12 + (v.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(v.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeek(v: Ymd): { readonly year: number; readonly week: number } {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return { year, week };
}

/** "2025-W48". */
export function fmtWeek(v: Ymd): string {
  const w = isoWeek(v);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Monday and Sunday of the ISO week containing a day. */
export function weekBounds(v: Ymd): readonly [Ymd, Ymd] {
  const dow = weekday(v) || 7;
  const monday = addDays(v, 1 - dow);
  return [monday, addDays(monday, 6)];
}

/** Days from a to b (b − a). */
export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/**
 * Parse the date part of an ISO 8601 date or date-time ("2025-11-28", "2025-11-28T09:00:00Z").
 * Anything else (including null) gives null: an unusable anchor means "no anchor", not a crash.
 */
export function parseAnchor(iso: string | null): Ymd | null {
  if (iso === null) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** Inclusive day bounds of a year, a month or a day. */
export function yearBounds(y: number): readonly [string, string] {
  return [`${fmtYear(y)}-01-01`, `${fmtYear(y)}-12-31`];
}

export function monthBounds(y: number, m: number): readonly [string, string] {
  return [`${fmtMonth(y, m)}-01`, `${fmtMonth(y, m)}-${pad(daysInMonth(y, m))}`];
}
