/**
 * @module Small, deterministic test doubles for the store suites: articles written for the
 * tests, a word-overlap story clusterer and an analyzer that produces a valid report with
 * corroborated, contested and single-source facts. (The real stages are tested elsewhere;
 * these keep the store's tests fast and independent of NLP models.)
 */
import { createHash } from "node:crypto";
import type { Article } from "../../src/types.ts";
import type { Fact, Report } from "../../src/report/types.ts";
import type { ClusteredStory, Pipeline, StoryClusterer, StoryDoc } from "../../src/store/pipeline-port.ts";

export function article(fields: Partial<Article> & { text: string }): Article {
  const id = fields.id ?? `art-${createHash("sha256").update(fields.text).digest("hex").slice(0, 10)}`;
  return {
    id,
    origin: fields.origin ?? `${id}.txt`,
    outlet: fields.outlet ?? "Example Outlet",
    url: fields.url ?? null,
    title: fields.title ?? null,
    published: fields.published ?? null,
    byline: fields.byline ?? null,
    language: fields.language ?? "en",
    format: fields.format ?? "txt",
    text: fields.text,
  };
}

/** Two outlets on a harbour bridge, one on a chess final: two stories. */
export const BRIDGE_A = article({
  outlet: "Coast Herald",
  outletKnown: true,
  country: "NO",
  title: "Harbour bridge reopens after repairs",
  url: "https://www.coastherald.example/news/bridge-reopens?utm_source=feed",
  published: "2026-03-02",
  text: "The harbour bridge reopened on Monday after repairs costing 12 million euros.\n\nEngineers replaced 40 cables over six months.",
});
export const BRIDGE_B = article({
  outlet: "Daily Ledger",
  title: "Harbour bridge open again",
  url: "https://ledger.example/bridge",
  published: "2026-03-03",
  text: "The harbour bridge opened again on Monday after repairs costing 15 million euros.\n\nEngineers replaced cables during the repairs.",
});
export const BRIDGE_C = article({
  outlet: "Evening Post",
  title: "Harbour bridge repairs finished",
  published: "2026-03-04",
  text: "Repairs to the harbour bridge finished on Monday; the bridge reopened to traffic.\n\nThe cables were replaced by engineers.",
});
export const CHESS = article({
  outlet: "Board Weekly",
  title: "Chess final ends in a draw",
  text: "The chess final in Vienna ended in a draw after 70 moves.\n\nBoth grandmasters shared the title.",
});

const STOP = new Set(["the", "a", "an", "in", "on", "of", "to", "after", "and", "was", "were", "by", "for"]);
function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w)));
}

/** Clusters by word overlap (Jaccard ≥ 0.15 with any member). */
export class OverlapClusterer implements StoryClusterer {
  readonly #clusters: { id: string; title: string; members: string[]; vocab: Set<string>[] }[] = [];
  add(doc: StoryDoc): string {
    const vocab = words(`${doc.title ?? ""} ${doc.text}`);
    for (const cluster of this.#clusters) {
      const hit = cluster.vocab.some((v) => {
        const inter = [...v].filter((w) => vocab.has(w)).length;
        return inter / (v.size + vocab.size - inter) >= 0.15;
      });
      if (hit) {
        cluster.members.push(doc.id);
        cluster.vocab.push(vocab);
        return cluster.id;
      }
    }
    const id = `c${this.#clusters.length + 1}`;
    this.#clusters.push({ id, title: doc.title ?? "Untitled", members: [doc.id], vocab: [vocab] });
    return id;
  }
  stories(): readonly ClusteredStory[] {
    return this.#clusters.map((c) => ({ id: c.id, title: c.title, articleIds: [...c.members] }));
  }
}

/** A report with one fact per first sentence and a "cost" fact contested when the figures differ. */
export function fakeReport(articles: readonly Article[], generatedAt = "2026-01-01T00:00:00.000Z"): Report {
  const facts: Fact[] = articles.map((a, i) => {
    const quote = a.text.split(/(?<=\.)\s/)[0] ?? a.text;
    return {
      id: `fact-${i + 1}`,
      storyId: "batch",
      statement: quote,
      subject: [a.outlet],
      verdict: "single-source",
      articles: 1,
      independentOrigins: 1,
      variants: [{ value: quote, evidence: [{ articleId: a.id, quote, span: [0, quote.length], attribution: null }] }],
    };
  });
  const costs = articles.flatMap((a) => {
    const m = /(\d+) million euros/.exec(a.text);
    return m === null ? [] : [{ a, value: `${m[1]} million euros`, index: m.index, quote: m[0] }];
  });
  if (costs.length >= 2) {
    const values = [...new Set(costs.map((c) => c.value))];
    facts.push({
      id: "fact-cost",
      storyId: "batch",
      statement: "The repairs cost money",
      subject: ["harbour bridge"],
      verdict: values.length > 1 ? "contested" : "corroborated",
      articles: costs.length,
      independentOrigins: costs.length,
      variants: values.map((value) => ({
        value,
        evidence: costs.filter((c) => c.value === value).map((c) => ({
          articleId: c.a.id, quote: c.quote, span: [c.index, c.index + c.quote.length] as const, attribution: null,
        })),
      })),
    });
  }
  return {
    schema: "triangulate.report/v1",
    generatedAt,
    articles: articles.map((a) => ({
      id: a.id, origin: a.origin, outlet: a.outlet, label: a.outletKnown === false ? "A" : a.outlet, outletKnown: a.outletKnown !== false, title: a.title, published: a.published, language: a.language,
      sentences: a.text.split(/(?<=\.)\s/).length, words: a.text.split(/\s+/).length,
    })),
    stories: [{ id: "batch", title: articles[0]?.title ?? "Untitled", articleIds: articles.map((a) => a.id) }],
    facts,
    anomalies: [],
    reuse: [],
    errors: [],
  };
}

export interface FakePipeline extends Pipeline {
  /** Story sizes passed to analyze(), in call order. */
  readonly calls: number[];
}

export function fakePipeline(options: { failWhen?: (articles: readonly Article[]) => boolean } = {}): FakePipeline {
  const calls: number[] = [];
  return {
    calls,
    createClusterer: () => new OverlapClusterer(),
    analyze(articles) {
      calls.push(articles.length);
      if (options.failWhen?.(articles) === true) return Promise.reject(new Error("analysis failed (test)"));
      return Promise.resolve(fakeReport(articles));
    },
  };
}
