/**
 * @module `npm run bench -- ner [--data DIR] [--split test|valid|train] [--limit N] [--errors N]`:
 * CoNLL-2003 English named entities. Rebuilds each document's text (tokens space-joined, one
 * sentence per line), runs tokenizeForNames + findNames over the whole document, maps chunks
 * back to CoNLL tokens and scores exact span+type like conlleval.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { requireDataset } from "../data.ts";
import { fileURLToPath } from "node:url";
import { findNames, tokenizeForNames } from "../../src/extract/names.ts";
import { entitiesFromTags, parseConll, prf, scoreDoc, type ConllDoc, type Entity, type TypeScore } from "./conll.ts";

const SPLITS: Record<string, string> = { test: "test.txt", valid: "valid.txt", train: "train.txt" };
const TYPES = ["PER", "ORG", "LOC", "MISC"] as const;

interface Args {
  split: string;
  limit: number;
  errors: number;
}

function parseArgs(args: readonly string[]): Args {
  const get = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  return {
    split: get("split") ?? "test",
    limit: Number(get("limit") ?? Infinity),
    errors: Number(get("errors") ?? 0),
  };
}

interface Built {
  text: string;
  starts: number[];
  ends: number[];
  gold: Entity[];
  words: string[];
}

function buildDoc(doc: ConllDoc): Built {
  const starts: number[] = [];
  const ends: number[] = [];
  const tags: string[] = [];
  const words: string[] = [];
  let text = "";
  for (const sentence of doc.sentences) {
    if (text) text += "\n";
    sentence.forEach((t, i) => {
      if (i > 0) text += " ";
      starts.push(text.length);
      text += t.text;
      ends.push(text.length);
      tags.push(t.tag);
      words.push(t.text);
    });
  }
  return { text, starts, ends, gold: entitiesFromTags(tags), words };
}

/** Map a character span onto CoNLL token indices [start, end). */
function toTokens(b: Built, span: readonly [number, number]): [number, number] | null {
  let s = -1;
  let e = -1;
  for (let i = 0; i < b.starts.length; i++) {
    const a = b.starts[i] ?? 0;
    const z = b.ends[i] ?? 0;
    if (s < 0 && z > span[0]) s = i;
    if (a < span[1]) e = i + 1;
  }
  return s >= 0 && e > s ? [s, e] : null;
}

export async function main(args: string[]): Promise<void> {
  const opts = parseArgs(args);
  const file = SPLITS[opts.split];
  if (!file) {
    console.log(`ner: unknown split "${opts.split}"; use --split test|valid|train.`);
    return;
  }
  const dir = requireDataset(args, "conll2003");
  if (!dir) return;
  const path = join(dir, file);
  if (!existsSync(path)) {
    console.log(`ner: ${path} is missing; expected ${dir}/{train,valid,test}.txt (token POS chunk NER per line).`);
    return;
  }
  const docs = parseConll(await readFile(path, "utf8")).slice(0, opts.limit);
  const scores = new Map<string, TypeScore>();
  const errors: string[] = [];
  let ms = 0;
  for (const doc of docs) {
    const b = buildDoc(doc);
    const t0 = performance.now();
    const tokens = tokenizeForNames(b.text);
    const sentenceStart = tokens.map((t, i) => i === 0 || b.text[t.span[0] - 1] === "\n");
    const chunks = findNames(b.text, tokens, { sentenceStart });
    ms += performance.now() - t0;
    const pred: Entity[] = [];
    for (const c of chunks) {
      const r = toTokens(b, c.span);
      if (r) pred.push({ start: r[0], end: r[1], type: c.type });
    }
    scoreDoc(b.gold, pred, scores);
    if (errors.length < opts.errors) collectErrors(b, pred, errors);
  }
  for (const e of errors.slice(0, opts.errors)) console.log(e);
  const all = prf(scores.get("ALL") ?? { tp: 0, fp: 0, fn: 0 });
  console.log(`CoNLL-2003 ${opts.split}: ${docs.length} documents`);
  const f1s: Record<string, number> = {};
  for (const type of TYPES) {
    const s = scores.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    const r = prf(s);
    f1s[type] = r.f1;
    console.log(`${type.padEnd(5)} P=${pct(r.precision)} R=${pct(r.recall)} F1=${pct(r.f1)}  (tp=${s.tp} fp=${s.fp} fn=${s.fn})`);
  }
  console.log(`ALL   P=${pct(all.precision)} R=${pct(all.recall)} F1=${pct(all.f1)}`);
  console.log(`${(ms / Math.max(docs.length, 1)).toFixed(2)} ms/doc`);
  const f = (x: number): string => x.toFixed(4);
  console.log(
    `ner precision=${f(all.precision)} recall=${f(all.recall)} f1=${f(all.f1)} per=${f(f1s["PER"] ?? 0)} ` +
      `org=${f(f1s["ORG"] ?? 0)} loc=${f(f1s["LOC"] ?? 0)} misc=${f(f1s["MISC"] ?? 0)} ms_per_doc=${(ms / Math.max(docs.length, 1)).toFixed(2)} docs=${docs.length} split=${opts.split}`,
  );
}

function pct(x: number): string {
  return (x * 100).toFixed(2).padStart(6);
}

function collectErrors(b: Built, pred: readonly Entity[], out: string[]): void {
  const k = (e: Entity): string => `${e.start}:${e.end}:${e.type}`;
  const gold = new Set(b.gold.map(k));
  const predSet = new Set(pred.map(k));
  const show = (e: Entity): string => `${b.words.slice(e.start, e.end).join(" ")}/${e.type}`;
  const goldSpan = new Map(b.gold.map((e) => [`${e.start}:${e.end}`, e.type]));
  for (const e of pred) if (!gold.has(k(e))) out.push(`FP(${goldSpan.get(`${e.start}:${e.end}`) ?? "-"}) ${show(e)}   | ${b.words.slice(Math.max(0, e.start - 4), e.end + 3).join(" ")}`);
  for (const e of b.gold) if (!predSet.has(k(e))) out.push(`FN ${show(e)}   | ${b.words.slice(Math.max(0, e.start - 4), e.end + 3).join(" ")}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await main(process.argv.slice(2));
}
