/** @module Tests of fact statements: a sentence its source cut off is not the statement when a whole one says it. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { statementOf, type StatementOptions } from "./statements.ts";
import { claim } from "./testing.ts";

const options: StatementOptions = { accounts: 0, date: null, defaultBuyer: null, dimension: null, single: null, neutral: false };

test("a sentence cut off with an ellipsis gives way to a whole sentence of the same fact; alone, it stays", () => {
  const cut = claim("a", 0, "The coach was fired today and taking over will be the former Portland coach...");
  const whole = claim("b", 0, "The coach was fired today and replaced by the former Portland coach.");
  const group = { key: "claim|a:0:0", kind: "generic" as const, claims: [cut, whole], representative: cut };
  assert.equal(statementOf(group, [cut, whole], options), whole.text);
  assert.equal(statementOf({ ...group, claims: [cut] }, [cut], options), cut.text);
  const quoted = claim("c", 0, "“We will be back…”");
  assert.equal(statementOf({ ...group, claims: [quoted, whole], representative: quoted }, [quoted, whole], options), whole.text);
});

test("a visit is stated by its label only with a place and a date; any other by its sentence", () => {
  const visit = (roles: Record<string, string>) => ({ type: "visit" as const, roles: { visitor: "Ada Marsh", ...roles }, status: null });
  const vague = claim("a", 0, "She walked through it with Ada Marsh; during the visit she found an old sack.", { frame: visit({}) });
  const group = { key: "visit|Ada Marsh", kind: "visit" as const, claims: [vague] };
  assert.equal(statementOf(group, [vague], options), vague.text);
  const ostvik = { kind: "mention" as const, span: [16, 22] as const, sentence: 0, text: "Ostvik", entityId: null, canonical: "Ostvik", source: "chunk" as const, role: null };
  const named = claim("b", 0, "Ada Marsh will visit Ostvik.", { frame: visit({ destination: "Ostvik" }), mentions: [{ ...ostvik, type: "place" }] });
  assert.equal(statementOf({ ...group, claims: [named] }, [named], { ...options, date: "2026-03-04" }), "Ada Marsh visits Ostvik on 2026-03-04");
  assert.equal(statementOf({ ...group, claims: [named] }, [named], options), named.text);
  const person = { ...named, mentions: [{ ...ostvik, type: "person" as const }] };
  assert.equal(statementOf({ ...group, claims: [person] }, [person], { ...options, date: "2026-03-04" }), named.text);
});

test("a contract of no party named is stated by its sentence; a contract between named parties by its label", () => {
  const contract = (roles: Record<string, string>) => ({ type: "procurement" as const, roles: { item: "the contract", ...roles }, status: null });
  const bare = claim("a", 0, "He signed an extension to his contract in September.", { frame: contract({}) });
  const group = { key: "procurement|the contract", kind: "procurement" as const, claims: [bare] };
  assert.equal(statementOf(group, [bare], options), bare.text);
  const parties = claim("b", 0, "Kestria and Skarn signed the contract.", { frame: contract({ buyer: "Kestria", seller: "Skarn" }) });
  assert.equal(statementOf({ ...group, claims: [parties] }, [parties], options), "Signing of the contract (Kestria–Skarn)");
});

test("one account of an incident at no place named is stated by its sentence; with a place, by its label", () => {
  const incident = (roles: Record<string, string>) => ({ type: "incident" as const, roles: { incident: "attack", ...roles }, status: null });
  const bare = claim("a", 0, "It was not the gun that killed the girl.", { frame: incident({}) });
  const group = { key: "incident|attack", kind: "incident" as const, claims: [bare] };
  assert.equal(statementOf(group, [bare], { ...options, accounts: 1, single: "1 killed" }), bare.text);
  const placed = claim("b", 0, "An attack in Ostvik killed one.", { frame: incident({ place: "Ostvik" }) });
  assert.equal(statementOf({ ...group, claims: [placed] }, [placed], { ...options, accounts: 1, single: "1 killed" }), "Attack in Ostvik (1 killed)");
});

test("a statement is prefixed with its speaker only when its sentence does not credit them, in any words, and is quoted only once", () => {
  const agency = (text: string, span: readonly [number, number]) => claim("a", 0, text, { attribution: { kind: "attribution", span, sentence: 0, source: "Northern Relief Agency", sourceType: "official", upstream: [], via: null, date: null, cue: "said" } });
  const credited = "About 400 families fled the valley, the NRA said.";
  const inside = agency(credited, [credited.indexOf("the NRA"), credited.length - 1]);
  assert.equal(statementOf({ key: "statement|nra", kind: "statement", claims: [inside] }, [inside], options), credited);
  // Credited by the sentence before: the speaker is named once, and a quotation keeps its own marks.
  const quoted = '"We will reopen the road on Monday."';
  const outside = { ...agency(quoted, [0, 1]), span: [100, 100 + quoted.length] as const };
  assert.equal(statementOf({ key: "statement|nra", kind: "statement", claims: [outside] }, [outside], options), `Northern Relief Agency: ${quoted}`);
  const plain = { ...agency("The road will reopen on Monday.", [0, 1]), span: [100, 131] as const };
  assert.equal(statementOf({ key: "statement|nra", kind: "statement", claims: [plain] }, [plain], options), "Northern Relief Agency: “The road will reopen on Monday.”");
});
