/** @module The shared wink-nlp instance (English lite model), loaded once on first use. */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

/** The process-wide wink-nlp pipeline (tokenizer, sentence boundaries, POS, lemmas). */
export function nlp(): Nlp {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}
