/**
 * @module Story clustering on the project's own multi-outlet stories (bench/paraphrase/stories:
 * 5–6 articles of one invented event each, over one to several days): each story fed alone (how
 * many split into more than one story: a reader's batch on one event should be one story) and all
 * fed together (B³ against the folders). Own data, so it runs without the bench-data folder.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { clusterStories, type StoryDoc, type StoryOptions } from "../../src/stories/index.ts";
import { repoRoot } from "../data.ts";
import { clusterScores, type ClusterScores } from "./metrics.ts";

const FRONT = /^---\ntitle: (.*)\noutlet: .*\npublished: (.*)\n---\n([\s\S]*)$/;

export interface OwnStoriesOutcome {
  readonly stories: number;
  readonly articles: number;
  readonly splitAlone: number;
  readonly mixed: ClusterScores;
}

export function ownStories(options: StoryOptions = {}): OwnStoriesOutcome | null {
  const base = join(repoRoot, "bench", "paraphrase", "stories");
  let folders: string[];
  try {
    folders = readdirSync(base).sort();
  } catch {
    return null;
  }
  const all: StoryDoc[] = [];
  const gold: string[] = [];
  let splitAlone = 0;
  for (const folder of folders) {
    const docs: StoryDoc[] = [];
    for (const f of readdirSync(join(base, folder)).sort()) {
      if (!f.endsWith(".md") || f === "README.md") continue;
      const m = FRONT.exec(readFileSync(join(base, folder, f), "utf8"));
      if (m) docs.push({ id: `${folder}/${f}`, title: m[1] ?? null, text: m[3] ?? "", published: m[2] ?? null });
    }
    if (docs.length === 0) continue;
    if (clusterStories(docs, options).length > 1) splitAlone++;
    all.push(...docs);
    gold.push(...docs.map(() => folder));
  }
  const predicted = new Map<string, string>();
  for (const s of clusterStories(all, options)) for (const id of s.articleIds) predicted.set(id, s.id);
  return { stories: new Set(gold).size, articles: all.length, splitAlone, mixed: clusterScores(all.map((d) => predicted.get(d.id) ?? ""), gold) };
}
