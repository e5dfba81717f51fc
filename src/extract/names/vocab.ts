/**
 * @module Is a word ordinary English vocabulary? Answered from the lexicon of the wink-nlp English
 * model: a private tokenizer-only instance notes its lexicon size at creation, and a lower-cased
 * word whose id falls inside it is a known word ("shells", "former"); names the model has never
 * seen ("Sampras", "Volgograd") get fresh ids past the end. Results are cached per word.
 */
/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp `its.*` readers are free functions typed as methods */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;

let nlp: Nlp | null = null;
let base = 0;
const cache = new Map<string, boolean>();

function instance(): Nlp {
  if (!nlp) {
    nlp = winkNLP(model, []);
    const probe = nlp.readDoc("qzxjvkw");
    base = Number(probe.tokens().out(nlp.its.uniqueId)[0] ?? 0);
  }
  return nlp;
}

/** True when the lower-cased `word` is in the English model's own vocabulary. */
export function isVocabularyWord(word: string): boolean {
  const key = word.toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const n = instance();
  const doc = n.readDoc(key);
  const ids = doc.tokens().out(n.its.uniqueId);
  const known = ids.length === 1 && Number(ids[0]) < base;
  if (cache.size > 50_000) cache.clear();
  cache.set(key, known);
  return known;
}
