/** @module Tests of figure owners: whose a figure is, and that figures of two people are never rivals in a group's facts. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Claim, Mention, Quantity } from "../types.ts";
import { describedPerson, figureOwners, quantityOwners, wholeWordIndex } from "./owners.ts";
import { claimValue, conflict } from "./values.ts";
import { claim } from "./testing.ts";

/** A claim of article `a` naming `people` (as person mentions) and giving `figures` (counts of `unit`). */
function said(a: string, sentence: number, text: string, people: string[], figures: [string, string][] = []): Claim {
  const c = claim(a, sentence, text);
  const at = (s: string): number => text.indexOf(s);
  const mentions: Mention[] = people.map((n) => ({ kind: "mention", span: [at(n), at(n) + n.length], sentence, text: n, entityId: null, canonical: n, type: "person", source: "chunk", role: null }));
  const quantities: Quantity[] = figures.map(([t, unit]) => ({ kind: "quantity", span: [at(t), at(t) + t.length], sentence, text: t, value: Number(t.split(" ")[0]), upper: Number(t.split(" ")[0]), approx: "exact", unit, item: null, incremental: false, part: false }));
  return { ...c, mentions, quantities, subjects: people };
}

const roster = [said("x", 0, "Ada Vell and Bo Marsh and Cy Lund played.", ["Ada Vell", "Bo Marsh", "Cy Lund"])];
/** People named in two articles (a person one article names owns nothing). */
const named = [...roster, said("y", 0, "Ada Vell and Bo Marsh met.", ["Ada Vell", "Bo Marsh"])];

describe("figure owners", () => {
  it("a description in an article's first sentence ('the 33-year-old skater') is of the person its headline names first", () => {
    const c = said("a", 0, "Early on Friday, the 33-year-old skater checked into Riverbend Lodge.", [], [["33", "year"]]);
    const headlines = new Map([["a", "Ada Vell checks into Riverbend Lodge, says Bo Marsh"]]);
    assert.equal(describedPerson([...named, c], (id) => headlines.get(id))(c, c.quantities[0] as Quantity), "Ada Vell");
    // A lede's pronoun is the headline's person too.
    const d = said("a", 1, "She finished with 14 points.", [], [["14 points", "point"]]);
    assert.equal(figureOwners([...named, c, d], (id) => headlines.get(id))(d, d.quantities[0] as Quantity), "vell");
  });

  it("must not fire: without a headline, or with one naming no person of the story, a lede's description is of nobody", () => {
    const c = said("a", 0, "Early on Friday, the 33-year-old skater checked into Riverbend Lodge.", [], [["33", "year"]]);
    assert.equal(describedPerson([...named, c])(c, c.quantities[0] as Quantity), null);
    assert.equal(describedPerson([...named, c], () => "Skater checks into Riverbend Lodge")(c, c.quantities[0] as Quantity), null);
    // A person the story names in one article only is nobody's referent (as for sentences).
    assert.equal(describedPerson([...named, c], () => "Cy Lund checks in")(c, c.quantities[0] as Quantity), null);
  });

  it("the person a sentence opens with owns a figure of a clause that names no one; a relative pronoun stands for the person right before it", () => {
    const c = said("a", 0, "Ada Vell, whose role has grown, had 14 points.", ["Ada Vell"], [["14 points", "point"]]);
    const d = said("a", 1, "The coach praised Bo Marsh, who had 13 points.", ["Bo Marsh"], [["13 points", "point"]]);
    const owner = figureOwners([...roster, c, d]);
    assert.equal(owner(c, c.quantities[0] as Quantity), "vell");
    assert.equal(owner(d, d.quantities[0] as Quantity), "marsh");
  });

  it("must not fire: a sentence that opens with something else, or a person named in one article only, owns nothing", () => {
    const c = said("a", 0, "The team, led by nobody, had 14 points.", [], [["14 points", "point"]]);
    const d = said("a", 1, "Dee Rowe had 9 points.", ["Dee Rowe"], [["9 points", "point"]]);
    const owner = figureOwners([...roster, c, d]);
    assert.equal(owner(c, c.quantities[0] as Quantity), null);
    assert.equal(owner(d, d.quantities[0] as Quantity), null);
  });

  it("figures of two different people are compatible values; the same person's differ", () => {
    const a = said("a", 0, "Ada Vell had 14 points.", ["Ada Vell"], [["14 points", "point"]]);
    const b = said("b", 0, "Bo Marsh had 11 points.", ["Bo Marsh"], [["11 points", "point"]]);
    const c = said("c", 0, "Ada Vell had 12 points.", ["Ada Vell"], [["12 points", "point"]]);
    const ownerOf = quantityOwners([...roster, a, b, c]);
    assert.equal(conflict(claimValue(a), claimValue(b), { compareDates: false, ownerOf }), null);
    assert.match(conflict(claimValue(a), claimValue(c), { compareDates: false, ownerOf }) ?? "", /number differs: 14 points vs 12 points/);
    assert.match(conflict(claimValue(a), claimValue(b), { compareDates: false }) ?? "", /differs/);
  });
});

describe("wholeWordIndex", () => {
  it("finds a form where the pattern /(?<![\\p{L}\\p{N}])form(?![\\p{L}\\p{N}])/u does, surrogate pairs read whole", () => {
    const texts = ["Vell wins", "Avell and Vell", "Vell2 and Vell", "Vellé Vell", "𝐀Vell Vell", "Vell𝐀 Vell.", "\u00e9Vell", "(Vell)", "", "Vel"];
    for (const text of texts) {
      for (const form of ["Vell", "Ada Vell", "V\u{1D400}", "Vel"]) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
        assert.equal(wholeWordIndex(text, form), re.exec(text)?.index ?? -1, `${form} in ${text}`);
      }
    }
    assert.equal(wholeWordIndex("𝐀Vell Vell", "Vell"), 7);
  });
});
