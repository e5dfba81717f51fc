/**
 * @module The whole pipeline over articles already read: text → extract → stories → reuse →
 * cross-check → Report (schema triangulate.report/v1). Deterministic: the same articles in any
 * order give the same report (up to `generatedAt`).
 */
import { crosscheck } from "./crosscheck/index.ts";
import { mergeAnomalies } from "./crosscheck/anomalies.ts";
import { extract } from "./extract/index.ts";
import { loadKnowledge, type KnowledgeBase } from "./knowledge/index.ts";
import { REPORT_SCHEMA, type ArticleSummary, type EntitySummary, type Report, type Story, type TraceEntry } from "./report/types.ts";
import { findRepeats, findReuse } from "./reuse/index.ts";
import { clusterStories } from "./stories/index.ts";
import { stableId } from "./ids.ts";
import { buildDoc, wordCount } from "./text/index.ts";
import type { Article, Doc, InputError, Mention } from "./types.ts";
import { foldName } from "./knowledge/fold.ts";
import { fileStem } from "./ingest/article.ts";

export interface AnalyzeOptions {
  /** Extra knowledge-pack files (JSON) on top of the bundled ones. */
  readonly extraPacks?: readonly string[];
  /** A knowledge base to reuse across calls (overrides extraPacks). */
  readonly kb?: KnowledgeBase;
  /** Timestamp for the report; defaults to now. */
  readonly generatedAt?: string;
  /** Input errors to carry into the report. */
  readonly errors?: readonly InputError[];
  /** Treat all articles as one story instead of clustering them. */
  readonly singleStory?: boolean;
  /** Keep the rules' trace in the report (`report.trace`): numbers left out or reread, accounts compared. */
  readonly explain?: boolean;
  /** Called after each story is cross-checked (for progress display). */
  readonly onProgress?: (done: number, total: number) => void;
}

export async function analyzeArticles(articles: readonly Article[], options: AnalyzeOptions = {}): Promise<Report> {
  const kb = options.kb ?? loadKnowledge(options.extraPacks ? { extraPacks: options.extraPacks } : {});
  const unique = new Map<string, Article>();
  for (const a of articles) if (!unique.has(a.id)) unique.set(a.id, a);
  // What readers see for each article, fixed before any stage writes an explanation: a stage that
  // names an article names it by its label (an outlet no input named is a letter, not a file name).
  const labels = articleLabels([...unique.values()]);
  const originalOutlet = new Map([...unique.values()].map((a) => [a.id, a.outlet]));
  const docs = [...unique.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((a) => buildDoc(outletKnown(a) ? a : { ...a, outlet: labels.get(a.id) ?? a.outlet }));
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  // Pack entities of each article, found once: they tie coverage together for clustering ("Beijing"
  // and "China", "President Xi" and "Xi Jinping" are one entity) and tell garble detection what the
  // story's other articles name.
  const aliasIds = new Map(docs.map((d) => [d.article.id, new Set(kb.findAliases(d.text).map((m) => m.entityId))]));
  const entityNames = (id: string): string[] => [...(aliasIds.get(id) ?? [])].map((e) => kb.entities.get(e)?.name ?? e).sort();
  const clusters =
    options.singleStory || docs.length <= 1
      ? docs.length === 0
        ? []
        : [{ id: storyIdFor(docs), title: docs[0]?.article.title ?? firstSentence(docs[0]), articleIds: docs.map((d) => d.article.id) }]
      : clusterStories(docs.map((d) => ({ id: d.article.id, title: d.article.title, text: d.text, published: d.article.published, entities: entityNames(d.article.id) })));
  const trace: TraceEntry[] = [];
  const report = { facts: [] as Report["facts"][number][], anomalies: [] as Report["anomalies"][number][], reuse: [] as Report["reuse"][number][], stories: [] as Story[], articles: [] as ArticleSummary[] };
  const mentions: Mention[] = [];
  const mentionArticle = new Map<Mention, string>();
  let done = 0;
  for (const cluster of clusters) {
    const storyDocs = cluster.articleIds.map((id) => byId.get(id)).filter((d): d is Doc => d !== undefined);
    const entityIds = new Map(storyDocs.map((d) => [d.article.id, aliasIds.get(d.article.id) ?? new Set<string>()]));
    // Which articles of the story name each pack entity, found once: each article is told the
    // entities the others name and, for explanations, their outlets (linear in the story's size).
    const namedBy = new Map<string, Doc[]>();
    for (const d of storyDocs)
      for (const e of entityIds.get(d.article.id) ?? []) {
        const by = namedBy.get(e);
        if (by) by.push(d);
        else namedBy.set(e, [d]);
      }
    const extracted = storyDocs.map((d) => {
      const own = entityIds.get(d.article.id) ?? new Set<string>();
      const others = new Set([...namedBy].filter(([e, by]) => by.length > (own.has(e) ? 1 : 0)).map(([e]) => e));
      const outletsOf = (e: string): readonly string[] => [...new Set((namedBy.get(e) ?? []).filter((x) => x !== d).map((x) => x.article.outlet))].sort();
      return extract(d, { kb, storyEntityIds: others, storyEntityOutlets: outletsOf });
    });
    const reuse = findReuse(storyDocs.map((d) => ({ id: d.article.id, text: d.text })));
    const repeats = storyDocs.flatMap((d) => findRepeats({ id: d.article.id, text: d.text }));
    const result = crosscheck({ storyId: cluster.id, docs: extracted, reuse, repeats, kb });
    for (const f of result.facts) report.facts.push(f);
    if (options.explain) for (const t of result.trace) trace.push(t);
    // One push per item: a spread of a story's 100,000 reuse links would overflow the call stack.
    for (const a of mergeAnomalies(result.anomalies)) report.anomalies.push(a);
    for (const l of result.reuse) report.reuse.push(l);
    report.stories.push({
      id: cluster.id,
      title: storyTitle(storyDocs, cluster.title),
      articleIds: [...cluster.articleIds].sort(),
      summary: {
        agreed: result.facts.filter((f) => f.verdict === "corroborated").map((f) => f.statement),
        disputed: result.facts.filter((f) => f.verdict === "contested").map((f) => (f.differs ? `${f.statement} — ${f.differs}` : f.statement)),
        singleSource: result.facts.filter((f) => f.verdict === "single-source" && f.articles === 1).map((f) => f.statement),
      },
    });
    for (const x of extracted) {
      const a = x.doc.article;
      for (const m of x.mentions) {
        mentions.push(m);
        mentionArticle.set(m, a.id);
      }
      const st = result.stats.get(a.id);
      report.articles.push({
        id: a.id,
        origin: a.origin,
        outlet: originalOutlet.get(a.id) ?? a.outlet,
        label: labels.get(a.id) ?? a.outlet,
        outletKnown: outletKnown(unique.get(a.id) ?? a),
        title: a.title,
        published: a.published,
        language: a.language,
        sentences: x.doc.sentences.length,
        words: wordCount(x.doc),
        url: a.url,
        commentaryShare: st?.commentaryShare ?? 0,
        exclusiveShare: st?.exclusiveShare ?? 0,
        notes: [...(st?.notes ?? []), ...languageNote(a.language)],
      });
    }
    options.onProgress?.(++done, clusters.length);
    // Yield between stories so a server stays responsive while a large batch is analyzed.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return {
    schema: REPORT_SCHEMA,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    articles: report.articles.sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : a.id < b.id ? -1 : 1)),
    stories: report.stories.sort((a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1)),
    facts: report.facts,
    anomalies: report.anomalies,
    reuse: report.reuse,
    errors: [...(options.errors ?? [])].sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0)),
    entities: entitySummaries(mentions, mentionArticle),
    ...(options.explain ? { trace } : {}),
  };
}

/**
 * Whether an input named the article's outlet. Records that do not say (built before ingest kept
 * it) are read off the outlet: a file's own name is no outlet's name.
 */
function outletKnown(a: Article): boolean {
  return a.outletKnown ?? a.outlet !== fileStem(a.origin);
}

/**
 * What readers see for each article: the outlet's name when an input named it, else a short
 * letter (A, B, … Z, AA, AB, …) given in the order of the articles' origins, so the same inputs
 * always get the same letters.
 */
export function articleLabels(articles: readonly Article[]): Map<string, string> {
  const ordered = [...articles].sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let n = 0;
  return new Map(ordered.map((a) => [a.id, outletKnown(a) ? a.outlet : letters(n++)]));
}

/** 0 → "A", 25 → "Z", 26 → "AA", … */
export function letters(n: number): string {
  let s = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Entities named in two or more places, or known to a pack: resolved across spellings, with roles. */
function entitySummaries(mentions: readonly Mention[], articleOf: ReadonlyMap<Mention, string>): EntitySummary[] {
  const byKey = new Map<string, { m: Mention; roles: Set<string>; forms: Set<string>; articles: Set<string>; n: number; types: Map<Mention["type"], number> }>();
  for (const m of mentions) {
    if (m.type === "other") continue;
    // Names no pack knows are one entity however the articles spell them (case, diacritics,
    // hyphens) and whatever type one article's context gave them: the story's majority type wins.
    const key = m.entityId ?? `name:${foldName(m.canonical)}`;
    const e = byKey.get(key) ?? { m, roles: new Set<string>(), forms: new Set<string>(), articles: new Set<string>(), n: 0, types: new Map() };
    e.types.set(m.type, (e.types.get(m.type) ?? 0) + 1);
    if (m.role) e.roles.add(m.role);
    e.forms.add(m.text);
    e.articles.add(articleOf.get(m) ?? "");
    e.n++;
    byKey.set(key, e);
  }
  return [...byKey.values()]
    .filter((e) => e.m.entityId !== null || e.n >= 2)
    .map((e) => ({
      name: e.m.canonical,
      type: [...e.types].reduce((best, t) => (t[1] > best[1] ? t : best), [e.m.type, e.types.get(e.m.type) ?? 0])[0],
      id: e.m.entityId,
      roles: [...e.roles].sort(),
      forms: [...e.forms].sort(),
      articleIds: [...e.articles].sort(),
      mentions: e.n,
    }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length || b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
}

/** A note for an article not in English: extraction rules and lexicons are English ones. */
function languageNote(language: string): string[] {
  if (language === "en" || language === "und") return [];
  return [`written in ${language}: Triangulate's extraction rules are for English, so its claims here may be incomplete and it may not be aligned with English coverage of the same story`];
}

function storyIdFor(docs: readonly Doc[]): string {
  return stableId("s", docs[0]?.article.id ?? "");
}

/** A real headline beats a first sentence: the earliest-published titled article's title. */
function storyTitle(docs: readonly Doc[], fallback: string): string {
  const titled = docs
    .filter((d) => d.article.title)
    .sort((a, b) => (a.article.published ?? "9999").localeCompare(b.article.published ?? "9999") || (a.article.id < b.article.id ? -1 : 1));
  return titled[0]?.article.title ?? fallback;
}

function firstSentence(d: Doc | undefined): string {
  return d?.sentences[0]?.text.slice(0, 120) ?? "Untitled story";
}
