/**
 * @module Is a word ordinary English vocabulary? Answered from the lexicon of the wink-nlp English
 * model: the shared instance notes its lexicon size at creation (text/nlp.ts, so the model is read
 * once), and a lower-cased word whose id falls inside it is a known word ("shells", "former"); names the model has never
 * seen ("Sampras", "Volgograd") get fresh ids past the end. Results are cached per word.
 */
/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp `its.*` readers are free functions typed as methods */
import { lexiconBase, nlp } from "../../text/nlp.ts";

const cache = new Map<string, boolean>();

/** True when the lower-cased `word` is in the English model's own vocabulary. */
export function isVocabularyWord(word: string): boolean {
  const key = word.toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const n = nlp();
  const base = lexiconBase();
  const doc = n.readDoc(key);
  const ids = doc.tokens().out(n.its.uniqueId);
  const known = ids.length === 1 && Number(ids[0]) < base;
  if (cache.size > 50_000) cache.clear();
  cache.set(key, known);
  return known;
}
