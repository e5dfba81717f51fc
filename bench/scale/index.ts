/**
 * @module `npm run bench -- scale [--n N] [--seed S] [--compare] [--threshold T]`: the cost of the
 * analysis front end over a day of world news. A seeded generator builds N articles with known
 * stories, exact copies and near-copies; the bench times ingest-equivalent work (article records,
 * normalization, content ids), text (word tokens), fingerprints (the product's `DuplicateIndex`:
 * exact copies, MinHash + LSH candidates confirmed by copied-word share, at its default settings,
 * which it prints) and story clustering (stems, entities, online centroids), and prints articles/s,
 * peak RSS, duplicate precision/recall and story B³ against the generated answers. `--compare` runs
 * 10k then 100k and prints the time ratio (target ≤ 12). Needs no bench data for that part.
 * Then the full pipeline on real news (real.ts): ECB+ dev as many stories and as one story, with the
 * wink-nlp pass beside it (target ≥ 200 articles/s on 2 cores); `--real-only` runs just that,
 * `--no-real` skips it.
 */
import { createHash } from "node:crypto";
import { resourceUsage } from "node:process";
import { DuplicateIndex, LshIndex, contentKey, wordTokens, type DuplicateSettings, type DuplicateStats } from "../../src/reuse/index.ts";
import { canonicalOrder, IncrementalStories } from "../../src/stories/index.ts";
import { clusterScores, pairScores } from "../stories/metrics.ts";
import { generateCorpus, type GeneratedArticle } from "./generate.ts";
import { argValue, benchDataDir } from "../data.ts";
import { realRates } from "./real.ts";

interface ScaleResult {
  readonly n: number;
  readonly seconds: number;
  readonly stages: Record<string, number>;
  readonly peakRssMb: number;
  readonly dup: { precision: number; recall: number; f1: number };
  readonly exactDup: { precision: number; recall: number; f1: number };
  /** Recall of the gold pairs that involve a near-copy. */
  readonly nearRecall: number;
  readonly story: { precision: number; recall: number; f1: number; ari: number };
  readonly stories: number;
  readonly dupSettings: DuplicateSettings;
  readonly dupStats: DuplicateStats;
}


let peakRss = 0;
function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Gold duplicate pairs: every pair inside a copy family (an original and its copies), or only those without / with a near-copy. */
function goldPairs(corpus: readonly GeneratedArticle[], which: "all" | "exact" | "near"): Set<string> {
  const families = new Map<number, number[]>();
  corpus.forEach((a, i) => {
    if (which === "exact" && a.copy === "near") return;
    const list = families.get(a.family);
    if (list) list.push(i);
    else families.set(a.family, [i]);
  });
  const out = new Set<string>();
  for (const m of families.values())
    for (let x = 0; x < m.length; x++)
      for (let y = x + 1; y < m.length; y++) {
        const [i, j] = [m[x] as number, m[y] as number];
        if (which !== "near" || corpus[i]?.copy === "near" || corpus[j]?.copy === "near") out.add(pairKey(i, j));
      }
  return out;
}

export function runScale(n: number, seed: number, threshold: number | undefined): ScaleResult {
  const corpus = generateCorpus({ n, seed });
  sampleRss();
  const stages: Record<string, number> = {};
  const lap = (name: string, t: number): number => {
    const now = performance.now();
    stages[name] = (stages[name] ?? 0) + (now - t) / 1000;
    return now;
  };
  const start = performance.now();
  let t = start;
  // ingest-equivalent: article records with normalized text and a content id
  const articles = corpus.map((a) => {
    const text = a.text.normalize("NFC").replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim();
    const contentId = createHash("sha1").update(contentKey(text)).digest("hex");
    return { id: a.id, title: a.title.trim(), text, published: a.published, contentId };
  });
  t = lap("ingest", t);
  sampleRss();
  // text (word tokens) + fingerprints (the product's DuplicateIndex: exact, then MinHash/LSH near-duplicates)
  const duplicates = new DuplicateIndex();
  const dupPairs = new Set<string>();
  const exactPairs = new Set<string>();
  const indexOf = new Map<string, number>();
  let tokenTime = 0;
  articles.forEach((a, i) => {
    const t0 = performance.now();
    const words = wordTokens(a.text);
    tokenTime += performance.now() - t0;
    indexOf.set(a.id, i);
    const match = duplicates.addWords(a.id, words.hashes);
    for (const id of match.identical) {
      const key = pairKey(i, indexOf.get(id) as number);
      dupPairs.add(key);
      exactPairs.add(key);
    }
    for (const near of match.near) dupPairs.add(pairKey(i, indexOf.get(near.id) as number));
    if (i % 5000 === 0) sampleRss();
  });
  t = lap("fingerprints", t);
  stages["text"] = tokenTime / 1000;
  stages["fingerprints"] = (stages["fingerprints"] ?? 0) - tokenTime / 1000;
  // clustering (feature extraction with stems and entities happens inside add)
  const clusterer = new IncrementalStories(threshold === undefined ? {} : { threshold });
  const ordered = canonicalOrder(articles);
  ordered.forEach((a, i) => {
    clusterer.add(a);
    if (i % 5000 === 0) sampleRss();
  });
  const stories = clusterer.stories();
  t = lap("clustering", t);
  const seconds = (t - start) / 1000;
  sampleRss();
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) storyOf.set(id, s.id);
  return {
    n,
    seconds,
    stages,
    peakRssMb: Math.max(peakRss, resourceUsage().maxRSS * 1024) / 2 ** 20,
    dup: pairScores(dupPairs, goldPairs(corpus, "all")),
    exactDup: pairScores(exactPairs, goldPairs(corpus, "exact")),
    nearRecall: pairScores(dupPairs, goldPairs(corpus, "near")).recall,
    story: clusterScores(articles.map((a) => storyOf.get(a.id) ?? a.id), corpus.map((a) => String(a.story))),
    stories: stories.length,
    dupSettings: duplicates.settings,
    dupStats: duplicates.stats,
  };
}

const f3 = (x: number): string => (Number.isNaN(x) ? "none" : x.toFixed(3));

/** The duplicate detector's settings, with its LSH S-curve: P(candidate) = 1 − (1 − s^rows)^bands. */
function describe(d: DuplicateSettings): string {
  const p = [0.9, 0.5, 0.3, 0.1].map((s) => `${s} → ${LshIndex.candidateProbability(s, d.bands, d.rows).toFixed(4)}`).join(", ");
  return `${d.shingleSize}-word shingles, ${d.numHashes} hashes, LSH ${d.bands} bands × ${d.rows} rows (buckets ≤ ${d.maxBucket}; P(candidate) at shingle Jaccard ${p}), near-duplicate at copied-word share ≥ ${d.threshold}`;
}

/** The machine-readable settings. */
function settingsKv(d: DuplicateSettings): string {
  return `shingle=${d.shingleSize} hashes=${d.numHashes} bands=${d.bands} rows=${d.rows} dup_threshold=${d.threshold}`;
}

function print(r: ScaleResult): void {
  const stages = Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(2)}s`).join(", ");
  console.log(`n=${r.n}: ${r.seconds.toFixed(2)} s (${stages}) → ${Math.round(r.n / r.seconds)} articles/s; peak RSS ${Math.round(r.peakRssMb)} MB`);
  console.log(`  duplicates (exact + near, pairs): P ${f3(r.dup.precision)} R ${f3(r.dup.recall)} F1 ${f3(r.dup.f1)}; exact only: P ${f3(r.exactDup.precision)} R ${f3(r.exactDup.recall)}; pairs with a near-copy: R ${f3(r.nearRecall)}`);
  const st = r.dupStats;
  console.log(
    `  duplicate index: ${st.indexed} indexed, ${(st.candidates / Math.max(1, st.indexed)).toFixed(3)} LSH candidates per indexed article, ${st.confirmed} near links; lowest confirmed share ${f3(st.lowestConfirmed)}, highest rejected ${f3(st.highestRejected)}`,
  );
  console.log(`  stories: ${r.stories} found; B³ P ${f3(r.story.precision)} R ${f3(r.story.recall)} F1 ${f3(r.story.f1)}; ARI ${f3(r.story.ari)}`);
}

async function printReal(args: readonly string[]): Promise<void> {
  const data = benchDataDir([...args]);
  const r = await realRates(data);
  if (!r) {
    console.log(`full pipeline on real news: skipped, no ${data}/ecbplus-dev (see ../shared/bench-data/README.md; --data DIR or TRIANGULATE_BENCH_DATA)`);
    return;
  }
  console.log(`full pipeline on real news (ECB+ dev, ${r.articles} articles, wall time after a warm-up, target ≥ 200 articles/s on 2 cores):`);
  console.log(`  wink-nlp pass alone (sentences, POS; the reference): ${r.winkPerSec.toFixed(0)} articles/s`);
  // CPU seconds of all threads beside each rate, and the cores they kept busy (CPU / wall).
  const cpu = (rate: number, seconds: number): string => `(${seconds.toFixed(1)} s CPU, ${(seconds / (r.articles / rate)).toFixed(2)} cores busy)`;
  console.log(`  full pipeline, many stories (${r.stories} stories), one thread: ${r.manyStoriesPerSec.toFixed(1)} articles/s ${cpu(r.manyStoriesPerSec, r.cpu.many)}`);
  console.log(`  full pipeline, many stories, ${r.threads} worker threads: ${r.manyStoriesThreadsPerSec.toFixed(1)} articles/s ${cpu(r.manyStoriesThreadsPerSec, r.cpu.manyThreads)}`);
  console.log(`  full pipeline, one story of all ${r.articles}: ${r.oneStoryPerSec.toFixed(1)} articles/s ${cpu(r.oneStoryPerSec, r.cpu.oneStory)}`);
  console.log(
    `scale_real articles=${r.articles} wink_per_s=${r.winkPerSec.toFixed(0)} pipeline_many_per_s=${r.manyStoriesPerSec.toFixed(1)} threads=${r.threads} pipeline_many_threads_per_s=${r.manyStoriesThreadsPerSec.toFixed(1)} pipeline_one_story_per_s=${r.oneStoryPerSec.toFixed(1)} cpu_many_s=${r.cpu.many.toFixed(2)} cpu_many_threads_s=${r.cpu.manyThreads.toFixed(2)} cpu_one_story_s=${r.cpu.oneStory.toFixed(2)}`,
  );
}

export async function main(args: string[]): Promise<void> {
  if (args.includes("--real-only")) return printReal(args);
  mainGenerated(args);
  if (!args.includes("--no-real")) await printReal(args);
}

function mainGenerated(args: string[]): void {
  const seed = Number(argValue(args, "seed") ?? 42);
  const th = argValue(args, "threshold");
  const threshold = th === undefined ? undefined : Number(th);
  console.log("scale: generated corpus, 2-core target ≥ 500 articles/s, ≤ 2048 MB peak at 100k, time(100k)/time(10k) ≤ 12");
  console.log(`duplicates: ${describe(new DuplicateIndex().settings)}`);
  if (args.includes("--compare")) {
    const small = runScale(10_000, seed, threshold);
    print(small);
    const large = runScale(100_000, seed, threshold);
    print(large);
    const ratio = large.seconds / small.seconds;
    console.log(`  time(100k)/time(10k) = ${ratio.toFixed(2)}`);
    console.log(
      `scale n=${large.n} articles_per_s=${Math.round(large.n / large.seconds)} seconds=${large.seconds.toFixed(2)} peak_rss_mb=${Math.round(large.peakRssMb)} ratio_100k_10k=${ratio.toFixed(2)} dup_p=${f3(large.dup.precision)} dup_r=${f3(large.dup.recall)} story_p=${f3(large.story.precision)} story_r=${f3(large.story.recall)} story_f1=${f3(large.story.f1)} ${settingsKv(large.dupSettings)}`,
    );
    return;
  }
  const r = runScale(Number(argValue(args, "n") ?? 100_000), seed, threshold);
  print(r);
  console.log(
    `scale n=${r.n} articles_per_s=${Math.round(r.n / r.seconds)} seconds=${r.seconds.toFixed(2)} peak_rss_mb=${Math.round(r.peakRssMb)} dup_p=${f3(r.dup.precision)} dup_r=${f3(r.dup.recall)} story_p=${f3(r.story.precision)} story_r=${f3(r.story.recall)} story_f1=${f3(r.story.f1)} ${settingsKv(r.dupSettings)}`,
  );
}
