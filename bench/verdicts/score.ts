/**
 * @module Scoring a report against one event's gold facts, by the matching rules of
 * bench/verdicts/LABELLING.md: which gold items a fact's evidence supports, whether each verdict
 * is right, which gold facts and disagreements were recalled, garble flags and junk. Every
 * judged fact keeps its reason so the benchmark can list errors with their quotes.
 */
import type { Anomaly, Fact, Report } from "../../src/report/types.ts";
import { type GoldEvent, normalizeForMatch, quoteMatchesAnchor } from "./gold.ts";

/** A gold item a fact can support: a key fact, or one value of a disagreement. */
interface GoldItem {
  readonly key: string; // "k3" or "d1#0"
  readonly group: string; // "k3" or "d1"
  readonly value: string;
  readonly statedBy: Readonly<Record<string, string>>;
  readonly origins?: number;
}

export type Judgement = "right" | "wrong" | "unjudged";

export interface JudgedFact {
  readonly event: string;
  readonly verdict: Fact["verdict"];
  readonly judgement: Judgement;
  readonly reason: string;
  readonly statement: string;
  readonly quotes: readonly { file: string; value: string; quote: string }[];
  /** A corroborated fact whose quotes are mostly about different gold items (see mixedFact). */
  readonly mixed?: boolean;
}

export interface JudgedFlag {
  readonly event: string;
  readonly kind: string;
  readonly right: boolean;
  readonly file: string;
  readonly quote: string;
  readonly suggestion: string | null;
}

export interface Missed {
  readonly event: string;
  readonly id: string;
  readonly what: string;
  readonly why: string;
}

export interface EventScore {
  readonly event: string;
  readonly facts: readonly JudgedFact[];
  readonly flags: readonly JudgedFlag[];
  readonly keyFacts: number;
  readonly keyRecalled: number;
  readonly disagreements: number;
  readonly disagreementsRecalled: number;
  readonly missed: readonly Missed[];
  readonly junk: readonly { statement: string; why: string }[];
  readonly totalFacts: number;
}

function goldItems(gold: GoldEvent): GoldItem[] {
  const items: GoldItem[] = gold.facts.map((f) => ({
    key: f.id,
    group: f.id,
    value: f.value,
    statedBy: f.statedBy,
    ...(f.origins !== undefined ? { origins: f.origins } : {}),
  }));
  for (const d of gold.disagreements) d.values.forEach((v, i) => items.push({ key: `${d.id}#${i}`, group: d.id, value: v.value, statedBy: v.statedBy }));
  return items;
}

/** Files grouped into origins: a `copies` group is one origin, every other file its own. */
function originOf(gold: GoldEvent): (file: string) => string {
  const map = new Map<string, string>();
  for (const group of gold.copies) {
    const root = [...group].sort()[0] ?? "";
    for (const f of group) map.set(f, root);
  }
  return (file) => map.get(file) ?? file;
}

function originCount(files: Iterable<string>, origin: (f: string) => string): number {
  return new Set([...files].map(origin)).size;
}

/** Independent origins of a gold item: its files with copies collapsed, or the labeller's count when lower. */
function itemOrigins(item: GoldItem, origin: (f: string) => string): number {
  const n = originCount(Object.keys(item.statedBy), origin);
  return item.origins !== undefined ? Math.min(n, item.origins) : n;
}

function numbersIn(text: string): string[] {
  return [...text.replace(/,(?=\d{3})/g, "").matchAll(/\d+(?:\.\d+)?/g)].map((m) => String(Number(m[0])));
}

/** A report value and a gold value are compatible unless both carry numbers and share none. */
export function valuesCompatible(reportValue: string, goldValue: string): boolean {
  const r = numbersIn(reportValue);
  const g = numbersIn(goldValue);
  return r.length === 0 || g.length === 0 || r.some((x) => g.includes(x));
}

interface Support {
  readonly variant: number;
  readonly file: string;
  readonly item: GoldItem;
  /** Which evidence quote of the variant it comes from. */
  readonly quoteIndex: number;
}

function supportsOf(fact: Fact, items: readonly GoldItem[], fileOf: (articleId: string) => string): Support[] {
  const out: Support[] = [];
  fact.variants.forEach((v, variant) => {
    v.evidence.forEach((e, quoteIndex) => {
      const file = fileOf(e.articleId);
      const hits = items.filter((item) => {
        const anchor = item.statedBy[file];
        return anchor !== undefined && quoteMatchesAnchor(e.quote, anchor);
      });
      // one sentence can carry several gold items: the value decides between them when it can
      const fitting = hits.filter((item) => valuesCompatible(e.reading ?? v.value, item.value));
      for (const item of fitting.length > 0 ? fitting : hits) out.push({ variant, file, item, quoteIndex });
    });
  });
  return out;
}

function judgeContested(supports: readonly Support[]): { judgement: Judgement; reason: string; groups: Set<string> } {
  const groups = new Set<string>();
  const byGroup = new Map<string, Support[]>();
  for (const s of supports) if (s.item.key.includes("#")) byGroup.set(s.item.group, [...(byGroup.get(s.item.group) ?? []), s]);
  for (const [group, list] of byGroup) {
    const pairs = list.some((a) => list.some((b) => a.variant !== b.variant && a.item.key !== b.item.key));
    if (pairs) groups.add(group);
  }
  if (groups.size > 0) return { judgement: "right", reason: `real disagreement ${[...groups].join(", ")}`, groups };
  if (supports.length === 0) return { judgement: "wrong", reason: "matches no gold disagreement (and no gold fact)", groups };
  const keys = [...new Set(supports.map((s) => s.item.key))];
  return { judgement: "wrong", reason: `variants do not split over a gold disagreement's values (touches ${keys.join(", ")})`, groups };
}

function judgeByOrigins(
  fact: Fact,
  supports: readonly Support[],
  gold: GoldEvent,
  origin: (f: string) => string,
): { judgement: Judgement; reason: string } {
  if (supports.length === 0) return { judgement: "unjudged", reason: "no evidence touches a gold item" };
  const filesByItem = new Map<string, Set<string>>();
  for (const s of supports) filesByItem.set(s.item.key, (filesByItem.get(s.item.key) ?? new Set()).add(s.file));
  if (fact.verdict === "corroborated") {
    for (const [key, files] of filesByItem) {
      const item = goldItems(gold).find((i) => i.key === key);
      if (originCount(files, origin) >= 2 && (!item || itemOrigins(item, origin) >= 2)) return { judgement: "right", reason: `${key} stated by ${[...files].join(", ")}` };
    }
    return { judgement: "wrong", reason: `no gold item is supported by two origins (touches ${[...filesByItem.keys()].join(", ")})` };
  }
  // single-source: right when one of the supported items has one origin in the gold
  const items = goldItems(gold);
  const counts = [...filesByItem.keys()].map((key) => {
    const item = items.find((i) => i.key === key);
    return { key, n: item ? itemOrigins(item, origin) : 1, files: Object.keys(item?.statedBy ?? {}) };
  });
  const single = counts.find((c) => c.n === 1);
  if (single) return { judgement: "right", reason: `${single.key} has one origin` };
  const first = counts[0];
  return { judgement: "wrong", reason: `missed corroboration: ${first?.key} is stated by ${first?.n} origins (${first?.files.join(", ")})` };
}

/**
 * A corroborated fact is mixed when fewer than half of its quotes that touch the gold support its
 * most supported gold item (a fact or a disagreement): it quotes sentences about different things
 * as if they told one. Judged right or wrong on its best item, it is also counted here.
 */
function mixedFact(fact: Fact, supports: readonly Support[]): boolean {
  if (fact.verdict !== "corroborated") return false;
  const byQuote = new Map<string, Set<string>>();
  for (const s of supports) {
    const quote = `${s.variant}|${s.quoteIndex}`;
    byQuote.set(quote, (byQuote.get(quote) ?? new Set()).add(s.item.group));
  }
  if (byQuote.size === 0) return false;
  const count = new Map<string, number>();
  for (const groups of byQuote.values()) for (const g of groups) count.set(g, (count.get(g) ?? 0) + 1);
  return Math.max(...count.values()) / byQuote.size < 0.5;
}

const MID_WORD = /[\p{L}\p{N}]/u;

function junkReason(fact: Fact, gold: GoldEvent, fileOf: (id: string) => string, textOf: (id: string) => string | undefined): string | null {
  const s = fact.statement.trim();
  const words = s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 4) return "fragment (fewer than four words)";
  if (/(?:…|\.\.\.)\s*$/u.test(s)) return "cut with an ellipsis";
  for (const v of fact.variants)
    for (const e of v.evidence) {
      const text = textOf(e.articleId);
      const start = e.span[0];
      if (text && start > 0 && MID_WORD.test(text[start - 1] ?? "") && MID_WORD.test(text[start] ?? "")) return "starts in the middle of a word";
      for (const anchor of gold.junk[fileOf(e.articleId)] ?? []) if (quoteMatchesAnchor(e.quote, anchor)) return `junk line: "${anchor}"`;
    }
  return null;
}

function judgeFlag(a: Anomaly, gold: GoldEvent, fileOf: (id: string) => string, event: string): JudgedFlag {
  const file = fileOf(a.articleId);
  const quote = normalizeForMatch(a.quote);
  const right = gold.names.some(
    (n) => Object.keys(n.spellings).length >= 2 && Object.entries(n.spellings).some(([sp, files]) => files.includes(file) && quote.includes(normalizeForMatch(sp))),
  );
  return { event, kind: a.kind, right, file, quote: a.quote, suggestion: a.suggestion };
}

/** Score one report against its event's gold. `textOf` gives an article's normalized text (for mid-word starts). */
export function scoreEvent(gold: GoldEvent, report: Report, textOf: (articleId: string) => string | undefined): EventScore {
  const fileById = new Map(report.articles.map((a) => [a.id, a.origin.split(/[\\/]/).pop() ?? a.origin]));
  const fileOf = (id: string): string => fileById.get(id) ?? id;
  const items = goldItems(gold);
  const origin = originOf(gold);
  const facts: JudgedFact[] = [];
  const recalledDisagreements = new Set<string>();
  const recalledFacts = new Set<string>();
  const junk: { statement: string; why: string }[] = [];
  for (const fact of report.facts) {
    const supports = supportsOf(fact, items, fileOf);
    let judged: { judgement: Judgement; reason: string };
    if (fact.verdict === "contested") {
      const c = judgeContested(supports);
      for (const g of c.groups) recalledDisagreements.add(g);
      judged = c;
    } else judged = judgeByOrigins(fact, supports, gold, origin);
    // recall of key facts
    const filesByKey = new Map<string, Set<string>>();
    for (const s of supports) if (!s.item.key.includes("#")) filesByKey.set(s.item.key, (filesByKey.get(s.item.key) ?? new Set()).add(s.file));
    for (const [key, files] of filesByKey) {
      const item = items.find((i) => i.key === key);
      const needed = item ? itemOrigins(item, origin) : 1;
      if (needed >= 2 && fact.verdict === "corroborated" && originCount(files, origin) >= 2) recalledFacts.add(key);
      if (needed === 1 && fact.verdict === "single-source") recalledFacts.add(key);
    }
    facts.push({
      event: gold.event,
      verdict: fact.verdict,
      ...judged,
      ...(mixedFact(fact, supports) ? { mixed: true } : {}),
      statement: fact.statement,
      quotes: fact.variants.flatMap((v) => v.evidence.map((e) => ({ file: fileOf(e.articleId), value: v.value, quote: e.quote }))),
    });
    const why = junkReason(fact, gold, fileOf, textOf);
    if (why) junk.push({ statement: fact.statement, why });
  }
  const missed: Missed[] = [];
  for (const f of gold.facts)
    if (!recalledFacts.has(f.id)) {
      const n = itemOrigins(items.find((i) => i.key === f.id) as GoldItem, origin);
      missed.push({ event: gold.event, id: f.id, what: `${f.subject} · ${f.slot} = ${f.value}`, why: n >= 2 ? `not corroborated across ${n} origins` : "not a single-source fact" });
    }
  for (const d of gold.disagreements)
    if (!recalledDisagreements.has(d.id))
      missed.push({ event: gold.event, id: d.id, what: `${d.subject} · ${d.slot}: ${d.values.map((v) => v.value).join(" vs ")}`, why: "not surfaced as contested" });
  const flags = report.anomalies.filter((a) => a.kind === "garbled-name" || a.kind === "name-variant").map((a) => judgeFlag(a, gold, fileOf, gold.event));
  return {
    event: gold.event,
    facts,
    flags,
    keyFacts: gold.facts.length,
    keyRecalled: recalledFacts.size,
    disagreements: gold.disagreements.length,
    disagreementsRecalled: recalledDisagreements.size,
    missed,
    junk,
    totalFacts: report.facts.length,
  };
}

export interface SplitFigures {
  readonly contested_precision: number | null;
  readonly disagreement_recall: number | null;
  readonly corroborated_precision: number | null;
  readonly single_source_correct: number | null;
  readonly key_fact_recall: number | null;
  readonly garble_precision: number | null;
  readonly name_variant_precision: number | null;
  readonly junk_share: number | null;
  readonly mixed_share: number | null;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

function judgedRatio(facts: readonly JudgedFact[], verdict: Fact["verdict"]): { right: number; judged: number; unjudged: number } {
  const list = facts.filter((f) => f.verdict === verdict);
  const right = list.filter((f) => f.judgement === "right").length;
  const judged = list.filter((f) => f.judgement !== "unjudged").length;
  return { right, judged, unjudged: list.length - judged };
}

/** The split's figures, micro-averaged over its events. */
export function splitFigures(scores: readonly EventScore[]): SplitFigures & { counts: Record<string, string> } {
  const facts = scores.flatMap((s) => s.facts);
  const flags = scores.flatMap((s) => s.flags);
  const con = judgedRatio(facts, "contested");
  const cor = judgedRatio(facts, "corroborated");
  const single = judgedRatio(facts, "single-source");
  const key = scores.reduce((n, s) => n + s.keyFacts, 0);
  const keyHit = scores.reduce((n, s) => n + s.keyRecalled, 0);
  const dis = scores.reduce((n, s) => n + s.disagreements, 0);
  const disHit = scores.reduce((n, s) => n + s.disagreementsRecalled, 0);
  const garbles = flags.filter((f) => f.kind === "garbled-name");
  const variants = flags.filter((f) => f.kind === "name-variant");
  const total = scores.reduce((n, s) => n + s.totalFacts, 0);
  const junk = scores.reduce((n, s) => n + s.junk.length, 0);
  const mixed = facts.filter((f) => f.mixed === true && f.judgement !== "unjudged").length;
  return {
    contested_precision: ratio(con.right, con.judged),
    disagreement_recall: ratio(disHit, dis),
    corroborated_precision: ratio(cor.right, cor.judged),
    single_source_correct: ratio(single.right, single.judged),
    key_fact_recall: ratio(keyHit, key),
    garble_precision: ratio(garbles.filter((f) => f.right).length, garbles.length),
    name_variant_precision: ratio(variants.filter((f) => f.right).length, variants.length),
    junk_share: ratio(junk, total),
    mixed_share: ratio(mixed, cor.judged),
    counts: {
      contested: `${con.right}/${con.judged}`,
      disagreements: `${disHit}/${dis}`,
      corroborated: `${cor.right}/${cor.judged} (+${cor.unjudged} unjudged)`,
      "single-source": `${single.right}/${single.judged} (+${single.unjudged} unjudged)`,
      "key facts": `${keyHit}/${key}`,
      "garbled-name": `${garbles.filter((f) => f.right).length}/${garbles.length}`,
      "name-variant": `${variants.filter((f) => f.right).length}/${variants.length}`,
      junk: `${junk}/${total}`,
      mixed: `${mixed}/${cor.judged} corroborated`,
    },
  };
}
