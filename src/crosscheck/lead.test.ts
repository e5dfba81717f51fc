/** @module Tests of group.lead-event (the story's main event from the articles' leads) and of a group's representative claim. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Claim } from "../types.ts";
import { groupClaims, LEAD_RULE, mainEvent, medoid } from "./group.ts";
import { claim } from "./testing.ts";

/** Word-set Jaccard: enough to tell the test's sentences apart. */
const jaccard = (a: Claim, b: Claim): number => {
  const x = new Set(a.text.toLowerCase().split(/\W+/).filter(Boolean));
  const y = new Set(b.text.toLowerCase().split(/\W+/).filter(Boolean));
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared);
};

const leads = [
  claim("a", 0, "Skarn agreed to sell the Bastion system to Kestria"),
  claim("b", 0, "Kestria agreed to buy the Bastion system from Skarn"),
  claim("c", 1, "Skarn will sell Kestria the Bastion system, officials said"),
];

test("group.lead-event: the leads of three articles that share content are one claim", () => {
  const main = mainEvent([...leads, claim("a", 5, "The port of Varnholm was busy")], jaccard);
  assert.deepEqual(main.map((c) => c.id), ["a:0:0", "b:0:0", "c:1:0"]);
  const groups = groupClaims([...leads, claim("d", 4, "Bastion system sold")], { similarity: jaccard, threshold: 0.9 });
  const lead = groups.find((g) => g.merged?.some((m) => m.rule.id === LEAD_RULE.id));
  assert.deepEqual(lead?.claims.map((c) => c.articleId).sort(), ["a", "b", "c"]);
});

test("group.lead-event does not fire for two articles, for late sentences, for commentary, or for leads that share nothing", () => {
  assert.deepEqual(mainEvent(leads.slice(0, 2), jaccard), []);
  assert.deepEqual(mainEvent(leads.map((c) => ({ ...c, sentence: 7 })), jaccard), []);
  assert.deepEqual(mainEvent(leads.map((c) => ({ ...c, commentary: true })), jaccard), []);
  assert.deepEqual(mainEvent([claim("a", 0, "Rain fell on Holmgard"), claim("b", 0, "Markets closed higher"), claim("c", 0, "A ferry was delayed")], jaccard), []);
});

test("a group's representative is the claim closest to all the others", () => {
  const rep = medoid([claim("a", 0, "Skarn sells the Bastion system"), claim("b", 0, "Skarn sells the Bastion system to Kestria"), claim("c", 0, "the Bastion system goes to Kestria")], jaccard);
  assert.equal(rep.articleId, "b");
});

test("an incident told without figures is shown by the lead sentence most like the other leads, not the first in order", () => {
  const fire = { type: "incident" as const, roles: { incident: "fire" }, status: null };
  const told = [
    claim("a", 9, "Crews poured water onto the blaze for hours", { frame: fire }),
    claim("b", 0, "A blaze destroyed the old Varnholm warehouse on Tuesday", { frame: fire }),
    claim("c", 1, "The old Varnholm warehouse was destroyed by a blaze", { frame: fire }),
    claim("d", 0, "Fire destroyed the old Varnholm warehouse, a blaze seen for miles", { frame: fire }),
  ];
  const group = groupClaims(told, { similarity: jaccard, threshold: 0.9 }).find((g) => g.kind === "incident");
  assert.equal(group?.claims.length, 4);
  const [b, c, d] = told.slice(1) as [Claim, Claim, Claim];
  assert.equal(group?.representative, medoid([b, c, d], jaccard));
});
