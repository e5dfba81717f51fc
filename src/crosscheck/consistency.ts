/**
 * @module Internal consistency. Arithmetic: "36 jets forming four squadrons of 12" (4 × 12 ≠ 36),
 * "a total of 10, including 6 … and 7 …" (parts exceed the total). Temporal: "the war enters its
 * third year" checked against the war's start date known to the packs and the story's date.
 */
import type { Anomaly } from "../report/types.ts";
import type { ExtractedDoc, Mention } from "../types.ts";
import { isFormation, unitClass } from "../extract/units.ts";
import { modalityWords } from "../extract/modality.ts";
import { quantityWords } from "../extract/quantity-context.ts";
import { alternatives, lazyPattern } from "../extract/word-lists.ts";

// Word lists of the quantities pack (packs/lang/en/quantities.json), as patterns built on first use.
const PER = lazyPattern(() => `^\\s+(?:${alternatives(quantityWords().perFormation, " ")})\\s+(\\d+|[a-z]+(?:-[a-z]+)?)\\b`, "i");
const TOTAL = lazyPattern(() => `\\b(?:${alternatives(quantityWords().total, " ")})\\b`, "i");
const PARTS_OF_TOTAL = lazyPattern(() => `\\b(?:${alternatives(quantityWords().partsOfTotal, " ")})\\b`, "i");

/** Arithmetic inside single sentences: counts × per-unit sizes, and totals against their parts. */
export function arithmeticAnomalies(x: ExtractedDoc): Anomaly[] {
  const out: Anomaly[] = [];
  const id = x.doc.article.id;
  for (const s of x.doc.sentences) {
    const qs = x.quantities.filter((q) => q.sentence === s.index && q.approx === "exact");
    const items = qs.filter((q) => q.unit && !isFormation(q.unit));
    const formations = qs.filter((q) => q.unit && isFormation(q.unit));
    for (const f of formations) {
      // "four squadrons of 12": the per-formation size follows "of".
      const after = s.text.slice(f.span[1] - s.span[0], f.span[1] - s.span[0] + 12);
      const per = PER().exec(after);
      const size = per?.[1] ? qs.find((q) => q.text.toLowerCase().startsWith(per[1]!.toLowerCase()) && q.span[0] > f.span[0]) : undefined;
      const perSize = size?.value ?? (per?.[1] && /^\d+$/.test(per[1]) ? Number(per[1]) : null);
      const total = items.find((q) => q !== size && unitClass(q.unit) !== null && q.span[0] !== size?.span[0]);
      if (perSize && total && f.value * perSize !== total.value) {
        out.push(anomaly(id, s.text, s.span, `${f.value} ${f.unit}s of ${perSize} make ${f.value * perSize}, but the sentence gives ${total.value} ${total.unit ?? ""}`.trim() + "."));
      }
    }
    const totalMatch = TOTAL().exec(s.text);
    const including = PARTS_OF_TOTAL().exec(s.text);
    if (totalMatch && including) {
      const totalQ = qs.find((q) => q.span[0] - s.span[0] >= totalMatch.index && q.span[0] - s.span[0] < including.index);
      const parts = qs.filter((q) => q.span[0] - s.span[0] > including.index && unitClass(q.unit) === unitClass(totalQ?.unit ?? null));
      const sum = parts.reduce((a, q) => a + q.value, 0);
      if (totalQ && parts.length >= 2 && sum > totalQ.value) {
        out.push(anomaly(id, s.text, s.span, `The parts (${parts.map((p) => p.value).join(" + ")} = ${sum}) exceed the stated total of ${totalQ.value}.`));
      }
    }
  }
  return out;
}

let ordinals: ReadonlyMap<string, number> | undefined;
/** Ordinal words → their number ("third" → 3), from the quantities pack. */
const ordinalMap = (): ReadonlyMap<string, number> => (ordinals ??= new Map(quantityWords().ordinals.map((w, k) => [w.toLowerCase(), k + 1])));
const ordinalValue = (word: string): number | undefined => ordinalMap().get(word);
/** "the war enters its third year": the time units are UNIT_MS's. */
const ENTERS = lazyPattern(() => `\\b(?:${alternatives(quantityWords().entersIts, " ")})\\s+its\\s+(\\w+)\\s+(year|month|week|day)\\b`, "i");
const UNIT_MS = { year: 365.2425, month: 30.436875, week: 7, day: 1 } as const;

export interface StoryDate {
  /** ISO date the story is set at. */
  readonly date: string;
  /** Where that date comes from, for the explanation. */
  readonly basis: string;
}

/** "X enters its Nth year" against X's start date from the packs and the story's date. */
export function temporalAnomalies(x: ExtractedDoc, options: { storyDate: StoryDate | null; eventStart: (m: Mention) => { name: string; start: string } | null }): Anomaly[] {
  const out: Anomaly[] = [];
  if (!options.storyDate) return out;
  const now = Date.parse(options.storyDate.date);
  if (Number.isNaN(now)) return out;
  for (const s of x.doc.sentences) {
    const m = ENTERS().exec(s.text);
    if (!m?.[1] || !m[2]) continue;
    const n = ordinalValue(m[1].toLowerCase()) ?? (/^\d+/.test(m[1]) ? Number.parseInt(m[1], 10) : NaN);
    if (!Number.isFinite(n)) continue;
    const at = s.span[0] + m.index;
    const events = x.mentions.filter((mn) => mn.sentence === s.index && mn.span[1] <= at + 1 && mn.type === "event");
    const ev = events.length > 0 ? options.eventStart(events[events.length - 1]!) : null;
    if (!ev) continue;
    const unit = m[2].toLowerCase() as keyof typeof UNIT_MS;
    const elapsedDays = (now - Date.parse(ev.start)) / 86_400_000;
    if (elapsedDays < 0) continue;
    const actual = Math.floor(elapsedDays / UNIT_MS[unit]) + 1;
    if (actual !== n) {
      out.push(
        anomaly(
          x.doc.article.id,
          s.text,
          s.span,
          `Says ${ev.name} is in its ${m[1]} ${unit}, but it began on ${ev.start}; on ${options.storyDate.date} (${options.storyDate.basis}) it is in its ${ordinal(actual)} ${unit}.`,
          "temporal-inconsistency",
        ),
      );
    }
  }
  return out;
}

function ordinal(n: number): string {
  const words = [...ordinalMap()].find(([, v]) => v === n)?.[0];
  if (words) return words;
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
}

function anomaly(articleId: string, quote: string, span: readonly [number, number], explanation: string, kind = "inconsistent-number"): Anomaly {
  return { kind, articleId, quote, span: [span[0], span[1]], suggestion: null, explanation };
}

/** Words that put an event ahead of the story's date, and words that put it before (the modality pack). */
const UPCOMING = lazyPattern(() => `\\b(${alternatives(modalityWords().upcoming, " ")})\\b`, "i");
const DONE = lazyPattern(() => `\\b(${alternatives(modalityWords().done, " ")})\\b`, "i");

/**
 * Tense against the calendar: an event dated before the article's publication described as still
 * to come ("will visit on 4 March" in an article of 10 March), or one dated after it described as
 * done. Only fully dated events (day known) in dated articles are checked.
 */
export function tenseAnomalies(x: ExtractedDoc): Anomaly[] {
  const published = x.doc.article.published?.slice(0, 10);
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return [];
  const out: Anomaly[] = [];
  for (const c of x.claims) {
    if (!c.frame || c.frame.type !== "visit") continue;
    const value = c.frame.roles["date"];
    if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) continue;
    const [start = value, end = start] = value.split("/");
    const sentence = x.doc.sentences[c.sentence];
    if (!sentence) continue;
    if (end < published && UPCOMING().test(sentence.text) && !DONE().test(sentence.text)) {
      out.push(anomaly(x.doc.article.id, sentence.text, sentence.span, `Describes as still to come an event dated ${value}, before the article's publication on ${published}.`, "temporal-inconsistency"));
    } else if (start > published && DONE().test(sentence.text) && !UPCOMING().test(sentence.text)) {
      out.push(anomaly(x.doc.article.id, sentence.text, sentence.span, `Describes as already done an event dated ${value}, after the article's publication on ${published}.`, "temporal-inconsistency"));
    }
  }
  return out;
}
