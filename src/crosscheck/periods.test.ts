/** @module Tests of period scopes: figures of part of a period, the part's own length, and what is no scope. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { PackError } from "../errors.ts";
import type { Claim, Quantity } from "../types.ts";
import { NUMBER_RULES, ambiguousKeys, numberRole } from "./number-roles.ts";
import { parsePeriodLexicon, periodOf, periodPhrases } from "./periods.ts";

function claim(text: string, figures: readonly [string, string | null][]): Claim {
  const c: Claim = { kind: "claim", id: "a:0:0", articleId: "a", sentence: 0, span: [0, text.length], text, subjects: [], mentions: [], quantities: [], dates: [], attribution: null, modality: "asserted", hedges: [], frame: null, commentary: false };
  const quantities = figures.map(([t, unit]) => qty(t, c, unit));
  return { ...c, quantities };
}

function qty(text: string, c: Claim, unit: string | null): Quantity {
  const at = c.text.indexOf(text);
  const words: Record<string, number> = { two: 2, four: 4, eight: 8, six: 6 };
  const first = text.split(/\s+/)[0] ?? "";
  const value = words[first.toLowerCase()] ?? Number(first.replace(/,/g, ""));
  return { kind: "quantity", span: [at, at + text.length], sentence: 0, text, value, upper: value, approx: "exact", unit, item: null, incremental: false, part: false };
}

const role = (c: Claim, i: number): ReturnType<typeof numberRole> => numberRole(c.quantities[i] as Quantity, c);

describe(NUMBER_RULES.period.id, () => {
  it("a figure followed in its clause by part of a period is scoped to that part; the part's length is no figure", () => {
    const c = claim("She has 189 rushing yards and two goals in her last two games.", [["189 rushing yards", "yard"], ["two goals", "goal"], ["two games", "game"]]);
    assert.deepEqual(role(c, 0), { role: "count", key: "yard~last 2 game", rule: NUMBER_RULES.period, scope: "last 2 game" });
    const goals = role(c, 1);
    assert.equal(goals.role === "count" ? goals.scope : "", "last 2 game");
    assert.deepEqual(role(c, 2), { role: "dropped", rule: NUMBER_RULES.period });
    const past = claim("He scored 17 points in just over the past eight minutes.", [["17 points", "point"], ["eight minutes", "minute"]]);
    assert.equal(periodOf(past.quantities[0] as Quantity, past)?.scope, "last 8 minute");
  });

  it("a sentence that opens with a part scopes every figure after it; 'since' needs a period, an ordinal or a count", () => {
    const c = claim("Since Week 11, Mara has eight goals on 498 yards.", [["eight goals", "goal"], ["498 yards", "yard"]]);
    assert.equal(periodOf(c.quantities[0] as Quantity, c)?.scope, "since week 11");
    const through = claim("Through 14 games in the 2008 season, Lee had 404 yards.", [["14 games", "game"], ["404 yards", "yard"]]);
    assert.deepEqual(periodOf(through.quantities[1] as Quantity, through), { kind: "scoped", scope: "14 game" });
    assert.equal(role(through, 0).role, "dropped");
    const monday = claim("The toll has risen to 40 dead since Monday.", [["40 dead", "dead"]]);
    assert.equal(periodOf(monday.quantities[0] as Quantity, monday), null);
  });

  it("'career' between a number and its noun, or 'for his career', scopes it to the career", () => {
    const c = claim("Hale now has 2,301 career points.", [["2,301 career points", "point"]]);
    assert.equal(periodOf(c.quantities[0] as Quantity, c)?.scope, "career");
    const d = claim("He scored 40 points for his career.", [["40 points", "point"]]);
    assert.equal(periodOf(d.quantities[0] as Quantity, d)?.scope, "career");
  });

  it("must not fire: a period that scopes nothing states a figure; another clause, a year or a whole period is no scope", () => {
    const series = claim("They lost in six games in the first round.", [["six games", "game"]]);
    assert.equal(role(series, 0).role, "count");
    const before = claim("They stretched the champions to six games before succumbing in the first round.", [["six games", "game"]]);
    assert.equal(periodOf(before.quantities[0] as Quantity, before), null);
    const joined = claim("He finished with 20 points and now has 2,302 for his career.", [["20 points", "point"]]);
    assert.equal(periodOf(joined.quantities[0] as Quantity, joined), null);
    const year = claim("The firm sold 40 cars in the 2008 season.", [["40 cars", "car"]]);
    assert.equal(periodOf(year.quantities[0] as Quantity, year), null);
    const whole = claim("He scored 23 points in the game.", [["23 points", "point"]]);
    assert.deepEqual(periodPhrases(whole), []);
    const comma = claim("He scored 23 points, in the first half of the day.", [["23 points", "point"]]);
    assert.equal(periodOf(comma.quantities[0] as Quantity, comma), null);
  });

  it("the periods pack is validated on load", () => {
    assert.throws(() => parsePeriodLexicon({ pack: "lang-en-periods", version: 1, description: "x", prepositions: [] }, "my-periods.json"), (e: unknown) => e instanceof PackError && /my-periods\.json: invalid periods pack/.test(e.message));
  });
});

describe(NUMBER_RULES.ambiguous.id, () => {
  it("two different figures of one kind in one sentence give no single value of that kind", () => {
    const c = claim("Artino scored 14 points and Echenique had 11 points.", [["14 points", "point"], ["11 points", "point"]]);
    assert.deepEqual([...ambiguousKeys(c)], ["point"]);
  });

  it("must not fire: one figure repeated, figures of different kinds, or counts of two named items", () => {
    const c = claim("Ten boats and 10 boats more, with 40 crew.", [["10 boats", "boat"], ["40 crew", "crew"]]);
    assert.deepEqual([...ambiguousKeys(c)], []);
    const d = claim("It ordered 5 Vela systems and 2 Orca systems.", [["5 Vela systems", "system"], ["2 Orca systems", "system"]]);
    const items = { ...d, quantities: d.quantities.map((q, i) => ({ ...q, item: i === 0 ? "Vela" : "Orca" })) };
    assert.deepEqual([...ambiguousKeys(items)], []);
  });
});
