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

test("a visit to nowhere named on no date is stated by its sentence; a visit with a destination or a date by its label", () => {
  const visit = (roles: Record<string, string>) => ({ type: "visit" as const, roles: { visitor: "Ada Marsh", ...roles }, status: null });
  const vague = claim("a", 0, "She walked through it with Ada Marsh; during the visit she found an old sack.", { frame: visit({}) });
  const group = { key: "visit|Ada Marsh", kind: "visit" as const, claims: [vague] };
  assert.equal(statementOf(group, [vague], options), vague.text);
  const named = claim("b", 0, "Ada Marsh will visit Ostvik.", { frame: visit({ destination: "Ostvik" }) });
  assert.equal(statementOf({ ...group, claims: [named] }, [named], options), "Ada Marsh visits Ostvik");
  assert.equal(statementOf({ ...group, claims: [vague] }, [vague], { ...options, date: "2026-03-04" }), "Ada Marsh visits the host country on 2026-03-04");
});
