/**
 * @module CoNLL-2003 reading and conlleval-style scoring: documents of sentences of (token, tag)
 * pairs in IOB1 or IOB2, entity extraction, and entity-level exact span+type micro P/R/F1.
 */

export interface ConllToken {
  readonly text: string;
  readonly tag: string;
}

export interface ConllDoc {
  readonly sentences: readonly (readonly ConllToken[])[];
}

/** An entity over document-level token indices [start, end). */
export interface Entity {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Parse a CoNLL-2003 file: `token POS chunk NER` per line, blank line between sentences, -DOCSTART- between documents. */
export function parseConll(raw: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: ConllToken[][] = [];
  let sentence: ConllToken[] = [];
  const endSentence = (): void => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const endDoc = (): void => {
    endSentence();
    if (sentences.length) docs.push({ sentences });
    sentences = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === "-DOCSTART-") endDoc();
    else if (!line.trim()) endSentence();
    else sentence.push({ text: cols[0] ?? "", tag: cols[cols.length - 1] ?? "O" });
  }
  endDoc();
  return docs;
}

/** Entities from IOB1/IOB2 tags over a flat tag list. */
export function entitiesFromTags(tags: readonly string[]): Entity[] {
  const out: Entity[] = [];
  let cur: { start: number; type: string } | null = null;
  const close = (i: number): void => {
    if (cur) out.push({ start: cur.start, end: i, type: cur.type });
    cur = null;
  };
  tags.forEach((tag, i) => {
    if (tag === "O" || tag.length < 3) {
      close(i);
      return;
    }
    const prefix = tag[0];
    const type = tag.slice(2);
    if (prefix === "B" || !cur || cur.type !== type) {
      close(i);
      cur = { start: i, type };
    }
  });
  close(tags.length);
  return out;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
}

export function emptyScore(): TypeScore {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Add one document's gold and predicted entities to per-type counts (key "ALL" for the micro total). */
export function scoreDoc(gold: readonly Entity[], pred: readonly Entity[], into: Map<string, TypeScore>): void {
  const key = (e: Entity): string => `${e.start}:${e.end}:${e.type}`;
  const goldSet = new Set(gold.map(key));
  const predSet = new Set(pred.map(key));
  const bump = (type: string, field: keyof TypeScore): void => {
    for (const k of [type, "ALL"]) {
      const s = into.get(k) ?? emptyScore();
      s[field]++;
      into.set(k, s);
    }
  };
  for (const e of pred) bump(e.type, goldSet.has(key(e)) ? "tp" : "fp");
  for (const e of gold) if (!predSet.has(key(e))) bump(e.type, "fn");
}

export function prf(s: TypeScore): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
