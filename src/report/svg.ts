/**
 * @module The timeline: an inline SVG with one lane for articles (by published date) and one for
 * dated claims (dates found in fact variants, and the date each temporal check found), a date axis
 * and staggered labels; under it the same points as a dated list, so it reads without hovering and
 * on a phone. Year-less dates ("4 Dec") take the year of the dated articles or, when none is
 * dated, of the dates the claims and checks give. Returns an empty string when nothing is dated,
 * so pages show a note instead of an empty chart.
 */
import { anomalyArticleIds } from "./anomaly-places.ts";
import { anomalyAnchor, clip, formatDate, plural, readableDates, type StoryContext } from "./html-context.ts";
import { domId, escapeHtml, link } from "./html-escape.ts";

export interface TimelinePoint {
  readonly label: string;
  /** ISO date, date-time, month ("2025-12"), or range ("2025-12-04/2025-12-05"); "XXXX" years allowed. */
  readonly date: string;
  readonly detail?: string;
  readonly href?: string | null;
  /** CSS-free colour class: "corroborated" | "contested" | "single-source" | "article". */
  readonly tone?: string;
}

export interface TimelineInput {
  readonly articles: readonly TimelinePoint[];
  readonly claims: readonly TimelinePoint[];
  /** Accessible title of the figure. */
  readonly title?: string;
  /** Prefix for the SVG's element ids (unique per page when several timelines are shown). */
  readonly id?: string;
  /** Full dates known besides the articles' (from claims and checks): give year-less dates a year when no article is dated. */
  readonly knownDates?: readonly string[];
}

const DAY = 86_400_000;
const COLOURS: Readonly<Record<string, string>> = { article: "#1f4e8c", corroborated: "#1c6b3a", contested: "#a4241b", "single-source": "#9a7a12" };

interface Placed {
  readonly p: TimelinePoint;
  readonly start: number;
  readonly end: number;
}

/** Parses a date-ish string to a UTC [start, end] in ms; XXXX years take `year`. Null when not a date. */
export function parseDateRange(value: string, year: number | null): [number, number] | null {
  const [a, b] = value.split("/");
  const s = a ? parseOne(a, year, "start") : null;
  if (s === null) return null;
  const e = b ? parseOne(b, year, "end") : parseOne(a ?? "", year, "end");
  return [s, Math.max(s, e ?? s)];
}

function parseOne(v: string, year: number | null, side: "start" | "end"): number | null {
  const m = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?(T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v.trim());
  if (!m) return null;
  const y = m[1] === "XXXX" ? year : Number(m[1]);
  if (y === null || y === undefined || !Number.isFinite(y)) return null;
  const mo = m[2] ? Number(m[2]) - 1 : side === "start" ? 0 : 11;
  if (mo < 0 || mo > 11) return null;
  if (m[4] && m[1] !== "XXXX") {
    const t = Date.parse(v.trim());
    if (Number.isFinite(t)) return t;
  }
  if (m[3]) return Date.UTC(y, mo, Number(m[3]));
  return side === "start" ? Date.UTC(y, mo, 1) : Date.UTC(y, mo + 1, 0);
}

const D = String.raw`(?:\d{4}|XXXX)-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?`;
const DATE_IN_TEXT = new RegExp(String.raw`(?<![\w-])(${D}(?:/${D})?)(?![\w-])`, "g");

/** Dates written in a variant value ("XXXX-12-04", "2025-12", "2025-12-04/2025-12-05"). */
export function datesIn(value: string): string[] {
  return [...value.matchAll(DATE_IN_TEXT)].map((m) => m[1] ?? "").filter(Boolean);
}

/** The timeline of one story: its articles, the dates its facts carry and the dates its temporal checks found. */
export function storyTimeline(ctx: StoryContext): string {
  const articles: TimelinePoint[] = ctx.articles
    .filter((a) => a.published)
    .map((a) => ({ label: ctx.label(a.id), date: a.published ?? "", detail: a.title ?? "", href: ctx.links.article(a.id), tone: "article" }));
  const claims: TimelinePoint[] = [];
  for (const f of ctx.facts) {
    for (const v of f.variants) {
      for (const d of datesIn(v.value)) {
        const who = [...new Set(v.evidence.map((e) => ctx.label(e.articleId)))].join(", ");
        claims.push({ label: clip(readableDates(f.statement), 48), date: d, detail: `${readableDates(f.statement)} (${who})`, href: ctx.links.fact(f.id), tone: f.verdict });
      }
    }
  }
  // A temporal check dates what the article is measured against ("on 2025-12-04, the date of the
  // summit"): the latest full date it names.
  const known: string[] = [];
  for (const a of ctx.findings.filter((x) => x.kind === "temporal-inconsistency")) {
    const full = datesIn(a.explanation).filter((d) => !d.startsWith("XXXX")).sort();
    known.push(...full);
    const at = full[full.length - 1];
    const who = anomalyArticleIds(a).map(ctx.label).join(", ");
    if (at) claims.push({ label: `Dates do not add up (${who})`, date: at, detail: `${who}: ${readableDates(a.explanation)}`, href: `#${anomalyAnchor(a)}`, tone: "contested" });
  }
  for (const c of claims) if (!c.date.startsWith("XXXX")) known.push(c.date);
  return renderTimeline({ articles, claims, title: `Timeline: ${ctx.story.title}`, id: domId("tl", ctx.story.id), knownDates: known });
}

export function renderTimeline(input: TimelineInput): string {
  const dated = input.articles.map((p) => parseDateRange(p.date, null)?.[0]).filter((x): x is number => x !== undefined);
  const years = dated.length > 0 ? dated : (input.knownDates ?? []).map((d) => parseDateRange(d, null)?.[0]).filter((x): x is number => x !== undefined);
  const refYear = years.length > 0 ? new Date(years.sort((a, b) => a - b)[Math.floor(years.length / 2)] ?? 0).getUTCFullYear() : null;
  const place = (ps: readonly TimelinePoint[]): Placed[] =>
    ps.flatMap((p) => {
      const r = parseDateRange(p.date, refYear);
      return r ? [{ p, start: r[0], end: r[1] }] : [];
    });
  const arts = place(input.articles);
  const placed = place(input.claims);
  // Claims far from the articles' dates (background years back, deadlines years ahead) would
  // squeeze the articles into one point: they are listed under the plot instead.
  const artLo = Math.min(...arts.map((x) => x.start));
  const artHi = Math.max(...arts.map((x) => x.end));
  const reach = Math.max(45 * DAY, (artHi - artLo) * 2);
  const near = (x: Placed): boolean => arts.length === 0 || (x.end >= artLo - reach && x.start <= artHi + reach);
  const claims = placed.filter(near);
  const outside = placed.filter((x) => !near(x)).sort((a, b) => a.start - b.start);
  const all = [...arts, ...claims];
  if (all.length === 0) return "";
  let lo = Math.min(...all.map((x) => x.start));
  let hi = Math.max(...all.map((x) => x.end));
  const pad = Math.max(DAY, (hi - lo) * 0.04);
  lo -= pad;
  hi += pad;
  const W = 960;
  const left = 96;
  const right = 24;
  const x = (t: number): number => left + ((t - lo) / (hi - lo)) * (W - left - right);
  let y = 18;
  let body = "";
  const lanes: [string, Placed[]][] = [
    ["Articles", arts],
    ["Dated claims", claims],
  ];
  for (const [name, items] of lanes) {
    if (items.length === 0) continue;
    const laneY = y + 10;
    body += `<text x="8" y="${laneY + 4}" font-size="13" font-weight="700" fill="#1d232a">${escapeHtml(name)}</text>`;
    body += `<line x1="${left}" x2="${W - right}" y1="${laneY}" y2="${laneY}" stroke="#d9dee4"/>`;
    const rows: number[] = [];
    const sorted = [...items].sort((a, b) => a.start - b.start);
    for (const it of sorted) {
      const x0 = x(it.start);
      const x1 = x(it.end);
      const label = clip(it.p.label, 40);
      const width = label.length * 6.7 + 10;
      const flip = x0 + width > W - 4;
      const lx0 = flip ? x0 - width : x0;
      let row = rows.findIndex((end) => end < lx0);
      if (row < 0) {
        row = rows.length;
        rows.push(0);
      }
      rows[row] = lx0 + width;
      const ly = laneY + 22 + row * 17;
      const colour = COLOURS[it.p.tone ?? "article"] ?? "#1f4e8c";
      const mark =
        x1 - x0 >= 3
          ? `<rect x="${f(x0)}" y="${laneY - 4}" width="${f(x1 - x0)}" height="8" rx="2" fill="${colour}" opacity=".8"/>`
          : name === "Articles"
            ? `<circle cx="${f(x0)}" cy="${laneY}" r="5" fill="${colour}"/>`
            : `<path d="M${f(x0)} ${laneY - 6}l6 6-6 6-6-6z" fill="${colour}"/>`;
      let g = `<g>${mark}<line x1="${f(x0)}" x2="${f(x0)}" y1="${laneY + 5}" y2="${ly - 9}" stroke="${colour}" stroke-width=".7" opacity=".6"/>`;
      g += `<text x="${f(flip ? x0 - 2 : x0 + 2)}" y="${ly}" font-size="12" fill="#1d232a"${flip ? ' text-anchor="end"' : ""}>${escapeHtml(label)}</text></g>`;
      // The list under the plot carries the links and details: the plot is a picture of it.
      body += g;
    }
    y = laneY + 22 + rows.length * 17 + 10;
  }
  const axisY = y + 4;
  body += `<line x1="${left}" x2="${W - right}" y1="${axisY}" y2="${axisY}" stroke="#5d6875"/>`;
  for (const t of ticks(lo, hi)) {
    const tx = x(t.at);
    body += `<line x1="${f(tx)}" x2="${f(tx)}" y1="${axisY}" y2="${axisY + 5}" stroke="#5d6875"/><text x="${f(tx)}" y="${axisY + 18}" font-size="12" text-anchor="middle" fill="#5d6875">${escapeHtml(t.label)}</text>`;
  }
  const H = axisY + 28;
  const title = input.title ?? "Timeline";
  const id = (input.id ?? "tl").replace(/[^A-Za-z0-9_-]/g, "_");
  const desc = `${plural(arts.length, "dated article")} and ${plural(claims.length, "dated claim")} between ${formatDate(new Date(lo + pad).toISOString())} and ${formatDate(new Date(hi - pad).toISOString())}.`;
  const item = (x: Placed): string => `<li><b>${escapeHtml(when(x))}</b> ${link(x.p.href, x.p.detail || x.p.label)}</li>`;
  const inWindow = [...arts.map((x) => ({ x, lane: "article" })), ...claims.map((x) => ({ x, lane: "claim" }))].sort((a, b) => a.x.start - b.x.start);
  const list = `<ol class="tl-list">${inWindow.map(({ x, lane }) => item(x).replace("<li>", `<li class="tl-${lane}">`)).join("")}</ol>`;
  const far = outside.length === 0 ? "" : `<p class="muted">Dated claims outside this window:</p><ul class="tl-outside">${outside.map(item).join("")}</ul>`;
  return (
    `<figure class="timeline"><div class="tl-plot" tabindex="0" role="region" aria-label="Timeline plot (scrolls sideways)"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>${body}</svg></div>` +
    `<figcaption class="muted">${escapeHtml(desc)} The same, in date order:</figcaption>${list}${far}</figure>`
  );
}

/** "4 Dec 2025", or "4 Dec 2025 – 5 Dec 2025" for a range, in the year the plot placed it. */
function when(x: Placed): string {
  const day = (t: number): string => formatDate(new Date(t).toISOString().slice(0, 10));
  return x.end - x.start >= DAY ? `${day(x.start)} – ${day(x.end)}` : day(x.start);
}

const f = (n: number): string => (Math.round(n * 10) / 10).toString();

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function ticks(lo: number, hi: number): { at: number; label: string }[] {
  const span = hi - lo;
  const out: { at: number; label: string }[] = [];
  const d0 = new Date(lo);
  if (span <= 16 * DAY) {
    const step = span <= 8 * DAY ? 1 : 2;
    for (let t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), d0.getUTCDate() + 1); t <= hi; t += step * DAY) {
      const d = new Date(t);
      out.push({ at: t, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` });
    }
  } else if (span <= 120 * DAY) {
    for (let t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), d0.getUTCDate() + ((8 - d0.getUTCDay()) % 7)); t <= hi; t += 7 * DAY) {
      const d = new Date(t);
      out.push({ at: t, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` });
    }
  } else {
    const months = span / (30 * DAY);
    const step = months <= 14 ? 1 : months <= 30 ? 3 : months <= 80 ? 6 : 12 * Math.ceil(months / 120);
    const y = d0.getUTCFullYear();
    let m = d0.getUTCMonth() + 1;
    while (m % step !== 0 && step <= 12) m++;
    for (;;) {
      const t = Date.UTC(y, m, 1);
      if (t > hi) break;
      if (t >= lo) out.push({ at: t, label: m % 12 === 0 || step >= 12 ? String(y + Math.floor(m / 12)) : `${MONTHS[m % 12]} ${String(y + Math.floor(m / 12)).slice(2)}` });
      m += step;
    }
  }
  return out;
}
