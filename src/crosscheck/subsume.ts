/**
 * @module Single-source facts that a corroborated fact already tells. One sentence can yield
 * several facts: its own claim, and the typed figures in it (an age, an amount, a relation of two
 * names) that other articles agree on. When every sentence a single-source fact quotes is quoted by
 * a corroborated fact of the story, and every figure and name in them is one those facts give, the
 * single-source fact says nothing the reader does not already see corroborated; listing it as
 * "only one origin says this" would be wrong. It is left out, and the trace says which fact
 * stands for it.
 */
import { pushTo } from "../multimap.ts";
import type { Fact, TraceEntry } from "../report/types.ts";
import type { Rule } from "../rules.ts";

export const SUBSUME_RULE: Rule = {
  id: "fact.subsumed",
  doc: "A single-source fact whose every sentence is quoted by a corroborated fact of the story, and whose every figure and name is one those facts give, adds nothing: it is left out and the corroborated fact stands for it.",
};

/** What the rule needs to know of the articles. */
export interface QuoteLocator {
  /** The sentence holding an article's offset, as a key. */
  readonly sentenceOf: (articleId: string, offset: number) => string;
  /** The names (canonical) mentioned in a span of an article. */
  readonly namesIn: (articleId: string, span: readonly [number, number]) => readonly string[];
}

/** The numbers written in a text ("5 women; 2 children" → 5, 2; "XXXX-05-29" → 5, 29; "$380,600" → 380600). */
function numbersIn(text: string): number[] {
  return [...text.replace(/(\d),(?=\d{3}\b)/g, "$1").matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** The figures a fact gives: the numbers of its values. */
function figuresOf(fact: Fact): Set<number> {
  return new Set(fact.variants.flatMap((v) => numbersIn(v.value)));
}

export interface Subsumed {
  readonly facts: Fact[];
  readonly trace: TraceEntry[];
}

/** Leaves out the single-source facts that corroborated facts already tell (rule fact.subsumed), with a trace entry for each. */
export function subsumeFacts(facts: readonly Fact[], { sentenceOf, namesIn }: QuoteLocator): Subsumed {
  const corroboratedBySentence = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.verdict !== "corroborated") continue;
    const sentences = new Set(f.variants.flatMap((v) => v.evidence.map((e) => sentenceOf(e.articleId, e.span[0]))));
    for (const s of sentences) {
      pushTo(corroboratedBySentence, s, f);
    }
  }
  const kept: Fact[] = [];
  const trace: TraceEntry[] = [];
  for (const f of facts) {
    const evidence = f.variants.flatMap((v) => v.evidence);
    const covering = f.verdict === "single-source" && evidence.length > 0 ? evidence.map((e) => corroboratedBySentence.get(sentenceOf(e.articleId, e.span[0]))) : [];
    if (covering.length === 0 || covering.some((c) => c === undefined)) {
      kept.push(f);
      continue;
    }
    const tellers = [...new Set(covering.flatMap((c) => c ?? []))];
    const told = new Set(tellers.flatMap((t) => [...figuresOf(t)]));
    const named = tellers.map((t) => [t.statement, ...t.subject, ...t.variants.map((v) => v.value)].join(" ").toLowerCase()).join(" ");
    if (![...figuresOf(f), ...evidence.flatMap((e) => numbersIn(e.quote))].every((n) => told.has(n)) || !evidence.every((e) => namesIn(e.articleId, e.span).every((name) => named.includes(name.toLowerCase())))) {
      kept.push(f);
      continue;
    }
    const first = evidence[0];
    const by = tellers[0];
    if (!first || !by) {
      kept.push(f);
      continue;
    }
    trace.push({
      rule: SUBSUME_RULE.id,
      doc: SUBSUME_RULE.doc,
      action: "merged",
      articleId: first.articleId,
      span: [first.span[0], first.span[1]],
      quote: first.quote,
      context: first.quote,
      message: `single-source "${f.statement}" is told by corroborated ${by.id} ("${by.statement}")${tellers.length > 1 ? ` and ${tellers.length - 1} more` : ""}`,
    });
  }
  return { facts: kept, trace };
}
