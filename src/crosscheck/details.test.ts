/** @module Tests of rule figure.detail: a rare pair of content words told by related sentences of independent articles. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Claim } from "../types.ts";
import { segment } from "../text/sentences.ts";
import { DETAIL_RULE, detailReadings, isDetail } from "./details.ts";
import { figureFactsTraced, type FigureContext } from "./figures.ts";
import type { Origins } from "./origins.ts";
import { claim } from "./testing.ts";

const byArticle = (cs: readonly Claim[]): Origins => {
  const ids = [...new Set(cs.map((c) => c.articleId))];
  return { count: ids.length, chains: ids.map((id) => ({ root: id, articleIds: [id], chain: [id], reason: "own-reporting" as const })) };
};
const tokensOf = (c: Claim) => segment(c.text, [0, c.text.length])[0]?.tokens ?? [];
const context = (related: number, extra: Partial<FigureContext> = {}): FigureContext => ({ storyId: "s", quantitiesOf: () => [], related: () => related, origins: byArticle, tokensOf, ...extra });
const details = (facts: ReturnType<typeof figureFactsTraced>) => facts.facts.filter((f) => facts.trace.some((t) => t.rule === DETAIL_RULE.id && f.variants[0]?.evidence.some((e) => e.quote === t.context)));

describe(DETAIL_RULE.id, () => {
  it("reads a noun and the noun or adjective before it, across an article or a preposition", () => {
    const c = claim("a", 0, "The fire was set at the entrance of the chapel and tripped a smoke alarm.");
    const keys = detailReadings(c, tokensOf(c)).map((r) => r.value);
    assert.ok(keys.includes("entrance of the chapel"), keys.join(" | "));
    assert.ok(keys.includes("smoke alarm"), keys.join(" | "));
    const hyphened = claim("a", 0, "He was convicted of second-degree murder on Tuesday.");
    assert.deepEqual(detailReadings(hyphened, tokensOf(hyphened)).map((r) => r.value), ["second-degree murder"]);
  });

  it("reads no detail from names, numbers or verbs", () => {
    const c = claim("a", 0, "Officers from Vardo Police quickly arrested three men near Lake Orsk.", { mentions: [] });
    const keys = detailReadings(c, tokensOf(c)).map((r) => r.value);
    assert.ok(!keys.some((k) => /Vardo|Police|Orsk|three|quickly|arrested/.test(k)), keys.join(" | "));
  });

  it("the same detail in related sentences of two independent articles is one corroborated fact", () => {
    const claims = [claim("a", 3, "Worshippers moved to a nearby school after the blaze."), claim("b", 5, "Sunday services will be held in a nearby school, the pastor said."), claim("c", 2, "The mayor praised the volunteers.")];
    const found = figureFactsTraced(claims, [], context(0.5));
    const facts = details(found);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.verdict, "corroborated");
    assert.deepEqual(facts[0]?.variants[0]?.evidence.map((e) => e.articleId), ["a", "b"]);
    assert.equal(facts[0]?.variants[0]?.value, "nearby school");
    assert.ok(found.trace.some((t) => t.rule === DETAIL_RULE.id && t.action === "merged"));
  });

  it("must not corroborate a detail of unrelated sentences, of commentary, of one article, or that most of the story says", () => {
    const a = claim("a", 3, "Worshippers moved to a nearby school after the blaze.");
    const b = claim("b", 5, "Sunday services will be held in a nearby school, the pastor said.");
    assert.equal(details(figureFactsTraced([a, b], [], context(0.1))).length, 0, "unrelated sentences");
    assert.equal(details(figureFactsTraced([a, { ...b, commentary: true }], [], context(0.5))).length, 0, "commentary");
    assert.equal(details(figureFactsTraced([a, { ...b, articleId: "a", id: "a:5:0" }], [], context(0.5))).length, 0, "one article");
    const { tokensOf: _, ...withoutTokens } = context(0.5);
    assert.equal(details(figureFactsTraced([a, b], [], withoutTokens)).length, 0, "no tokens, no details");
    assert.equal(isDetail(8, 8, 10), false, "told by most of the story's articles");
    assert.equal(isDetail(9, 3, 10), false, "said again and again in each article: a title, not a detail");
    assert.equal(isDetail(3, 3, 4), true, "three articles of a small story");
  });
});
