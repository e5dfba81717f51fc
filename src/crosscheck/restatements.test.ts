/** @module Tests of group.restatement: a lone sentence joins the group that restates it across the speaker split. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Claim } from "../types.ts";
import { groupClaims } from "./group.ts";
import { RESTATEMENT_RULE } from "./restatements.ts";
import { attribution, claim } from "./testing.ts";

/** Word-set Jaccard: enough to tell the test's sentences apart. */
const jaccard = (a: Claim, b: Claim): number => {
  const x = new Set(a.text.toLowerCase().split(/\W+/).filter(Boolean));
  const y = new Set(b.text.toLowerCase().split(/\W+/).filter(Boolean));
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared);
};

const said = (articleId: string, sentence: number, text: string, who = "Mara Velt"): Claim => claim(articleId, sentence, text, { attribution: attribution(who, [], "official") });

test("group.restatement: a sentence credited to a named speaker joins the uncredited group that restates it", () => {
  const groups = groupClaims(
    [claim("a", 2, "Nobody was hurt when the barn at Orsk burned"), claim("b", 4, "Nobody was hurt when the old barn at Orsk burned down"), said("c", 3, "Nobody was hurt when the barn at Orsk burned, Velt said")],
    { similarity: jaccard, threshold: 0.45 },
  );
  const home = groups.find((g) => g.claims.some((c) => c.articleId === "c"));
  assert.deepEqual(home?.claims.map((c) => c.articleId), ["a", "b", "c"]);
  assert.equal(home?.kind, "generic");
  const merge = home?.merged?.find((m) => m.rule.id === RESTATEMENT_RULE.id);
  assert.deepEqual(merge?.claims.map((c) => c.articleId), ["a", "c"]);
  assert.equal(groups.length, 1);
});

test("group.restatement: an uncredited sentence joins a named speaker's statement that it restates", () => {
  const groups = groupClaims([said("a", 1, "The ferry to Orsk will run again on Monday"), said("b", 1, "The ferry to Orsk will run again from Monday"), claim("c", 5, "The ferry to Orsk will run again on Monday")], { similarity: jaccard, threshold: 0.45 });
  assert.equal(groups.length, 1);
  assert.equal(groups[0]?.kind, "statement");
});

test("group.restatement does not fire below the threshold, within one pass, or into a group that has the article's sentence", () => {
  // Unlike: the speaker's sentence says something else.
  const unlike = groupClaims([claim("a", 2, "Nobody was hurt when the barn at Orsk burned"), said("c", 3, "The harvest festival will go ahead next week")], { similarity: jaccard, threshold: 0.45 });
  assert.equal(unlike.length, 2);
  assert.ok(unlike.every((g) => !g.merged?.length));
  // Two uncredited sentences the grouping pass already kept apart stay apart.
  const samePass = groupClaims([claim("a", 2, "Nobody was hurt when the barn at Orsk burned"), claim("b", 2, "A barn burned at Orsk and nobody was hurt there")], { similarity: jaccard, threshold: 0.9 });
  assert.equal(samePass.length, 2);
  // The group already quotes article c: c's second sentence does not join it.
  const own = groupClaims([claim("a", 2, "Nobody was hurt when the barn at Orsk burned"), claim("c", 1, "Nobody was hurt when the barn at Orsk burned down"), said("c", 6, "Nobody was hurt when the barn at Orsk burned, Velt said")], { similarity: jaccard, threshold: 0.45 });
  assert.equal(own.length, 2);
});
