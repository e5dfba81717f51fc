/**
 * @module A claim's predicate: the verbs of its sentence that say what happened ("checked into",
 * "acquire", "charged"), not who said it or how (reporting and light verbs, listed in the English
 * verbs pack). Two accounts of one claim share a predicate, in the same words, in words of one
 * synonym group ("buy"/"purchase") or in words whose vectors are close; contrast words (opposites,
 * "hire"/"fire") never match.
 */
import { isContrastWord, nonPredicateVerbs } from "../extract/lang-pack.ts";
import { wordVectors } from "../knowledge/vectors.ts";
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

/** Whether two predicate lists share one (exactly, by synonym group, or by close word vectors). */
export function sharePredicate(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map((x) => canonical(stem(x))));
  if (b.some((y) => keys.has(canonical(stem(y))))) return true;
  const v = wordVectors();
  if (!v) return false;
  const rows = (xs: readonly string[]): number[] => xs.filter((x) => !isContrastWord(x)).map((x) => v.indexOf(x)).filter((r) => r >= 0);
  const rb = rows(b);
  return rows(a).some((ra) => rb.some((r) => v.cosine(ra, r) >= PREDICATE_MIN_COSINE));
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
