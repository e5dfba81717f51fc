/**
 * @module `npm run bench -- paraphrase --candidates [--out FILE]`: the sentence pairs of the project's
 * own multi-outlet stories that are worth labelling, for the paraphrase model's training data.
 * A story is a folder of articles (bench/paraphrase/stories/*, examples/summit-story,
 * test/fixtures/*). A pair is two sentences of different articles of one story whose IDF-weighted
 * content overlap (the claim aligner's measure) reaches MIN_OVERLAP: the pairs an aligner must
 * decide on. Identical sentences are kept once per sentence text (copies are easy and many).
 * Pairs already labelled in own-labelled.json are skipped. No model score is written, so labels
 * are made without seeing what the model thinks.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildIdf, sentenceFeatures, termOverlap, type SimFeatures } from "../../src/crosscheck/similarity.ts";
import { segment } from "../../src/text/sentences.ts";
import { splitBlocks } from "../../src/text/blocks.ts";
import { argValue, repoRoot } from "../data.ts";
import { ownPairs } from "./own-pairs.ts";

/** Content overlap from which a pair is a candidate. */
export const MIN_OVERLAP = 0.3;

const ROOT = repoRoot + "/";

/** Story folders: each holds one story's articles. */
export function storyFolders(): string[] {
  const folders: string[] = [join(ROOT, "examples/summit-story")];
  for (const base of ["bench/paraphrase/stories", "test/fixtures"]) {
    const dir = join(ROOT, base);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).sort();
    for (const n of names) if (statSync(join(dir, n)).isDirectory()) folders.push(join(dir, n));
  }
  return folders;
}

/** The body text of an article file: front matter dropped; JSON and HTML files are skipped. */
function body(path: string): string | null {
  if (!/\.(md|txt)$/.test(path) || /README\.md$/.test(path)) return null;
  const raw = readFileSync(path, "utf8");
  return raw.replace(/^---\n[\s\S]*?\n---\n/, "");
}

export interface StorySentence {
  readonly article: string;
  readonly text: string;
}

export function storySentences(folder: string): StorySentence[] {
  const out: StorySentence[] = [];
  for (const name of readdirSync(folder).sort()) {
    const text = body(join(folder, name));
    if (text === null) continue;
    for (const block of splitBlocks(text)) {
      if (block.kind !== "prose") continue;
      for (const s of segment(text, block.span)) {
        const t = text.slice(s.span[0], s.span[1]).trim();
        if (t.split(/\s+/).length >= 5) out.push({ article: name, text: t });
      }
    }
  }
  return out;
}

export interface Candidate {
  readonly story: string;
  readonly a: string;
  readonly b: string;
}

export function candidates(): Candidate[] {
  const seen = new Set(ownPairs().map((p) => key(p.a, p.b)));
  const out: Candidate[] = [];
  for (const folder of storyFolders()) {
    const sentences = storySentences(folder);
    const features: SimFeatures[] = sentences.map((s) => sentenceFeatures(s.text));
    const idf = buildIdf(features);
    const identicalKept = new Set<string>();
    for (let i = 0; i < sentences.length; i++) {
      for (let j = i + 1; j < sentences.length; j++) {
        const x = sentences[i] as StorySentence;
        const y = sentences[j] as StorySentence;
        if (x.article === y.article) continue;
        const k = key(x.text, y.text);
        if (seen.has(k)) continue;
        if (x.text === y.text) {
          if (identicalKept.has(x.text)) continue;
          identicalKept.add(x.text);
        }
        if (termOverlap(features[i] as SimFeatures, features[j] as SimFeatures, idf).f < MIN_OVERLAP) continue;
        seen.add(k);
        out.push({ story: folder.slice(ROOT.length), a: x.text, b: y.text });
      }
    }
  }
  return out;
}

const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function main(args: string[]): void {
  const list = candidates();
  const out = argValue(args, "out");
  const byStory = new Map<string, number>();
  for (const c of list) byStory.set(c.story, (byStory.get(c.story) ?? 0) + 1);
  for (const [s, n] of byStory) console.log(`${s}: ${n} candidate pairs`);
  console.log(`${list.length} candidate pairs (content overlap ≥ ${MIN_OVERLAP}, not yet labelled)`);
  if (out) {
    writeFileSync(out, JSON.stringify(list, null, 1) + "\n");
    console.log(`written to ${out}`);
  }
}
