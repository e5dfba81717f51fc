/** @module Tests of facts built from claim groups: variants, what differs, and statements. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim } from "../types.ts";
import { buildFact, type FactContext } from "./facts.ts";
import { claim, procurement, quantity } from "./testing.ts";

const ctx: FactContext = {
  storyId: "s1",
  defaultBuyer: "India",
  origins: (cs: readonly Claim[]) => {
    const ids = [...new Set(cs.map((c) => c.articleId))];
    return { count: ids.length, chains: ids.map((id) => ({ root: id, articleIds: [id], chain: [id], reason: "own-reporting" as const })) };
  },
};

test("names a difference of deal stage beside a difference of units", () => {
  const a = claim("a", 0, "India approved buying five divisions of S-400.", { quantities: [quantity(5, "division")], frame: procurement("S-400 Triumf", "approved") });
  const b = claim("b", 0, "India is considering five more S-400 squadrons.", { quantities: [quantity(5, "squadron")], frame: procurement("S-400 Triumf", "considering") });
  const f = buildFact({ key: "procurement|S-400", kind: "procurement", claims: [a, b] }, ctx);
  assert.equal(f.verdict, "contested");
  assert.match(f.differs ?? "", /^unit differs: 5 divisions vs 5 squadrons; stage also differs: approved vs considering$/);
  assert.deepEqual(f.variants.map((v) => v.value), ["5 divisions (approved)", "5 squadrons (considering)"]);
});

test("lists an article that gives a figure once, not again among those that give none", () => {
  const a0 = claim("a", 0, "India approved buying five divisions of S-400.", { quantities: [quantity(5, "division")], frame: procurement("S-400 Triumf") });
  const a1 = claim("a", 3, "The S-400 deal has been in the works for years.", { frame: procurement("S-400 Triumf") });
  const c = claim("c", 1, "The S-400 is central to the talks.", { frame: procurement("S-400 Triumf") });
  const f = buildFact({ key: "procurement|S-400", kind: "procurement", claims: [a0, a1, c] }, ctx);
  const bare = f.variants.find((v) => v.value === "mentioned without that figure");
  assert.deepEqual(bare?.evidence.map((e) => e.articleId), ["c"]);
  assert.equal(f.articles, 2);
});

test("quotes a sentence once even when it holds two claims of the fact", () => {
  const text = "The spokesman said on December 2 that the visit would focus on the deal.";
  const one = claim("a", 0, text, { dates: [{ kind: "date", span: [20, 30], sentence: 0, text: "December 2", value: "XXXX-12-02", start: null, end: null, granularity: "day", role: "point" }] });
  const two: Claim = { ...claim("a", 0, text), id: "a:0:1" };
  const f = buildFact({ key: "statement|The spokesman", kind: "statement", claims: [one, two] }, ctx);
  assert.equal(f.variants.flatMap((v) => v.evidence).length, 1);
});

test("states an imposed sanction as imposed, not as an order", () => {
  const s = claim("a", 0, "Washington imposed sanctions on India.", { frame: { type: "sanction", roles: { by: "United States", on: "India" }, status: "imposed" } });
  const f = buildFact({ key: "sanction|United States|India", kind: "sanction", claims: [s] }, ctx);
  assert.equal(f.statement, "United States sanctions India (imposed)");
  assert.deepEqual(f.variants.map((v) => v.value), ["imposed"]);
});

test("gives a denial its own variant instead of filing it under a figure it does not give", () => {
  const a = claim("a", 0, "Poland signed a deal for 180 tanks.", { quantities: [quantity(180, "tank")], frame: procurement("K2 Black Panther", "ordered") });
  const b = claim("b", 0, "Poland ordered 160 tanks.", { quantities: [quantity(160, "tank")], frame: procurement("K2 Black Panther", "ordered") });
  const c = claim("c", 0, "The deal includes 81 tanks built locally.", { quantities: [quantity(81, "tank", { part: true })], frame: procurement("K2 Black Panther", null) });
  const d = claim("d", 0, "Poland has not signed any tank contract, a spokesman said.", { modality: "denied", frame: procurement("K2 Black Panther", null) });
  const f = buildFact({ key: "procurement|K2", kind: "procurement", claims: [a, b, c, d] }, ctx);
  assert.deepEqual(f.variants.map((v) => [v.value, v.evidence.map((e) => e.articleId)]), [
    ["180 tanks; ordered", ["a"]],
    ["160 tanks; ordered", ["b"]],
    ["denied / not done", ["d"]],
    ["mentioned without that figure", ["c"]],
  ]);
  assert.equal(f.differs, "number differs: 180 tanks vs 160 tanks; status differs: ordered vs denied");
  assert.equal(f.conservative, "160 tanks; ordered");
});

test("reads an article's figures from all its sentences as one account", () => {
  const a0 = claim("a", 0, "Poland ordered 180 tanks.", { quantities: [quantity(180, "tank")], frame: procurement("K2 Black Panther", "ordered") });
  const worth = (id: string, n: number): Claim => claim(id, n, "The deal is worth $6.5 billion.", { quantities: [quantity(6.5e9, "usd", { span: [18, 30] })], frame: procurement("K2 Black Panther") });
  const a1 = worth("a", 1);
  const b0 = claim("b", 0, "Poland ordered 160 tanks.", { quantities: [quantity(160, "tank")], frame: procurement("K2 Black Panther", "ordered") });
  const b1 = worth("b", 1);
  const f = buildFact({ key: "procurement|K2", kind: "procurement", claims: [a0, a1, b0, b1] }, ctx);
  // b's value sentence stays with b's count, not with a's (which it would fit as well).
  assert.deepEqual(f.variants.map((v) => [...new Set(v.evidence.map((e) => e.articleId))]), [["a"], ["b"]]);
  assert.equal(f.variants.flatMap((v) => v.evidence).length, 4);
});

test("a claim dated in a year before the story's is background: its figure never rivals the story's", () => {
  const incident = { type: "incident" as const, roles: { incident: "earthquake" }, status: null };
  const now = claim("a", 0, "A magnitude 6.1 quake hit the province on Tuesday.", { quantities: [quantity(6.1, "magnitude")], frame: incident });
  const then = claim("b", 0, "In 2004, a magnitude 9.1 quake hit the same coast.", {
    quantities: [quantity(9.1, "magnitude")],
    frame: incident,
    dates: [{ kind: "date", span: [3, 7], sentence: 0, text: "2004", value: "2004", start: null, end: null, granularity: "year", role: "point" }],
  });
  const group = { key: "incident|earthquake", kind: "incident" as const, claims: [now, then] };
  assert.equal(buildFact(group, ctx).verdict, "contested");
  const f = buildFact(group, { ...ctx, storyYear: 2012 });
  assert.notEqual(f.verdict, "contested");
  assert.deepEqual(f.variants.map((v) => v.value), ["magnitude 6.1", "mentioned without that figure"]);
});
