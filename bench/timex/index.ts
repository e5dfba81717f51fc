/**
 * @module `npm run bench -- timex [--data DIR] [--split platinum|train] [--errors N]`: TempEval-3 time
 * expressions. Each document's TEXT is split into sentences and run through `extractTimexes` with the
 * document creation time as anchor (the DCT timex itself is outside TEXT, so it is not scored). Prints
 * strict/relaxed span P/R/F1 and value/type accuracy and F1 as the TE3 scorer defines them, for all four
 * TimeML types and for dates only (DATE+TIME, what `extractDates` returns), plus ms per sentence.
 */
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractTimexes } from "../../src/extract/dates/extract.ts";
import { add, emptyCounts, prf, type Counts, type Span } from "./score.ts";
import { parseTml, sentenceSpans, type TmlDoc } from "./tml.ts";

const SPLITS: Readonly<Record<string, readonly string[]>> = {
  platinum: ["Evaluation/te3-platinum"],
  train: ["Training/TBAQ-cleaned/TimeBank", "Training/TBAQ-cleaned/AQUAINT"],
};

interface Args {
  readonly data: string;
  readonly split: string;
  readonly errors: number;
}

function parseArgs(args: readonly string[]): Args {
  const get = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const defaultData = fileURLToPath(new URL("../../../shared/bench-data", import.meta.url));
  return {
    data: resolve(get("data") ?? process.env["TRIANGULATE_BENCH_DATA"] ?? defaultData),
    split: get("split") ?? "platinum",
    errors: Number(get("errors") ?? 0),
  };
}

async function loadDocs(root: string, dirs: readonly string[]): Promise<TmlDoc[]> {
  const docs: TmlDoc[] = [];
  for (const d of dirs) {
    const dir = join(root, d);
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".tml")).sort()) {
      docs.push(parseTml(f, await readFile(join(dir, f), "utf8")));
    }
  }
  return docs;
}

const pct = (x: number): string => (100 * x).toFixed(1);
const fx = (x: number): string => x.toFixed(3);

function report(label: string, c: Counts): { strict: number; relaxed: number; value: number } {
  const s = prf(c.strict, c.system, c.gold);
  const r = prf(c.relaxed, c.system, c.gold);
  const v = prf(c.value, c.system, c.gold);
  const t = prf(c.type, c.system, c.gold);
  console.log(`${label}: system ${c.system}, gold ${c.gold}, relaxed matches ${c.relaxed}`);
  console.log(`  strict span   P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f)}`);
  console.log(`  relaxed span  P ${pct(r.p)}  R ${pct(r.r)}  F1 ${pct(r.f)}`);
  console.log(`  value         accuracy ${pct(c.relaxed ? c.value / c.relaxed : 0)}  P ${pct(v.p)}  R ${pct(v.r)}  F1 ${pct(v.f)}`);
  console.log(`  type          accuracy ${pct(c.relaxed ? c.type / c.relaxed : 0)}  F1 ${pct(t.f)}`);
  return { strict: s.f, relaxed: r.f, value: v.f };
}

export async function main(args: string[]): Promise<void> {
  const a = parseArgs(args);
  const root = join(a.data, "tempeval3");
  const dirs = SPLITS[a.split];
  if (!dirs) {
    console.log(`timex: unknown split "${a.split}" (expected ${Object.keys(SPLITS).join(" or ")})`);
    return;
  }
  const missing = dirs.filter((d) => !existsSync(join(root, d)));
  if (missing.length) {
    console.log(`timex: benchmark data not found: ${missing.map((d) => join(root, d)).join(", ")}`);
    console.log("  Expected the TempEval-3 TimeML corpus (TBAQ-cleaned training, te3-platinum test) under <data>/tempeval3/;");
    console.log("  point to it with --data DIR or TRIANGULATE_BENCH_DATA (default ../shared/bench-data next to the repo).");
    console.log("timex skipped=1");
    return;
  }
  const docs = await loadDocs(root, dirs);
  const all = emptyCounts();
  const dates = emptyCounts();
  const isDate = (t: { type: string }): boolean => t.type === "DATE" || t.type === "TIME";
  const errors: string[] = [];
  let sentences = 0;
  let ms = 0;
  for (const doc of docs) {
    const system: Span[] = [];
    for (const [s0, s1] of sentenceSpans(doc.text)) {
      const t0 = performance.now();
      const found = extractTimexes(doc.text.slice(s0, s1), { anchor: doc.dct });
      ms += performance.now() - t0;
      sentences++;
      for (const t of found) system.push({ start: t.start + s0, end: t.end + s0, type: t.type, value: t.value });
    }
    const p = add(all, system, doc.timexes);
    add(dates, system.filter(isDate), doc.timexes.filter(isDate));
    if (errors.length < a.errors) {
      const q = (x: Span): string => JSON.stringify(doc.text.slice(x.start, x.end));
      for (const [s, g] of p.matched) {
        if (s.value !== g.value || s.start !== g.start || s.end !== g.end) errors.push(`${doc.id}\tVALUE\t${q(s)} ${s.type} ${s.value}\tgold ${q(g)} ${g.type} ${g.value}`);
      }
      for (const s of p.spurious) errors.push(`${doc.id}\tFP\t${q(s)} ${s.type} ${s.value}`);
      for (const g of p.missed) errors.push(`${doc.id}\tFN\t${q(g)} ${g.type} ${g.value}`);
    }
  }
  for (const e of errors.slice(0, a.errors)) console.log(e);
  console.log(`TempEval-3 ${a.split}: ${docs.length} documents, ${sentences} sentences (DCT timexes excluded)`);
  const r = report("all timexes (DATE, TIME, DURATION, SET)", all);
  const d = report("dates only (DATE, TIME)", dates);
  const perSentence = sentences ? ms / sentences : 0;
  console.log(`speed: ${perSentence.toFixed(3)} ms/sentence`);
  console.log(
    `timex strictF1=${fx(r.strict)} relaxedF1=${fx(r.relaxed)} valueF1=${fx(r.value)} dateStrictF1=${fx(d.strict)} dateRelaxedF1=${fx(d.relaxed)} dateValueF1=${fx(d.value)} msPerSentence=${perSentence.toFixed(3)} split=${a.split}`,
  );
}
