/** @module Tests of rule category.dispute: different values of a category (a colour, a compass direction) for one thing in related sentences of independent articles. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Claim } from "../types.ts";
import { segment } from "../text/sentences.ts";
import { CATEGORY_RULE, categoryDisputes, type CategoryContext } from "./category-disputes.ts";
import { categoryLexicon, parseCategoryLexicon } from "../extract/lang-pack.ts";
import { PackError } from "../errors.ts";
import type { Origins } from "./origins.ts";
import { claim } from "./testing.ts";

const byArticle = (cs: readonly Claim[]): Origins => {
  const ids = [...new Set(cs.map((c) => c.articleId))];
  return { count: ids.length, chains: ids.map((id) => ({ root: id, articleIds: [id], chain: [id], reason: "own-reporting" as const })) };
};
/** Every article credits one source: one origin for corroboration. */
const oneUpstream = (cs: readonly Claim[]): Origins => ({ count: 1, chains: [{ root: "agency", articleIds: [...new Set(cs.map((c) => c.articleId))], chain: ["agency"], reason: "shared-upstream" }] });

function run(texts: readonly [string, string][], options: Partial<CategoryContext> = {}) {
  const claims = texts.map(([a, t]) => claim(a, 0, t));
  const ctx: CategoryContext = { storyId: "s", quantitiesOf: () => [], related: () => 0.5, origins: byArticle, tokensOf: (c) => segment(c.text, [0, c.text.length])[0]?.tokens ?? [], ...options };
  return categoryDisputes(claims, ctx);
}

describe(CATEGORY_RULE.id, () => {
  it("two colours of one car in related sentences of two articles are one contested fact", () => {
    const facts = run([
      ["a", "Police said she was struck by a grey Toyota Camry heading north."],
      ["b", "The woman was hit by a silver Toyota Camry, police said."],
    ]);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.verdict, "contested");
    assert.equal(facts[0]?.difference?.rule, CATEGORY_RULE.id);
    assert.equal(facts[0]?.differs, "colour of Toyota differs: grey vs silver");
  });

  it("spellings of one value, and values near each other, never disagree", () => {
    assert.equal(run([["a", "She was struck by a grey Toyota Camry."], ["b", "She was hit by a gray Toyota Camry."]]).length, 0);
    assert.equal(run([["a", "The quake struck 50 km west of Bireun."], ["b", "The quake struck 50 km northwest of Bireun."]]).length, 0);
  });

  it("a direction counts only as a position from a named place, not as a region", () => {
    const facts = run([
      ["a", "The epicentre was 55 kilometres west of the town of Bireun."],
      ["b", "The quake hit 55 kilometres south of Bireun, the survey said."],
    ]);
    assert.equal(facts[0]?.differs, "direction of Bireun differs: west vs south");
    assert.equal(run([["a", "The quake hit northwestern Aceh province."], ["b", "People fled in Medan to the south of Aceh province."]]).length, 0);
  });

  it("unrelated sentences, one article, denials and commentary are no rivals", () => {
    const pair: [string, string][] = [["a", "She was struck by a grey Toyota Camry."], ["b", "He drives a silver Toyota Camry."]];
    assert.equal(run(pair, { related: () => 0.1 }).length, 0);
    assert.equal(run([["a", "She was struck by a grey Toyota Camry."], ["a", "He drives a silver Toyota Camry."]]).length, 0);
    const claims = [claim("a", 0, "She was struck by a grey Toyota Camry."), claim("b", 0, "She was not hit by a silver Toyota Camry.", { modality: "denied" })];
    assert.equal(categoryDisputes(claims, { storyId: "s", quantitiesOf: () => [], related: () => 0.5, origins: byArticle, tokensOf: (c) => segment(c.text, [0, c.text.length])[0]?.tokens ?? [] }).length, 0);
  });

  it("two articles crediting one source with different values disagree; copies of one text do not", () => {
    const pair: [string, string][] = [["a", "The epicentre was 55 kilometres west of Bireun, the agency said."], ["b", "The quake hit 55 kilometres south of Bireun, the agency said."]];
    assert.equal(run(pair, { origins: oneUpstream, copyOrigins: byArticle }).length, 1);
    assert.equal(run(pair, { origins: oneUpstream, copyOrigins: oneUpstream }).length, 0);
  });

  it("the categories pack is validated on load", () => {
    assert.equal(categoryLexicon().get("gray")?.value, "grey");
    assert.ok(categoryLexicon().get("northwest")?.near.has("west"));
    assert.throws(
      () => parseCategoryLexicon({ pack: "lang-en-categories", version: 1, description: "x", categories: [{ kind: "colour", describes: "anything", values: [{ words: ["red"] }, { words: ["blue"] }] }] }, "my-categories.json"),
      (e: unknown) => e instanceof PackError && /my-categories\.json: invalid categories pack/.test(e.message),
    );
  });
});
