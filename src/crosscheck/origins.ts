/**
 * @module Independence. Articles linked by reuse (copies, near-copies, shared passages,
 * paraphrase) collapse into one origin; articles that relay the same named upstream report (a wire,
 * a newspaper, a document, what someone told an outlet) collapse into that source. Articles that
 * each quote the same person or office are independent: each reporter heard it. What remains is the
 * number of independent origins, each with the chain that explains it.
 */
import { KeySets } from "./components.ts";
import type { OriginChain, ReuseLink } from "../report/types.ts";
import type { Claim } from "../types.ts";
import { foldName } from "../knowledge/fold.ts";
import { KeyIndex, LINEAR_FROM } from "./candidates.ts";

/** Reuse components: article id → the smallest article id it is linked to by reuse. */
export function reuseComponents(articleIds: readonly string[], links: readonly ReuseLink[]): ReadonlyMap<string, string> {
  const uf = new KeySets();
  for (const l of links) uf.union(l.a, l.b);
  return new Map(articleIds.map((id) => [id, uf.find(id)]));
}

export interface CopyTestOptions {
  readonly links: readonly ReuseLink[];
  /**
   * Whether two sentences are one text reworded, in [0, 1] (the paraphrase model). Each score is
   * asked for with the threshold it is compared with as its floor: it needs to be exact only there
   * or above (see align.ts).
   */
  readonly similarity: (a: Claim, b: Claim, floor?: number) => number;
  /**
   * The same model on the text outside quotation marks: two articles with no reuse link are copies
   * only when this, too, reaches `copySimilarity` (quoting one statement is not copying).
   */
  readonly unquoted?: (a: Claim, b: Claim, floor?: number) => number;
  /** How much content two sentences share, in [0, 1]; used between articles known to share text. */
  readonly overlap?: (a: Claim, b: Claim, floor?: number) => number;
  /** A link covering at least this share of the shorter article makes the two one text. */
  readonly strongLink?: number;
  /** Evidence at least this similar, in articles with any reuse link, is a copy. */
  readonly linkedSimilarity?: number;
  /** Evidence at least this similar is a copy even without an article-level link. */
  readonly copySimilarity?: number;
  /**
   * Score a shared-passages link needs to make close evidence a copy (default 0.05): below it, the
   * shared text is a name or a stock phrase two independent reports both use ("the Green Left
   * Forum and the Social Democratic Union"), not copying.
   */
  readonly minLinkScore?: number;
}

/** Words (of three letters or more) two near-identical sentences need to show alone that one article copies the other ("The deal is expected to close in March" is plain wording). */
export const COPY_MIN_WORDS = 16;
const wordsOf = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}{3}/u.test(w)).length;

/**
 * When two articles' evidence for one fact is one copied text: the articles are duplicates or
 * share much of their text; or they share some text and this evidence is close; or the evidence
 * sentences are near-identical and long (COPY_MIN_WORDS). Weak links never chain a whole story into one origin.
 */
/** Whether two articles' claims of one fact are one copied text; `strongPairs` lists the article pairs that are one text whatever their claims say (duplicates, near-duplicates, rewrites, strong shared passages). */
export interface CopyTest {
  (a: readonly Claim[], b: readonly Claim[]): boolean;
  readonly strongPairs: readonly (readonly [string, string])[];
}

export function copyTest(options: CopyTestOptions): CopyTest {
  const strong = options.strongLink ?? 0.3;
  const linked = options.linkedSimilarity ?? 0.45;
  const overlap = options.overlap ?? options.similarity;
  const copy = options.copySimilarity ?? 0.75;
  const minLink = options.minLinkScore ?? 0.05;
  const link = new Map<string, ReuseLink>();
  for (const l of options.links) if (l.kind !== "shared-passages" || l.score >= minLink) link.set(l.a < l.b ? `${l.a}|${l.b}` : `${l.b}|${l.a}`, l);
  const isStrong = (l: ReuseLink): boolean => l.kind === "duplicate" || l.kind === "near-duplicate" || l.kind === "rewrite" || l.score >= strong;
  const strongPairs = [...link.values()].filter(isStrong).map((l) => [l.a, l.b] as const);
  const test = (as: readonly Claim[], bs: readonly Claim[]): boolean => {
    const a = as[0]?.articleId ?? "";
    const b = bs[0]?.articleId ?? "";
    const l = link.get(a < b ? `${a}|${b}` : `${b}|${a}`);
    if (l && isStrong(l)) return true;
    let best = 0;
    let shared = 0;
    for (const x of as) {
      for (const y of bs) {
        let s = options.similarity(x, y, copy);
        if (!l && s >= copy && options.unquoted) s = Math.min(s, options.unquoted(x, y, copy));
        // A short sentence alike in two articles with no reuse link is two reporters' plain wording, not a copy.
        if (!l && s >= copy && Math.min(wordsOf(x.text), wordsOf(y.text)) < COPY_MIN_WORDS) s = 0;
        best = Math.max(best, s);
        if (l) shared = Math.max(shared, overlap(x, y, linked));
      }
    }
    return best >= copy || (l !== undefined && shared >= linked);
  };
  return Object.assign(test, { strongPairs });
}

/** Outlet names of wires and agencies ("Keystone Wire", "Continental Press Agency", "Baltic News Service"). */
const WIRE_NAME = /\b(?:wire|newswire|agency|agence|press association|news service|press service|presse)\b/i;

/** The named upstream a claim is attributed to: the deepest named source of its chain. */
export function upstreamOf(c: Claim): string | null {
  const a = c.attribution;
  if (!a) return null;
  const chain = [a.source, ...a.upstream].filter((s) => !/anonymous|^unnamed/i.test(s));
  return chain[chain.length - 1] ?? null;
}

export interface Upstream {
  readonly name: string;
  /** Human-readable chain from the cited source to its own source. */
  readonly chain: string;
}

const TYPE_RANK = { outlet: 0, agency: 0, document: 1, government: 2, official: 3, person: 3, anonymous: 4 } as const;

/**
 * Whether an attribution relays another's report (a wire, a paper, a document, a statement given
 * to an outlet, or a chain of sources) rather than what the reporter heard from a person or an
 * office: articles that each quote the same person or police statement are independent accounts
 * of what was said; articles relaying one report are one origin.
 */
function relays(a: NonNullable<Claim["attribution"]>): boolean {
  return a.sourceType === "outlet" || a.sourceType === "agency" || a.sourceType === "document" || a.via !== null || a.upstream.length > 0;
}

export interface Credited extends Upstream {
  readonly rank: number;
}

/**
 * Per claim, the named upstream it credits: its own attribution, or one it inherits from an
 * attributed claim of the same fact group in the same article, two sentences away at most or
 * reporting the same step of the same deal ("the approval ... a report by X confirmed the approval").
 */
export function creditedUpstreams(claims: readonly Claim[], outletOf: (articleId: string) => string): ReadonlyMap<string, Credited> {
  const own = new Map<string, Credited>();
  for (const c of claims) {
    const up = upstreamOf(c);
    if (up && c.attribution && relays(c.attribution) && foldName(up) !== foldName(outletOf(c.articleId))) own.set(c.id, { name: up, chain: chainOf(c), rank: TYPE_RANK[c.attribution.sourceType] });
  }
  const out = new Map(own);
  // Per article, its claims that credit an upstream themselves (linear in the group's size).
  const crediting = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!own.has(c.id)) continue;
    const list = crediting.get(c.articleId);
    if (list) list.push(c);
    else crediting.set(c.articleId, [c]);
  }
  for (const c of claims) {
    if (out.has(c.id)) continue;
    let best: { d: number; up: Credited } | null = null;
    for (const d of crediting.get(c.articleId) ?? []) {
      const up = own.get(d.id);
      if (!up) continue;
      const distance = Math.abs(d.sentence - c.sentence);
      const sameStep = c.frame?.status != null && c.frame.status === d.frame?.status && c.frame.type === d.frame?.type;
      if (distance > 2 && !sameStep) continue;
      if (!best || distance < best.d || (distance === best.d && up.rank < best.up.rank)) best = { d: distance, up };
    }
    if (best) out.set(c.id, best.up);
  }
  return out;
}

export interface Origins {
  readonly count: number;
  readonly chains: readonly OriginChain[];
}

/**
 * Independent origins of the claims carrying a fact. An article is credited to an upstream when at
 * least half of its claims here credit one (the best-ranked: a report over a person quoted about it);
 * an outlet's own article is that outlet's origin, so a wire and those citing it are one origin.
 */
export function independentOrigins(
  claims: readonly Claim[],
  options: {
    /** Whether two articles' claims of this fact are one copied text (see `copyTest`). */
    readonly copied: ((a: readonly Claim[], b: readonly Claim[]) => boolean) & { readonly strongPairs?: CopyTest["strongPairs"] };
    /** A claim's index keys (see candidates.ts), for comparing only candidate articles when a fact has more than LINEAR_FROM of them. */
    readonly keys?: (c: Claim) => readonly string[];
    readonly credited: ReadonlyMap<string, Credited>;
    readonly outletOf: (articleId: string) => string;
    /** An article's publication date (ISO), to name the first of a set of copies as their origin. */
    readonly publishedOf?: (articleId: string) => string | null;
  },
): Origins {
  const { credited, outletOf } = options;
  // Copies are named after the one that came first: the earliest published, then a wire or agency
  // over a paper republishing it, then the article id (deterministic).
  const first = (a: string, b: string): number => {
    const pa = options.publishedOf?.(a) ?? "~";
    const pb = options.publishedOf?.(b) ?? "~";
    if (pa !== pb) return pa < pb ? -1 : 1;
    const wa = WIRE_NAME.test(outletOf(a)) ? 0 : 1;
    const wb = WIRE_NAME.test(outletOf(b)) ? 0 : 1;
    return wa - wb || (a < b ? -1 : a > b ? 1 : 0);
  };
  const uf = new KeySets();
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  const articles = [...byArticle.keys()].sort();
  const comp = (id: string): string => `art:${id}`;
  const tested = (a: string, b: string): void => {
    // Joining is transitive: a pair already in one origin needs no test.
    if (uf.find(comp(a)) === uf.find(comp(b))) return;
    if (options.copied(byArticle.get(a) ?? [], byArticle.get(b) ?? [])) uf.union(comp(a), comp(b));
  };
  if (articles.length <= LINEAR_FROM || !options.copied.strongPairs) {
    for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) tested(articles[i] ?? "", articles[j] ?? "");
  } else joinLargeFact(articles, { uf, comp, tested, strongPairs: options.copied.strongPairs, keys: options.keys, byArticle });
  const upstreams = new Map<string, Upstream>();
  for (const id of articles) {
    const mine = byArticle.get(id) ?? [];
    const ups = mine.map((c) => credited.get(c.id)).filter((u): u is Credited => u !== undefined);
    if (ups.length * 2 < mine.length || ups.length === 0) continue;
    const tally = new Map<string, { up: Credited; n: number }>();
    for (const u of ups) tally.set(foldName(u.name), { up: u, n: (tally.get(foldName(u.name))?.n ?? 0) + 1 });
    const best = [...tally.values()].sort((x, y) => x.up.rank - y.up.rank || y.n - x.n || (x.up.name < y.up.name ? -1 : 1))[0];
    if (!best) continue;
    upstreams.set(id, best.up);
    // Sources are one source however they are spelled ("Władysław" / "Wladyslaw", "Defence" / "Defense").
    uf.union(comp(id), `src:${foldName(best.up.name)}`);
  }
  // An outlet's own article is the report the articles crediting that outlet relay. Two articles of
  // one outlet are not one origin for that alone: each is its own reporting unless one copies the other.
  const relayed = new Set([...upstreams.values()].map((u) => foldName(u.name)));
  for (const id of articles) if (relayed.has(foldName(outletOf(id)))) uf.union(comp(id), `src:${foldName(outletOf(id))}`);
  const byRoot = new Map<string, string[]>();
  for (const id of articles) {
    const root = uf.find(comp(id));
    const list = byRoot.get(root);
    if (list) list.push(id);
    else byRoot.set(root, [id]);
  }
  const chains: OriginChain[] = [...byRoot.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, unordered]) => {
      const ids = [...unordered].sort(first);
      const upstream = ids.map((id) => upstreams.get(id)).find((x) => x !== undefined);
      return {
        root: upstream?.name ?? outletOf(ids[0] ?? ""),
        articleIds: ids,
        chain: upstream ? [...ids.map(outletOf), upstream.chain] : ids.map(outletOf),
        reason: upstream ? ("shared-upstream" as const) : ids.length > 1 ? ("copy" as const) : ("own-reporting" as const),
      };
    });
  return { count: chains.length, chains };
}

/**
 * Origins of a fact carried by more than LINEAR_FROM articles, in time linear in their number:
 * articles that are one text (strong reuse links) join first; then one article stands for each
 * origin so far, and those are compared all pairs if few, else only pairs whose claims share an
 * index key.
 */
function joinLargeFact(
  articles: readonly string[],
  s: {
    readonly uf: KeySets;
    readonly comp: (id: string) => string;
    readonly tested: (a: string, b: string) => void;
    readonly strongPairs: CopyTest["strongPairs"];
    readonly keys: ((c: Claim) => readonly string[]) | undefined;
    readonly byArticle: ReadonlyMap<string, readonly Claim[]>;
  },
): void {
  for (const [a, b] of s.strongPairs) if (s.byArticle.has(a) && s.byArticle.has(b)) s.uf.union(s.comp(a), s.comp(b));
  const seen = new Set<string>();
  const reps = articles.filter((id) => {
    const root = s.uf.find(s.comp(id));
    if (seen.has(root)) return false;
    seen.add(root);
    return true;
  });
  if (reps.length <= LINEAR_FROM || !s.keys) {
    for (let i = 0; i < reps.length; i++) for (let j = i + 1; j < reps.length; j++) s.tested(reps[i] ?? "", reps[j] ?? "");
    return;
  }
  const keys = s.keys;
  const index = new KeyIndex();
  const keysOf = (id: string): string[] => [...new Set((s.byArticle.get(id) ?? []).flatMap((c) => keys(c)))];
  reps.forEach((id, j) => {
    const k = keysOf(id);
    for (const i of index.query(k)) s.tested(reps[i] ?? "", id);
    index.add(j, k);
  });
}

function chainOf(c: Claim): string {
  const a = c.attribution;
  if (!a) return "";
  return [a.via ? `${a.source} (to ${a.via})` : a.source, ...a.upstream].join(" ← ");
}
