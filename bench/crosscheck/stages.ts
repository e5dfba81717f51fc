/**
 * @module Per-stage timing of one single-story analysis, following the steps of
 * `analyzeArticles` (src/pipeline.ts) with the stages' public functions: text, alias scan,
 * extract, reuse, repeats, cross-check. For locating where time goes as a story grows.
 */
import { crosscheck } from "../../src/crosscheck/index.ts";
import { extract } from "../../src/extract/index.ts";
import type { KnowledgeBase } from "../../src/knowledge/index.ts";
import { findRepeats, findReuse } from "../../src/reuse/index.ts";
import { buildDoc } from "../../src/text/index.ts";
import type { Article } from "../../src/types.ts";

export type StageName = "text" | "aliases" | "extract" | "reuse" | "repeats" | "crosscheck";

/** Milliseconds per stage. */
export type StageTimes = Readonly<Record<StageName, number>>;

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

export function stageTimes(articles: readonly Article[], kb: KnowledgeBase): StageTimes {
  const [docs, text] = timed(() => [...articles].sort((a, b) => (a.id < b.id ? -1 : 1)).map(buildDoc));
  const [entityIds, aliases] = timed(() => new Map(docs.map((d) => [d.article.id, new Set(kb.findAliases(d.text).map((m) => m.entityId))])));
  const [extracted, ex] = timed(() =>
    docs.map((d) => {
      const others = new Set<string>();
      for (const [id, set] of entityIds) if (id !== d.article.id) for (const e of set) others.add(e);
      return extract(d, { kb, storyEntityIds: others });
    }),
  );
  const [reuse, re] = timed(() => findReuse(docs.map((d) => ({ id: d.article.id, text: d.text }))));
  const [repeats, rp] = timed(() => docs.flatMap((d) => findRepeats({ id: d.article.id, text: d.text })));
  const [, cc] = timed(() => crosscheck({ storyId: "s-bench", docs: extracted, reuse, repeats, kb }));
  return { text, aliases, extract: ex, reuse: re, repeats: rp, crosscheck: cc };
}
