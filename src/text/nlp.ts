/** @module The shared wink-nlp instance (English lite model), loaded once on first use. */
import winkNLP from "wink-nlp";
import { sentencePosModel } from "./wink-model.ts";

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;
let base = 0;

/** The process-wide wink-nlp pipeline (tokenizer, sentence boundaries, POS, lemmas). */
export function nlp(): Nlp {
  if (!instance) {
    instance = winkNLP(sentencePosModel(), ["sbd", "pos"]);
    // The lexicon's size before any text is read: a word read later that the model did not know
    // gets a fresh id at or past it (see extract/names/vocab.ts).
    // eslint-disable-next-line @typescript-eslint/unbound-method -- wink-nlp `its.*` readers are free functions typed as methods
    base = Number(instance.readDoc("qzxjvkw").tokens().out(instance.its.uniqueId)[0] ?? 0);
  }
  return instance;
}

/** Ids below this are the English model's own vocabulary; words first met in the texts read get ids from it on. */
export function lexiconBase(): number {
  nlp();
  return base;
}
