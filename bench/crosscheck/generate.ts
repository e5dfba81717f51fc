/**
 * @module A seeded, deterministic story generator for benchmarks: from a few real articles about
 * one event, derive many more by the kinds of reuse news has — copies under new outlet names,
 * near-copies with a few words swapped, sentences shuffled within paragraphs, a changed number
 * here and there, dropped paragraphs — and chains of them (a copy of a copy). Same seed and
 * sources, same articles; a longer run extends a shorter one (prefixes agree).
 */
import { seededStream } from "../../src/reuse/hash.ts";
import { articleId, normalizeText } from "../../src/text/normalize.ts";
import type { Article } from "../../src/types.ts";

type Rand = () => number;

/** What was done to derive an article (for the printout). */
export type Perturbation = "copy" | "swap" | "shuffle" | "number" | "drop";

export interface GeneratedStory {
  readonly articles: readonly Article[];
  /** Per generated article (after the sources), the perturbations applied. */
  readonly ops: readonly (readonly Perturbation[])[];
}

export interface GenerateOptions {
  readonly n: number;
  readonly seed?: number;
  /** Prefix of the synthetic `origin` (default "synthetic://bench"). */
  readonly originPrefix?: string;
}

/** Word swaps a copy editor or a rewriting aggregator makes; both directions are used. */
const SWAPS: readonly (readonly [string, string])[] = [
  ["said", "stated"],
  ["purchase", "acquisition"],
  ["weighing", "considering"],
  ["approved", "cleared"],
  ["talks", "discussions"],
  ["warned", "cautioned"],
  ["sharp", "strong"],
  ["officials", "authorities"],
  ["expected", "likely"],
  ["capital", "city"],
  ["deal", "agreement"],
  ["criticism", "condemnation"],
  ["little", "scant"],
  ["planned", "proposed"],
  ["said on", "announced on"],
  ["first", "earliest"],
  ["locked in", "engaged in"],
  ["added", "noted"],
];

const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const PLACE_STEMS = ["Ardena", "Varn", "Lessa", "Tarvo", "Holm", "Skarn", "Nord", "Eastbay", "Kest", "Brenn", "Ostra", "Marl", "Quill", "Dunmore", "Reed", "Calder"];
const KINDS = ["Times", "Post", "Herald", "Gazette", "Tribune", "Courier", "Observer", "Ledger", "Chronicle", "Wire", "Monitor", "Dispatch", "Express", "Journal"];

function pick<T>(r: Rand, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function uniform(seed: number): Rand {
  const s = seededStream(seed);
  return () => s() / 4294967296;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Swap `count` words for their counterparts, at random occurrences. */
function swapWords(text: string, r: Rand, count: number): string {
  let t = text;
  for (let i = 0; i < count; i++) {
    const [a, b] = pick(r, SWAPS);
    const [from, to] = r() < 0.5 ? [a, b] : [b, a];
    const re = new RegExp(`\\b${escapeRe(from)}\\b`, "g");
    const hits = [...t.matchAll(re)];
    const hit = hits.length > 0 ? pick(r, hits) : undefined;
    if (hit?.index === undefined) continue;
    t = t.slice(0, hit.index) + to + t.slice(hit.index + from.length);
  }
  return t;
}

/** Split a paragraph into sentences (good enough for news prose). */
function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["']?)\s+(?=["']?[A-Z])/);
}

function shuffle<T>(xs: T[], r: Rand): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

/** Change one small number (digits not part of a designation like "VR-300", or a number word). */
function changeNumber(text: string, r: Rand): string {
  const hits = [...text.matchAll(/(?<![\w-])(\d{1,3})(?![\w-])|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/g)];
  const hit = hits.length > 0 ? pick(r, hits) : undefined;
  if (hit?.index === undefined) return text;
  let replacement: string;
  if (hit[1] !== undefined) {
    const v = Number(hit[1]);
    const delta = Math.max(1, Math.round(v * (0.1 + r() * 0.4)));
    replacement = String(r() < 0.5 && v - delta > 0 ? v - delta : v + delta);
  } else {
    const i = NUMBER_WORDS.indexOf(hit[2] ?? "");
    const last = NUMBER_WORDS.length - 1;
    const j = i <= 0 ? 1 : i >= last ? last - 1 : r() < 0.5 ? i - 1 : i + 1;
    replacement = NUMBER_WORDS[j] ?? "two";
  }
  return text.slice(0, hit.index) + replacement + text.slice(hit.index + hit[0].length);
}

function outletName(i: number, r: Rand): string {
  const the = r() < 0.5 ? "The " : "";
  return `${the}${pick(r, PLACE_STEMS)} ${pick(r, KINDS)} ${i}`;
}

/** Derive one article from a parent. */
function derive(parent: Article, i: number, r: Rand, originPrefix: string): { article: Article; ops: Perturbation[] } {
  const ops: Perturbation[] = [];
  let paragraphs = parent.text.split("\n\n");
  if (r() < 0.2) {
    ops.push("copy");
  } else {
    if (r() < 0.7) {
      ops.push("swap");
      paragraphs = paragraphs.map((p) => (r() < 0.35 ? swapWords(p, r, 1 + Math.floor(r() * 3)) : p));
    }
    if (r() < 0.4) {
      ops.push("shuffle");
      paragraphs = paragraphs.map((p) => {
        const s = sentencesOf(p);
        return s.length > 1 && r() < 0.5 ? shuffle(s, r).join(" ") : p;
      });
    }
    if (r() < 0.35) {
      ops.push("number");
      const k = Math.floor(r() * paragraphs.length);
      paragraphs[k] = changeNumber(paragraphs[k] ?? "", r);
    }
    if (r() < 0.4 && paragraphs.length > 4) {
      ops.push("drop");
      const keep = paragraphs.filter((_, k) => k < 2 || r() >= 0.15);
      paragraphs = keep.length >= 3 ? keep : paragraphs;
    }
  }
  const text = normalizeText(paragraphs.join("\n\n"));
  const outlet = outletName(i, r);
  const title = parent.title === null ? null : ops.includes("swap") ? swapWords(parent.title, r, 1) : parent.title;
  const base = Date.parse(parent.published ?? "2026-03-10T08:00:00Z");
  const published = r() < 0.1 ? null : new Date(base + Math.floor(r() * 48) * 3_600_000).toISOString();
  const article: Article = {
    id: articleId({ outlet, title, text }),
    origin: `${originPrefix}/${i}`,
    outlet,
    url: null,
    title,
    published,
    byline: null,
    language: parent.language,
    format: "txt",
    text,
  };
  return { article, ops };
}

/**
 * The sources followed by perturbed derivatives until there are `n` articles (at least the
 * sources). Parents are mostly sources, sometimes earlier derivatives (copy chains).
 */
export function generateStory(sources: readonly Article[], options: GenerateOptions): GeneratedStory {
  const r = uniform(options.seed ?? 20260312);
  const prefix = options.originPrefix ?? "synthetic://bench";
  const articles: Article[] = [...sources];
  const ops: Perturbation[][] = [];
  for (let i = articles.length; i < options.n; i++) {
    const parent = r() < 0.7 ? pick(r, sources) : pick(r, articles);
    const d = derive(parent, i, r, prefix);
    articles.push(d.article);
    ops.push(d.ops);
  }
  return { articles, ops };
}
