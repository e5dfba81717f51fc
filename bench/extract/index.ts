/**
 * @module `npm run bench -- extract [--mb 1] [--seeds DIR] [--seed N]`: extraction speed
 * (text stage + extract stage) over a ~1 MB corpus built from the bundled example story and the
 * seed articles (../shared/seeds relative to the repo, or --seeds DIR, or env
 * TRIANGULATE_SEEDS; skipped when absent), repeated with seeded perturbations until the corpus
 * reaches the size. Prints articles/s, sentences/s, MB/s and peak RSS.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { extract } from "../../src/extract/index.ts";
import { ingest } from "../../src/ingest/index.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";
import { buildDoc } from "../../src/text/index.ts";
import type { Article } from "../../src/types.ts";
import { repoRoot } from "../data.ts";
import { generateStory } from "../crosscheck/generate.ts";

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function seedsDir(args: readonly string[]): string {
  return resolve(option(args, "--seeds") ?? process.env["TRIANGULATE_SEEDS"] ?? join(repoRoot, "..", "shared", "seeds"));
}

const bytesOf = (a: Article): number => Buffer.byteLength(a.text, "utf8");

/** Each source set is expanded by perturbation in turn until the corpus holds `targetBytes`. */
function buildCorpus(sets: readonly (readonly Article[])[], targetBytes: number, seed: number): Article[] {
  const corpus: Article[] = [];
  let bytes = 0;
  const perRound = 40;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const [k, set] of sets.entries()) {
      if (set.length === 0) continue;
      const story = generateStory(set, { n: set.length + perRound, seed: seed + 1000 * round + k, originPrefix: `synthetic://extract/${k}/${round}` });
      const fresh = round === 0 ? story.articles : story.articles.slice(set.length);
      for (const a of fresh) {
        if (bytes >= targetBytes) return corpus;
        corpus.push(a);
        bytes += bytesOf(a);
      }
    }
  }
  return corpus;
}

export async function main(args: string[]): Promise<void> {
  const mb = Number(option(args, "--mb") ?? 1) || 1;
  const seed = Number(option(args, "--seed") ?? 7) || 7;
  const example = join(repoRoot, "examples", "summit-story");
  const pack = join(example, "pack.json");
  const exampleArticles = (await ingest([example])).articles;
  const seeds = seedsDir(args);
  let seedArticles: readonly Article[] = [];
  if (existsSync(seeds)) seedArticles = (await ingest([seeds])).articles;
  else process.stdout.write(`seed articles not found at ${seeds} (--seeds DIR or TRIANGULATE_SEEDS); using the example story only\n`);
  if (exampleArticles.length + seedArticles.length === 0) {
    process.stdout.write(`no source articles could be read from ${example} or ${seeds}; skipping\n`);
    return;
  }
  const kb = loadKnowledge({ extraPacks: [pack] });
  const corpus = buildCorpus([exampleArticles, seedArticles], mb * 1_000_000, seed);
  const totalBytes = corpus.reduce((s, a) => s + bytesOf(a), 0);
  process.stdout.write(
    `corpus: ${corpus.length} articles, ${(totalBytes / 1e6).toFixed(2)} MB (from ${exampleArticles.length} example + ${seedArticles.length} seed articles)\n`,
  );
  const storyEntityIds = new Set<string>();
  // Warm-up: JIT, lazily loaded NLP model, knowledge-base indexes.
  for (const a of [...exampleArticles, ...seedArticles]) extract(buildDoc(a), { kb, storyEntityIds });
  let textMs = 0;
  let extractMs = 0;
  let sentences = 0;
  let claims = 0;
  let mentions = 0;
  const perArticle: number[] = [];
  for (const a of corpus) {
    const t0 = performance.now();
    const doc = buildDoc(a);
    const t1 = performance.now();
    const x = extract(doc, { kb, storyEntityIds });
    const t2 = performance.now();
    textMs += t1 - t0;
    extractMs += t2 - t1;
    perArticle.push(t2 - t0);
    sentences += doc.sentences.length;
    claims += x.claims.length;
    mentions += x.mentions.length;
  }
  const totalMs = textMs + extractMs;
  const sec = totalMs / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  perArticle.sort((x, y) => x - y);
  const pct = (p: number): number => perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))] ?? 0;
  const articlesPerSec = corpus.length / sec;
  const sentencesPerSec = sentences / sec;
  const mbPerSec = totalBytes / 1e6 / sec;
  process.stdout.write(
    `${corpus.length} articles, ${sentences} sentences, ${mentions} mentions, ${claims} claims in ${totalMs.toFixed(0)} ms ` +
      `(buildDoc ${textMs.toFixed(0)} ms = ${((100 * textMs) / totalMs).toFixed(0)}%, extract ${extractMs.toFixed(0)} ms = ${((100 * extractMs) / totalMs).toFixed(0)}%)\n` +
      `per article: median ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, max ${pct(1).toFixed(1)} ms\n` +
      `${articlesPerSec.toFixed(1)} articles/s, ${sentencesPerSec.toFixed(0)} sentences/s, ${mbPerSec.toFixed(3)} MB/s, peak RSS ${peakMb.toFixed(0)} MB\n`,
  );
  process.stdout.write(
    `extract articlesPerSec=${articlesPerSec.toFixed(1)} sentencesPerSec=${sentencesPerSec.toFixed(0)} mb=${(totalBytes / 1e6).toFixed(2)} mbPerSec=${mbPerSec.toFixed(3)} peakRssMb=${peakMb.toFixed(0)}\n`,
  );
}
