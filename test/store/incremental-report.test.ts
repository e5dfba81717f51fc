/**
 * @module Store ingest in batches reuses per-article work between analyses (extract/memo.ts), and
 * each story's stored report is still the report a from-scratch analysis gives: the project's
 * fixture stories ingested a few articles at a time, stories growing over several batches, against
 * the same articles ingested in one batch and analyzed without the memo.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../../src/ingest/index.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";
import { analyzeArticles } from "../../src/pipeline.ts";
import { ArticleMemo } from "../../src/extract/memo.ts";
import { openStore } from "../../src/store/open.ts";
import { ingestIntoStore } from "../../src/store/library.ts";
import { defaultPipeline, type Pipeline } from "../../src/store/pipeline-port.ts";
import type { Store } from "../../src/store/types.ts";
import type { Article } from "../../src/types.ts";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const folders = [path.join(root, "examples", "summit-story"), ...["tank-deal", "earthquake", "short-visit"].map((f) => path.join(root, "test", "fixtures", f))];
const generatedAt = "2026-01-01T00:00:00.000Z";

/**
 * One article of each story in turn, in batches of `size`: every story grows over several batches.
 * Each story's files in reverse order: the example story's garbled names (northern-ledger.txt,
 * meridian-times.md) come before the other articles that name the entities, so the outlets their
 * explanations cite change as the story grows, and a stale extraction would show.
 */
function interleaved(articles: readonly Article[], size: number): Article[][] {
  const byFolder = new Map<string, Article[]>();
  for (const a of [...articles].reverse()) byFolder.set(path.dirname(a.origin), [...(byFolder.get(path.dirname(a.origin)) ?? []), a]);
  const stream: Article[] = [];
  for (let i = 0; stream.length < articles.length; i++)
    for (const list of byFolder.values()) {
      const a = list[i];
      if (a !== undefined) stream.push(a);
    }
  const out: Article[][] = [];
  for (let i = 0; i < stream.length; i += size) out.push(stream.slice(i, i + size));
  return out;
}

/**
 * Sorted article ids → the story's stored report, its story id left out and its member list
 * sorted (a story's id comes from the article that started it in the store, and its members are
 * listed in the order they were stored: both depend on the batches, not on the analysis).
 */
async function reports(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of await store.listStories()) {
    const ids = [...((await store.getStory(s.id))?.articleIds ?? [])].sort();
    const report = await store.getReport(s.id);
    const json = JSON.stringify(report, (key, value: unknown) => (key === "articleIds" && Array.isArray(value) ? [...(value as string[])].sort() : value));
    out.set(ids.join(" "), json.split(JSON.stringify(s.id)).join('"(story)"'));
  }
  return out;
}

describe("incremental store ingest", () => {
  let articles: Article[] = [];
  const stores: Store[] = [];
  before(async () => {
    articles = [...(await ingest(folders)).articles];
  });
  after(async () => {
    for (const s of stores) await s.close();
  });

  it("gives each story the report of a from-scratch analysis of its articles, extracting old articles once", async () => {
    // The example story's pack: it knows the designations its garbled names are read against.
    const kb = loadKnowledge({ extraPacks: [path.join(root, "examples", "summit-story", "pack.json")] });
    const real = await defaultPipeline();
    const memo = new ArticleMemo();
    const withMemo: Pipeline = { ...real, analyze: (list, o) => analyzeArticles(list, { ...o, singleStory: true, kb, memo }) };
    const fromScratch: Pipeline = { ...real, analyze: (list, o) => analyzeArticles(list, { ...o, singleStory: true, kb }) };
    const [batched, once] = [await openStore({ memory: true, databaseUrl: null }), await openStore({ memory: true, databaseUrl: null })];
    stores.push(batched, once);
    const batches = interleaved(articles, 3);
    assert.ok(batches.length >= 5, `batches: ${batches.length}`);
    let analyzed = 0;
    for (const batch of batches) {
      const result = await ingestIntoStore(batched, batch, { pipeline: withMemo, generatedAt });
      analyzed += result.stories.reduce((n, s) => n + s.articles, 0);
    }
    await ingestIntoStore(once, articles, { pipeline: fromScratch, generatedAt });

    const expected = await reports(once);
    const actual = await reports(batched);
    assert.ok(expected.size >= 4, `stories: ${expected.size}`);
    assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
    assert.ok([...expected.values()].some((r) => r.includes("other articles of this story (")), "a garbled name cites the story's other outlets");
    for (const [ids, report] of expected) {
      assert.ok(report.includes('"facts":[{'), `story of ${ids} has facts`);
      assert.deepEqual(JSON.parse(actual.get(ids) ?? "null"), JSON.parse(report), `story of ${ids}`);
    }
    // Stories were re-analyzed as they grew; articles analyzed before were mostly not extracted again.
    assert.ok(analyzed > articles.length * 1.5, `articles analyzed: ${analyzed}`);
    assert.ok(memo.hits > 0 && memo.misses < analyzed, `memo: ${memo.hits} reused, ${memo.misses} extracted of ${analyzed}`);
  });
});
