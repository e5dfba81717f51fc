/** @module Tests of date.dispute: one thing dated differently in the same words by independent articles. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Claim, DateValue, Mention } from "../types.ts";
import { DATE_DISPUTE_RULE, dateDisputes } from "./date-disputes.ts";
import type { FigureContext } from "./figures.ts";
import type { Origins } from "./origins.ts";
import { comparisonTrace } from "./trace.ts";

function dated(articleId: string, text: string, when: string, value: string, granularity: DateValue["granularity"], sentence = 0, names: string[] = []): Claim {
  const at = text.indexOf(when);
  const mentions: Mention[] = names.map((n) => ({ kind: "mention", span: [text.indexOf(n), text.indexOf(n) + n.length], sentence, text: n, entityId: null, canonical: n, type: "person", source: "chunk", role: null }));
  const date: DateValue = { kind: "date", span: [at, at + when.length], sentence, text: when, value, granularity, start: null, end: null, role: "point" };
  return { kind: "claim", id: `${articleId}:${sentence}:0`, articleId, sentence, span: [0, text.length], text, subjects: names, mentions, quantities: [], dates: [date], attribution: null, modality: "asserted", hedges: [], frame: null, commentary: false };
}

const ownOrigins = (cs: readonly Claim[]): Origins => {
  const ids = [...new Set(cs.map((c) => c.articleId))];
  return { count: ids.length, chains: ids.map((id) => ({ root: id, articleIds: [id], chain: [id], reason: "own-reporting" as const })) };
};
const published: Record<string, string> = { a: "2013-05-03", b: "2013-05-04", c: "2013-06-14" };
const ctx: FigureContext = { storyId: "s", quantitiesOf: () => [], related: () => 0.5, origins: ownOrigins, publishedOf: (id) => published[id] ?? null };

describe(DATE_DISPUTE_RULE.id, () => {
  it("one thing dated differently in the same words by two articles is one contested fact", () => {
    const a = dated("a", "Ada Vell launched a new clothing line called Veltra in September.", "September", "XXXX-09", "month");
    const b = dated("b", "Vell launched a new clothing line called Veltra in December.", "December", "XXXX-12", "month");
    const facts = dateDisputes([a, b], [], ctx);
    assert.deepEqual(facts.map((f) => [f.verdict, f.differs, f.variants.map((v) => v.value)]), [["contested", "date differs: XXXX-09 vs XXXX-12", ["XXXX-09", "XXXX-12"]]]);
    assert.equal(facts[0]?.difference?.rule, DATE_DISPUTE_RULE.id);
    // --explain names the rule and its doc for the two accounts compared.
    assert.deepEqual(comparisonTrace(facts).map((t) => [t.rule, t.doc, t.action]), [[DATE_DISPUTE_RULE.id, DATE_DISPUTE_RULE.doc, "compared"]]);
  });

  it("must not fire: compatible dates, other words around the date, one article giving both, dates of other granularity, weekdays of different weeks", () => {
    const a = dated("a", "Ada Vell launched a new clothing line called Veltra in September.", "September", "XXXX-09", "month");
    assert.deepEqual(dateDisputes([a, dated("b", "Vell launched a new clothing line called Veltra in September 2012.", "September 2012", "2012-09", "month")], [], ctx), []);
    assert.deepEqual(dateDisputes([a, dated("b", "The mayor resigned in December after the vote.", "December", "XXXX-12", "month")], [], ctx), []);
    const both = dated("a", "Vell launched a new clothing line called Veltra in December.", "December", "XXXX-12", "month", 1);
    assert.deepEqual(dateDisputes([a, both, dated("b", "Vell launched a new clothing line called Veltra in December.", "December", "XXXX-12", "month")], [], ctx), []);
    assert.deepEqual(dateDisputes([a, dated("b", "Vell launched a new clothing line called Veltra in 2011.", "2011", "2011", "year")], [], ctx), []);
    const thursday = (id: string, value: string): Claim => dated(id, "Vell checked into the clinic in Palm Dunes on Thursday, her lawyer said.", "Thursday", value, "day");
    assert.deepEqual(dateDisputes([thursday("a", "2013-05-02"), thursday("c", "2013-06-13")], [], ctx), []);
    assert.equal(dateDisputes([thursday("a", "2013-05-02"), dated("b", "Vell checked into the clinic in Palm Dunes on Friday, her lawyer said.", "Friday", "2013-05-03", "day")], [], ctx).length, 1);
  });

  it("must not fire on deictic dates: two articles' 'today' differ by when they were published", () => {
    const today = (id: string, value: string): Claim => ({ ...dated(id, "We can grow the harbour trade today and keep the river clean, the mayor said.", "today", value, "day"), dates: [{ kind: "date", span: [28, 33], sentence: 0, text: "today", value, granularity: "day", start: null, end: null, role: "relative" }] });
    assert.deepEqual(dateDisputes([today("a", "2013-05-03"), today("b", "2013-05-04")], [], ctx), []);
  });

  it("must not fire when only the names around two dates are the same: they may date different acts", () => {
    const names = ["Ada Vell Quint", "Palm Dunes"];
    const convicted = dated("a", "Jurors convicted Ada Vell Quint of Palm Dunes on Thursday after a day.", "Thursday", "2013-05-02", "day", 0, names);
    const trial = dated("b", "Trial is set for June 17 for Ada Vell Quint of Palm Dunes.", "June 17", "2013-06-17", "day", 0, names);
    assert.deepEqual(dateDisputes([convicted, trial], [], ctx), []);
    // The same act in the same words, with the same names: a dispute.
    const convictedFriday = dated("b", "Jurors convicted Ada Vell Quint of Palm Dunes on Friday after a day.", "Friday", "2013-05-03", "day", 0, names);
    assert.equal(dateDisputes([convicted, convictedFriday], [], ctx).length, 1);
  });
});
