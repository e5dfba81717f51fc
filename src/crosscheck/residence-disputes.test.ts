/** @module Tests of rule residence.dispute: one person placed differently by independent articles, unless the story writes one place within the other. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Claim, Mention } from "../types.ts";
import type { Origins } from "./origins.ts";
import { claim } from "./testing.ts";
import { placesOf, RESIDENCE_RULE, residenceDisputes } from "./residence-disputes.ts";

function named(articleId: string, text: string, names: [string, Mention["type"]][], sentence = 0): Claim {
  const mentions: Mention[] = names.map(([n, type]) => {
    const at = text.indexOf(n);
    return { kind: "mention", span: [at, at + n.length], sentence, text: n, entityId: null, canonical: n, type, source: "chunk", role: null };
  });
  return claim(articleId, sentence, text, { mentions, subjects: names.map(([n]) => n) });
}

const byArticle = (cs: readonly Claim[]): Origins => {
  const ids = [...new Set(cs.map((c) => c.articleId))];
  return { count: ids.length, chains: ids.map((id) => ({ root: id, articleIds: [id], chain: [id], reason: "own-reporting" as const })) };
};
const run = (claims: readonly Claim[], origins = byArticle) => residenceDisputes(claims, { storyId: "s", quantitiesOf: () => [], related: () => 0, origins });

const A = named("a", "Tom Reed, 36, of Lakeview, was arrested on Friday.", [["Tom Reed", "person"], ["Lakeview", "place"]]);
const B = named("b", "Police said Tom Reed, 36, of Hillcrest was arrested.", [["Tom Reed", "person"], ["Hillcrest", "place"]]);

describe(RESIDENCE_RULE.id, () => {
  it("one person placed in two places by independent articles is one contested fact", () => {
    const facts = run([A, B]);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.verdict, "contested");
    assert.equal(facts[0]?.differs, "residence of Tom Reed differs: Lakeview vs Hillcrest");
    assert.equal(facts[0]?.difference?.rule, RESIDENCE_RULE.id);
  });

  it("reads 'who lived in' too", () => {
    const c = named("c", "Tom Reed, who lived half a mile away in Hillcrest, was arrested.", [["Tom Reed", "person"], ["Hillcrest", "place"]]);
    assert.equal(run([A, c]).length, 1);
  });

  it("places the story writes one within the other, and a region holding several places, never rival", () => {
    const within = named("c", "The crash was in Hillcrest, Lakeview, on Friday.", [["Hillcrest", "place"], ["Lakeview", "place"]], 1);
    assert.deepEqual([...placesOf([within]).within], ["hillcrest|lakeview"]);
    assert.equal(run([A, B, within]).length, 0);
    const region = [named("d", "Homes on Elm Street, Westfield, were hit.", [["Elm Street", "place"], ["Westfield", "place"]], 1), named("d", "A school in Pine Park, Westfield, closed.", [["Pine Park", "place"], ["Westfield", "place"]], 2)];
    assert.ok(placesOf(region).regions.has("westfield"));
    assert.ok(!placesOf(region.slice(0, 1)).regions.has("westfield"));
    const regional = named("e", "Tom Reed, 36, of Westfield, was arrested.", [["Tom Reed", "person"], ["Westfield", "place"]]);
    assert.equal(run([A, regional, ...region]).length, 0);
    assert.equal(run([A, regional, ...region.slice(0, 1)]).length, 1);
  });

  it("copies of one text, one article giving both, and other people never rival", () => {
    const oneOrigin = (cs: readonly Claim[]): Origins => ({ count: 1, chains: [{ root: "a", articleIds: [...new Set(cs.map((c) => c.articleId))], chain: ["a"], reason: "copy" }] });
    assert.equal(run([A, B], oneOrigin).length, 0);
    const both = named("a", "Tom Reed, 36, of Hillcrest, was held.", [["Tom Reed", "person"], ["Hillcrest", "place"]], 2);
    assert.equal(run([A, both]).length, 0);
    const other = named("b", "Ann Reed, 36, of Hillcrest was arrested.", [["Ann Reed", "person"], ["Hillcrest", "place"]]);
    assert.equal(run([A, other]).length, 0);
  });
});
