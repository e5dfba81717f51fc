/**
 * @module A claim's predicate: the verbs of its sentence that say what happened ("checked into",
 * "acquire", "charged"), not who said it or how (reporting and light verbs, listed in the English
 * verbs pack). Two accounts of one claim share a predicate, in the same words, in words of one
 * synonym group ("buy"/"purchase") or in words whose vectors are close; contrast words (opposites,
 * "hire"/"fire") never match.
 */
import { isContrastWord, nonPredicateVerbs } from "../extract/lang-pack.ts";
import { wordVectors, type WordVectors } from "../knowledge/vectors.ts";
import type { Claim, ExtractedDoc, Sentence } from "../types.ts";
import { canonical } from "./similarity/synonyms.ts";
import { stem } from "./similarity.ts";

/** Cosine from which two verbs' vectors make them one predicate. */
export const PREDICATE_MIN_COSINE = 0.6;

/** The predicate verbs (lemmas) of a sentence. */
export function predicatesOf(sentence: Sentence): string[] {
  const skip = nonPredicateVerbs();
  const out: string[] = [];
  for (const t of sentence.tokens) {
    if (t.pos !== "VERB") continue;
    const lemma = t.lemma.toLowerCase();
    if (skip.has(lemma) || !/^\p{L}{3,}$/u.test(lemma) || out.includes(lemma)) continue;
    out.push(lemma);
  }
  return out;
}

/** What sharePredicate compares of a predicate list: its synonym keys and, under word vectors, the rows of its words that are no contrast words. */
interface PredicateKeys {
  readonly keys: readonly string[];
  readonly keySet: ReadonlySet<string>;
  readonly vectors: WordVectors | null;
  readonly rows: readonly number[];
}

// Per list: claims' predicate lists are read once per story (predicateLookup) and compared with many others.
const keysMemo = new WeakMap<readonly string[], PredicateKeys>();

function predicateKeys(xs: readonly string[], v: WordVectors | null): PredicateKeys {
  const known = keysMemo.get(xs);
  if (known && known.vectors === v) return known;
  const keys = xs.map((x) => canonical(stem(x)));
  const rows = v ? xs.filter((x) => !isContrastWord(x)).map((x) => v.indexOf(x)).filter((r) => r >= 0) : [];
  const k: PredicateKeys = { keys, keySet: new Set(keys), vectors: v, rows };
  keysMemo.set(xs, k);
  return k;
}

/** Whether two predicate lists share one (exactly, by synonym group, or by close word vectors). */
export function sharePredicate(a: readonly string[], b: readonly string[]): boolean {
  const v = wordVectors();
  const ka = predicateKeys(a, v);
  const kb = predicateKeys(b, v);
  if (kb.keys.some((y) => ka.keySet.has(y))) return true;
  if (!v) return false;
  return ka.rows.some((ra) => kb.rows.some((r) => v.cosine(ra, r) >= PREDICATE_MIN_COSINE));
}

/** Each claim's predicates, read from its sentence once (claims of one story). */
export function predicateLookup(docs: readonly ExtractedDoc[]): (c: Claim) => readonly string[] {
  const sentences = new Map(docs.map((d) => [d.doc.article.id, d.doc.sentences]));
  const cache = new Map<string, string[]>();
  return (c) => {
    let p = cache.get(c.id);
    if (!p) {
      const s = sentences.get(c.articleId)?.[c.sentence];
      p = s ? predicatesOf(s) : [];
      cache.set(c.id, p);
    }
    return p;
  };
}
