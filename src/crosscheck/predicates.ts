/**
 * @module A claim's predicate: the verbs of its sentence that say what happened ("checked into",
 * "acquire", "charged"), not who said it or how (reporting and light verbs, listed in the English
 * verbs pack). Two accounts of one claim share a predicate, in the same words, in words of one
 * synonym group ("buy"/"purchase") or in words whose vectors are close; contrast words (opposites,
 * "hire"/"fire") never match.
 */
import { isContrastWord, nonPredicateVerbs } from "../extract/lang-pack.ts";
import { wordVectors } from "../knowledge/vectors.ts";
import type { Sentence } from "../types.ts";
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
  const v = wordVectors();
  for (const x of a)
    for (const y of b) {
      if (x === y || canonical(stem(x)) === canonical(stem(y))) return true;
      if (!v || isContrastWord(x) || isContrastWord(y)) continue;
      if (v.cosine(v.indexOf(x), v.indexOf(y)) >= PREDICATE_MIN_COSINE) return true;
    }
  return false;
}
