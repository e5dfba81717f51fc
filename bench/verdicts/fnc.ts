/**
 * @module FNC-1 stance as an automatic measure of contradiction. For each headline of the
 * competition test set, the headline (as a one-sentence article) and all its paired bodies are
 * analyzed together; each body's stance is read off the report: `disagree` when a contested fact
 * has the headline in one variant and the body in another, `agree` when a fact carries both in
 * one variant, `discuss` when the body shares the headline's story, else `unrelated`. Nothing is
 * fitted on FNC-1. Printed beside the three top systems' predictions on the same pairs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticles, loadKnowledge, parseContent, type Article, type Report } from "../../src/index.ts";
import { withLanguages } from "../../src/ingest/index.ts";
import { parseCsv } from "../stories/data.ts";

export const STANCES = ["agree", "disagree", "discuss", "unrelated"] as const;
export type Stance = (typeof STANCES)[number];

interface Pair {
  readonly headline: string;
  readonly body: string;
  readonly stance: Stance;
}

function readStances(path: string): Pair[] {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  if (!header) return [];
  const [h, b, s] = [header.indexOf("Headline"), header.indexOf("Body ID"), header.indexOf("Stance")];
  return rows.filter((r) => r.length > s).map((r) => ({ headline: r[h] ?? "", body: r[b] ?? "", stance: (r[s] ?? "unrelated") as Stance }));
}

/** FNC-1's weighted score: 0.25 for related/unrelated right, 0.75 more for the right related stance. */
export function fncScore(gold: readonly Stance[], pred: readonly Stance[]): { score: number; max: number } {
  let score = 0;
  let max = 0;
  gold.forEach((g, i) => {
    const p = pred[i] ?? "unrelated";
    max += g === "unrelated" ? 0.25 : 1;
    if ((g === "unrelated") === (p === "unrelated")) score += 0.25;
    if (g !== "unrelated" && g === p) score += 0.75;
  });
  return { score, max };
}

export function perClassF1(gold: readonly Stance[], pred: readonly Stance[]): Record<Stance, number> {
  const out = {} as Record<Stance, number>;
  for (const c of STANCES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    out[c] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return out;
}

/** Each body's stance toward the headline article, read off one report. */
export function stancesFromReport(report: Report, headlineId: string, bodyIds: readonly string[]): Stance[] {
  const story = report.stories.find((s) => s.articleIds.includes(headlineId));
  const agree = new Set<string>();
  const disagree = new Set<string>();
  for (const fact of report.facts) {
    const variantOf = (id: string): number => fact.variants.findIndex((v) => v.evidence.some((e) => e.articleId === id));
    const hv = variantOf(headlineId);
    if (hv < 0) continue;
    fact.variants.forEach((v, i) => {
      for (const e of v.evidence) {
        if (e.articleId === headlineId) continue;
        if (i === hv) agree.add(e.articleId);
        else if (fact.verdict === "contested") disagree.add(e.articleId);
      }
    });
  }
  return bodyIds.map((id) => {
    if (disagree.has(id)) return "disagree";
    if (agree.has(id)) return "agree";
    if (story?.articleIds.includes(id)) return "discuss";
    return "unrelated";
  });
}

function article(origin: string, text: string): Article | null {
  const r = parseContent(origin, new TextEncoder().encode(JSON.stringify({ text })));
  return r.articles[0] ?? null;
}

export async function runFnc(dataDir: string, options: { headlines?: number } = {}): Promise<void> {
  const dir = join(dataDir, "fnc1");
  const stancesPath = join(dir, "competition_test_stances.csv");
  if (!existsSync(stancesPath)) {
    process.stdout.write(`\nFNC-1 not found at ${dir} (see ../shared/bench-data/README.md); skipping the stance measure.\n`);
    return;
  }
  const [bh, ...brows] = parseCsv(readFileSync(join(dir, "competition_test_bodies.csv"), "utf8").replace(/^\uFEFF/, ""));
  const bodies = new Map<string, string>();
  if (bh) for (const r of brows) bodies.set(r[bh.indexOf("Body ID")] ?? "", r[bh.indexOf("articleBody")] ?? "");
  const pairs = readStances(stancesPath);
  const byHeadline = new Map<string, number[]>();
  pairs.forEach((p, i) => byHeadline.set(p.headline, [...(byHeadline.get(p.headline) ?? []), i]));
  let headlines = [...byHeadline.keys()];
  if (options.headlines && options.headlines < headlines.length) {
    const step = headlines.length / options.headlines;
    headlines = Array.from({ length: options.headlines }, (_, k) => headlines[Math.floor(k * step)] as string);
  }
  const kb = loadKnowledge();
  const chosen: number[] = [];
  const pred = new Map<number, Stance>();
  const started = performance.now();
  let analyzed = 0;
  for (const headline of headlines) {
    const idx = byHeadline.get(headline) ?? [];
    const h = article("headline.json", headline);
    const arts: Article[] = h ? [h] : [];
    const idOfPair = new Map<number, string>();
    for (const i of idx) {
      const p = pairs[i] as Pair;
      const a = article(`body-${p.body}.json`, bodies.get(p.body) ?? "");
      if (a) {
        arts.push(a);
        idOfPair.set(i, a.id);
      }
    }
    analyzed += arts.length;
    const report = h ? await analyzeArticles((await withLanguages({ articles: arts, errors: [] })).articles, { kb, generatedAt: "2000-01-01T00:00:00Z" }) : null;
    const ids = idx.map((i) => idOfPair.get(i) ?? "");
    const stances: Stance[] = report && h ? stancesFromReport(report, h.id, ids) : ids.map((): Stance => "unrelated");
    idx.forEach((i, k) => {
      chosen.push(i);
      pred.set(i, stances[k] ?? "unrelated");
    });
  }
  const secs = (performance.now() - started) / 1000;
  const gold = chosen.map((i) => (pairs[i] as Pair).stance);
  const line = (name: string, p: readonly Stance[]): string => {
    const { score, max } = fncScore(gold, p);
    const f = perClassF1(gold, p);
    const macro = STANCES.reduce((s, c) => s + f[c], 0) / STANCES.length;
    return `fnc1 system=${name} score=${((100 * score) / max).toFixed(1)}% macro_f1=${macro.toFixed(3)} ${STANCES.map((c) => `f1_${c}=${f[c].toFixed(3)}`).join(" ")} pairs=${gold.length}`;
  };
  process.stdout.write(`\n== FNC-1 stance (competition test, ${headlines.length} headlines, ${gold.length} pairs, ${analyzed} articles analyzed in ${secs.toFixed(1)} s)\n`);
  process.stdout.write(`${line("triangulate", chosen.map((i) => pred.get(i) ?? "unrelated"))}\n`);
  for (const sys of ["athene", "riedel", "talos"]) {
    const path = join(dir, "top3_system_predictions", `${sys}_submission.csv`);
    if (!existsSync(path)) continue;
    const preds = readStances(path);
    process.stdout.write(`${line(sys, chosen.map((i) => preds[i]?.stance ?? "unrelated"))}\n`);
  }
  const allDiscuss = chosen.map((): Stance => "discuss");
  process.stdout.write(`${line("all-discuss", allDiscuss)}\n`);
}
