/**
 * @module Normalized date values (TIMEX3-style, as facts and attributions carry them) rewritten
 * for readers inside any text: "XXXX-12-04/XXXX-12-05" → "4–5 Dec", "2025-12" → "Dec 2025",
 * "FY2026-27" → "fiscal year 2026–27", "2026-Q1" → "Q1 2026", "2025-W49" → "week 49 of 2025".
 * An unknown year ("XXXX") is left out, never guessed. The JSON report keeps the normalized values.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SEASONS: Readonly<Record<string, string>> = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };

interface Parts {
  readonly year: string | null;
  readonly month: string | null;
  readonly day: number | null;
}

const DAY = String.raw`(?:\d{4}|XXXX)-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?`;
const RANGE = new RegExp(String.raw`(?<![\w-])(${DAY})(?:/(${DAY}))?(?![\w-])`, "g");
const OTHER = /(?<![\w-])(?:FY(\d{4})(?:-(\d{2}))?|(\d{4})-Q([1-4])|(\d{4}|XXXX)-(SP|SU|FA|WI)|(\d{4})-W(\d{2}))(?![\w-])/g;
/** A weekday whose week is known or not: "2025-W49-6", "XXXX-WXX-6" (an unanchored "on Saturday"). */
const WEEKDAY = /(?<![\w-])(\d{4}|XXXX)-W(\d{2}|XX)-([1-7])(?![\w-])/g;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function parts(v: string): Parts | null {
  const m = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return null;
  return { year: m[1] === "XXXX" ? null : (m[1] ?? null), month, day: m[3] ? Number(m[3]) : null };
}

function single(p: Parts): string {
  const year = p.year ? ` ${p.year}` : "";
  return p.day !== null ? `${p.day} ${p.month}${year}` : `${p.month}${year || " (year not given)"}`;
}

/** One value or range, or null when it is not a calendar date. */
function dateText(a: string, b: string | undefined): string | null {
  const x = parts(a);
  if (!x) return null;
  const y = b ? parts(b) : null;
  if (!y || (x.year === y.year && x.month === y.month && x.day === y.day)) return single(x);
  const year = (p: Parts): string => (p.year ? ` ${p.year}` : "");
  if (x.year === y.year && x.day !== null && y.day !== null) {
    // "4–5 Dec 2025", "30 Nov – 2 Dec 2025"
    return x.month === y.month ? `${x.day}–${y.day} ${x.month}${year(x)}` : `${x.day} ${x.month} – ${y.day} ${y.month}${year(y)}`;
  }
  if (x.year === y.year && x.day === null && y.day === null) return `${x.month}–${y.month}${year(x) || " (year not given)"}`;
  return `${single(x)} – ${single(y)}`;
}

/** Rewrites the normalized dates inside `text` for readers; everything else is left as it is. */
export function readableDates(text: string): string {
  return text
    .replace(WEEKDAY, (whole, y: string, w: string, d: string) => {
      const day = WEEKDAYS[Number(d) - 1];
      if (!day) return whole;
      return y === "XXXX" || w === "XX" ? `a ${day} (week not given)` : `${day} of week ${Number(w)}, ${y}`;
    })
    .replace(RANGE, (whole, a: string, b: string | undefined) => dateText(a, b) ?? whole)
    .replace(OTHER, (whole, fy: string | undefined, fyEnd: string | undefined, qy: string | undefined, q: string | undefined, sy: string | undefined, s: string | undefined, wy: string | undefined, w: string | undefined) => {
      if (fy) return `fiscal year ${fy}${fyEnd ? `–${fyEnd}` : ""}`;
      if (qy && q) return `Q${q} ${qy}`;
      if (sy && s) return `${SEASONS[s] ?? s}${sy === "XXXX" ? "" : ` ${sy}`}`;
      if (wy && w) return `week ${Number(w)} of ${wy}`;
      return whole;
    });
}
