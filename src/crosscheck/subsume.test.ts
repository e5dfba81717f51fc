/** @module Tests of rule fact.subsumed: a single-source fact a corroborated fact already tells is left out, with a trace. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Fact } from "../report/types.ts";
import { SUBSUME_RULE, subsumeFacts, type QuoteLocator } from "./subsume.ts";

/** Each article here is one text; sentences start every 100 characters; names are given per span start. */
function locator(names: Readonly<Record<string, readonly string[]>> = {}): QuoteLocator {
  return {
    sentenceOf: (articleId, offset) => `${articleId}|${Math.floor(offset / 100)}`,
    namesIn: (articleId, span) => names[`${articleId}:${span[0]}`] ?? [],
  };
}

function fact(id: string, verdict: Fact["verdict"], statement: string, variants: [string, [string, number, string][]][], subject: string[] = []): Fact {
  return {
    id,
    storyId: "s",
    statement,
    subject,
    verdict,
    articles: new Set(variants.flatMap(([, ev]) => ev.map(([a]) => a))).size,
    independentOrigins: verdict === "corroborated" ? 2 : 1,
    variants: variants.map(([value, ev]) => ({ value, evidence: ev.map(([articleId, start, quote]) => ({ articleId, quote, span: [start, start + quote.length] as const, attribution: null })) })),
  };
}

const AGE = fact("f1", "corroborated", "Ann Lee is given as 41 years old.", [["age 41", [["a", 0, "Ann Lee, 41, was hurt in the fire."], ["b", 200, "Lee, 41, was hurt."]]]], ["Ann Lee"]);

describe(SUBSUME_RULE.id, () => {
  it("leaves out a single-source fact whose sentence and figures a corroborated fact gives, and traces it", () => {
    const dup = fact("f2", "single-source", "Ann Lee, 41, was hurt in the fire.", [["41", [["a", 10, "Ann Lee, 41, was hurt in the fire."]]]]);
    const out = subsumeFacts([AGE, dup], locator({ "a:10": ["Ann Lee"] }));
    assert.deepEqual(out.facts.map((f) => f.id), ["f1"]);
    assert.equal(out.trace.length, 1);
    assert.equal(out.trace[0]?.rule, SUBSUME_RULE.id);
    assert.equal(out.trace[0]?.action, "merged");
    assert.match(out.trace[0]?.message ?? "", /corroborated f1/);
  });

  it("keeps a single-source fact with a figure no corroborated fact gives", () => {
    const more = fact("f2", "single-source", "Ann Lee, 41, was one of 3 hurt.", [["3 hurt", [["a", 10, "Ann Lee, 41, was one of 3 hurt."]]]]);
    assert.deepEqual(subsumeFacts([AGE, more], locator()).facts.map((f) => f.id), ["f1", "f2"]);
  });

  it("keeps a single-source fact whose sentence has a number the corroborated facts do not give, even when its own value names none", () => {
    const more = fact("f2", "single-source", "Ann Lee, 41, said 40 firefighters came.", [["as stated", [["a", 10, "Ann Lee, 41, said 40 firefighters came."]]]]);
    assert.equal(subsumeFacts([AGE, more], locator()).facts.length, 2);
  });

  it("keeps a single-source fact whose sentence names someone the corroborated facts do not", () => {
    const more = fact("f2", "single-source", "Ann Lee, 41, was hurt, Bo Chan said.", [["as stated", [["a", 10, "Ann Lee, 41, was hurt, Bo Chan said."]]]]);
    assert.equal(subsumeFacts([AGE, more], locator({ "a:10": ["Ann Lee", "Bo Chan"] })).facts.length, 2);
  });

  it("keeps a single-source fact with a sentence no corroborated fact quotes", () => {
    const other = fact("f2", "single-source", "Lee lives nearby.", [["as stated", [["a", 10, "Ann Lee, 41, was hurt in the fire."], ["a", 300, "Lee lives nearby."]]]]);
    assert.equal(subsumeFacts([AGE, other], locator()).facts.length, 2);
  });

  it("never leaves out a contested or corroborated fact", () => {
    const contested = fact("f3", "contested", "Ann Lee's age", [["41", [["a", 10, "Ann Lee, 41, was hurt."]]], ["14", [["c", 0, "Lee, 14, was hurt."]]]]);
    assert.deepEqual(subsumeFacts([AGE, contested], locator()).facts.map((f) => f.id), ["f1", "f3"]);
  });
});
