/** @module Tests of figure facts: ages, amounts and days read as slots, agreed across independent articles. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { Claim, Mention, Quantity } from "../types.ts";
import { FIGURE_RULES, figureFacts, figureFactsTraced, figureReadings } from "./figures.ts";
import { DISPUTE_RULE, figureDisputes } from "./figure-disputes.ts";
import type { Origins } from "./origins.ts";

function claim(articleId: string, text: string, names: string[] = [], extra: Partial<Claim> = {}): Claim {
  const mentions: Mention[] = names.map((n) => {
    const at = text.indexOf(n);
    return { kind: "mention", span: [at, at + n.length], sentence: 0, text: n, entityId: null, canonical: n, type: "person", source: "chunk", role: null };
  });
  return { kind: "claim", id: `${articleId}:0:0`, articleId, sentence: 0, span: [0, text.length], text, subjects: names, mentions, quantities: [], dates: [], attribution: null, modality: "asserted", hedges: [], frame: null, commentary: false, ...extra };
}

function qty(c: Claim, text: string, value: number, unit: string | null, extra: Partial<Quantity> = {}): Quantity {
  const at = c.text.indexOf(text);
  return { kind: "quantity", span: [at, at + text.length], sentence: 0, text, value, upper: value, approx: "exact", unit, item: null, incremental: false, part: false, ...extra };
}

/** Every article its own origin. */
const ownOrigins = (cs: readonly Claim[]): Origins => {
  const ids = [...new Set(cs.map((c) => c.articleId))];
  return { count: ids.length, chains: ids.map((id) => ({ root: id, articleIds: [id], chain: [id], reason: "own-reporting" as const })) };
};

describe("figure readings", () => {
  it(`${FIGURE_RULES.age.id}: a number after a name, or an N-year-old before or beside it, is that person's age`, () => {
    const a = claim("a", "Mara Quint, 41, was hired on Monday.", ["Mara Quint"]);
    assert.deepEqual(figureReadings(a, [qty(a, "41", 41, null)]).map((r) => r.key), ["age|maraquint|41"]);
    const b = claim("b", "The board hired 41-year-old Mara Quint on Monday.", ["Mara Quint"]);
    assert.deepEqual(figureReadings(b, [qty(b, "41-year", 41, "year", { part: true })]).map((r) => r.key), ["age|maraquint|41"]);
    const c = claim("c", "Mara Quint, a 41 year-old clerk, was hired.", ["Mara Quint"]);
    assert.deepEqual(figureReadings(c, [qty(c, "41 year-old clerk", 41, "clerk")]).map((r) => r.key), ["age|maraquint|41"]);
  });

  it("must not read an address, a vague multiple or a small count as a figure", () => {
    const a = claim("a", "She lived at 200 Elm Street with hundreds of neighbours and two dogs.");
    const rs = figureReadings(a, [qty(a, "200", 200, null), qty(a, "hundreds of neighbours", 200, "neighbour"), qty(a, "two dogs", 2, "dog")]);
    assert.deepEqual(rs, []);
  });

  it(`${FIGURE_RULES.amount.id}: a number with a unit is a figure of that unit, whatever its approximation`, () => {
    const a = claim("a", "The quake struck about 55 kilometres south of the town.");
    assert.deepEqual(figureReadings(a, [qty(a, "about 55 kilometres", 55, "kilometre", { approx: "about" })]).map((r) => r.key), ["amount|kilometre|55|55"]);
  });

  it(`${FIGURE_RULES.day.id}: a calendar day is a figure; a month alone is not`, () => {
    const a = claim("a", "It happened on May 29 and again in June.", [], {
      dates: [
        { kind: "date", span: [15, 21], sentence: 0, text: "May 29", value: "XXXX-05-29", granularity: "day" } as never,
        { kind: "date", span: [35, 39], sentence: 0, text: "June", value: "XXXX-06", granularity: "month" } as never,
      ],
    });
    assert.deepEqual(figureReadings(a, []).map((r) => r.key), ["day|05-29"]);
  });

  it(`${FIGURE_RULES.year.id}: a month of a written year is the year's figure to the month; a month whose year is not written is not`, () => {
    const a = claim("a", "The plant shut in December 2007 and reopened in June.", [], {
      dates: [
        { kind: "date", span: [18, 31], sentence: 0, text: "December 2007", value: "2007-12", granularity: "month" } as never,
        { kind: "date", span: [48, 52], sentence: 0, text: "June", value: "2008-06", granularity: "month" } as never,
      ],
    });
    // "shut in December 2007": the month of an act (the units pack's dated acts) is a reading of its own too.
    assert.deepEqual(figureReadings(a, []).map((r) => [r.key, r.common]), [["year|2007-12", true], ["year|2007-12|closed", false]]);
  });

  it(`${FIGURE_RULES.year.id}: two years in a row are one span however written ('2009-10', '2009-2010'); years further apart are none`, () => {
    const read = (text: string, when: string, value: string, granularity: string) =>
      figureReadings(claim("a", text, [], { dates: [{ kind: "date", span: [text.indexOf(when), text.indexOf(when) + when.length], sentence: 0, text: when, value, granularity } as never] }), []).map((r) => r.key);
    assert.deepEqual(read("His deal runs through the 2009-10 season.", "2009-10", "FY2009-10", "fiscal-year"), ["span|2009/2010"]);
    assert.deepEqual(read("His deal runs through the 2009-2010 season.", "2009-2010", "2009/2010", "year"), ["span|2009/2010"]);
    assert.deepEqual(read("The 1999-00 season ended early.", "1999-00", "FY1999-00", "fiscal-year"), ["span|1999/2000"]);
    assert.deepEqual(read("From 2009-2012 the plant was shut.", "2009-2012", "2009/2012", "year"), []);
  });

  it(`${FIGURE_RULES.year.id}: two sentences that date one act to one year tell one fact with less else in common; other acts, or none, need more`, () => {
    const dated = (id: string, text: string, year: string): Claim => {
      const at = text.indexOf(year);
      return claim(id, text, [], { dates: [{ kind: "date", span: [at, at + year.length], sentence: 0, text: year, value: year, granularity: "year" } as never] });
    };
    const ctx = (related: number) => ({ storyId: "s", quantitiesOf: () => [], related: () => related, origins: ownOrigins });
    const founded = dated("a", "Pelvane was founded in 2007 and is backed by three funds.", "2007");
    const launched = dated("b", "Launched in 2007, Pelvane quickly drew notice.", "2007");
    assert.deepEqual(figureFacts([founded, launched], [], ctx(0.2)).map((f) => [f.variants[0]?.value, f.articles]), [["2007", 2]]);
    // The same year alone, or of another act, in sentences this loosely related: no fact.
    const closed = dated("c", "The mill closed in 2007 after a long strike.", "2007");
    const bare = dated("d", "In 2007, Pelvane had ten staff.", "2007");
    assert.deepEqual(figureFacts([founded, closed], [], ctx(0.2)), []);
    assert.deepEqual(figureFacts([bare, launched], [], ctx(0.2)), []);
  });

  it(`${FIGURE_RULES.repeated.id}: a title held N times is a count of the person named before it; without a person, or another count, it is not`, () => {
    const a = claim("a", "Ada Vell, a four-time NBA All-Star, retired.", ["Ada Vell"]);
    const referent = (c: Claim): string | null => c.mentions[0]?.canonical ?? null;
    assert.deepEqual(figureReadings(a, [qty(a, "four-time", 4, "time")], referent).map((r) => [r.key, r.value]), [["repeated|vell|all-star|4", "4-time all-star"]]);
    const b = claim("b", "The four-time All-Star retired.", []);
    assert.deepEqual(figureReadings(b, [qty(b, "four-time", 4, "time")], () => null), []);
    const c = claim("c", "Ada Vell won four times.", ["Ada Vell"]);
    assert.deepEqual(figureReadings(c, [qty(c, "four times", 4, "time")], referent), []);
    // Two articles giving the count of one person's title agree, however unrelated the sentences.
    const d = claim("d", "But Vell's return to the city where Ada Vell was a four-time All-Star is no surprise.", ["Ada Vell"]);
    const qs = new Map([[a, [qty(a, "four-time", 4, "time")]], [d, [qty(d, "four-time", 4, "time")]]]);
    const facts = figureFacts([a, d], [], { storyId: "s", quantitiesOf: (x) => qs.get(x) ?? [], related: () => 0, origins: ownOrigins });
    assert.deepEqual(facts.map((f) => [f.statement, f.articles]), [["Ada Vell is given as a 4-time all-star.", 2]]);
    const e = claim("e", "Ada Vell is a two-time Olympic champion.", ["Ada Vell"]);
    assert.deepEqual(figureReadings(e, [qty(e, "two-time", 2, "time")], referent).map((r) => r.key), ["repeated|vell|champion|2"]);
  });

  it(`${FIGURE_RULES.score.id}: a unitless pair of counts N-M is a score or a record; a year span or a counted range is not`, () => {
    const a = claim("a", "The team fell to 9-14 after a 65-53 loss in the 1999-2003 era, with 10-15 fans.", []);
    const readings = figureReadings(a, [qty(a, "9-14", 9, null, { upper: 14 }), qty(a, "65-53", 65, null, { upper: 53 }), qty(a, "1999-2003", 1999, null, { upper: 2003 }), qty(a, "10-15 fans", 10, "fan", { upper: 15 })]);
    assert.deepEqual(readings.filter((r) => r.rule === FIGURE_RULES.score).map((r) => [r.key, r.common]), [["score|9-14", false], ["score|65-53", false]]);
    const b = claim("b", "They won 3-1.", []);
    assert.deepEqual(figureReadings(b, [qty(b, "3-1", 3, null, { upper: 1 })]).map((r) => [r.key, r.common]), [["score|3-1", true]]);
  });

  it(`${FIGURE_RULES.age.id}: a person described by a noun ('the troubled actress, 26,', 'the 26-year-old actress') is the person named last before; a name after a clause is not the age's`, () => {
    const a = claim("a", "The troubled actress, 26, checked in late.", []);
    assert.deepEqual(figureReadings(a, [qty(a, "26", 26, null)], () => "Mara Quint").map((r) => r.key), ["age|maraquint|26"]);
    const b = claim("b", "Early Friday the 26-year-old actress checked into Vale Clinic.", ["Vale Clinic"]);
    assert.deepEqual(figureReadings(b, [qty(b, "26", 26, "year")], () => "Mara Quint").map((r) => r.key), ["age|maraquint|26"]);
    assert.deepEqual(figureReadings(b, [qty(b, "26", 26, "year")]).map((r) => r.key), []);
    const c = claim("c", "The 30-year-old congregation in Wasilla, 30, met.", []);
    assert.deepEqual(figureReadings(c, [qty(c, "30", 30, "year")], () => "Mara Quint"), []);
    const d = claim("d", "The 16-year-old gunman Jo Tims fired.", ["Jo Tims"]);
    assert.deepEqual(figureReadings(d, [qty(d, "16", 16, "year")], () => "Mara Quint").map((r) => r.key), ["age|jotims|16"]);
  });

  it("a denied claim gives no figure", () => {
    const a = claim("a", "Mara Quint, 41, was not hired.", ["Mara Quint"], { modality: "denied" });
    assert.deepEqual(figureReadings(a, [qty(a, "41", 41, null)]), []);
  });
});

describe("figure facts", () => {
  const a = claim("a", "The depot covers 9 acres near the river, officials said.");
  const b = claim("b", "Flames spread across the 9 acres of the depot by dawn.");
  const c = claim("c", "Nine acres of farmland were sold in a separate auction.");
  const qs = new Map<Claim, Quantity[]>([
    [a, [qty(a, "9 acres", 9, "acre")]],
    [b, [qty(b, "9 acres", 9, "acre")]],
    [c, [qty(c, "Nine acres", 9, "acre")]],
  ]);
  const sharesDepot = (x: Claim, y: Claim): number => (x.text.includes("depot") && y.text.includes("depot") ? 1 : 0);

  it("the same figure from two independent articles about one thing is one corroborated fact, quoting each", () => {
    const facts = figureFacts([a, b, c], [], { storyId: "s", quantitiesOf: (x) => qs.get(x) ?? [], related: sharesDepot, origins: ownOrigins });
    assert.equal(facts.length, 1);
    const f = facts[0];
    assert.equal(f?.verdict, "corroborated");
    assert.equal(f?.independentOrigins, 2);
    assert.deepEqual(f?.variants[0]?.evidence.map((e) => e.articleId), ["a", "b"]);
    assert.equal(f?.variants[0]?.value, "9 acres");
  });

  it("must not corroborate a figure from copies (one origin) or repeat one a sentence group already agrees on", () => {
    const one = (cs: readonly Claim[]): Origins => ({ count: 1, chains: [{ root: "a", articleIds: cs.map((x) => x.articleId), chain: ["a"], reason: "copy" }] });
    assert.deepEqual(figureFacts([a, b], [], { storyId: "s", quantitiesOf: (x) => qs.get(x) ?? [], related: sharesDepot, origins: one }), []);
    const shown = [{ id: "f", storyId: "s", statement: "x", subject: [], verdict: "corroborated" as const, articles: 2, independentOrigins: 2, variants: [{ value: "x", evidence: [a, b].map((x) => ({ articleId: x.articleId, quote: x.text, span: [x.span[0], x.span[1]] as const, attribution: null })) }] }];
    assert.deepEqual(figureFacts([a, b], shown, { storyId: "s", quantitiesOf: (x) => qs.get(x) ?? [], related: sharesDepot, origins: ownOrigins }), []);
  });

  it(`${FIGURE_RULES.amount.id}: a small count in loosely related sentences is one fact when the words around it say what it counts alike; else not`, () => {
    const p = claim("p", "She later spent six seasons as an assistant coach in Denver before moving on.");
    const q = claim("q", "Hired in 1990, she worked six seasons as an assistant coach in Denver.");
    const r = claim("r", "The club has missed the playoffs in six seasons since the arena opened.");
    const counts = new Map<Claim, Quantity[]>([p, q, r].map((x) => [x, [qty(x, "six seasons", 6, "season")]]));
    const run = (related: number, cs: Claim[]) => figureFacts(cs, [], { storyId: "s", quantitiesOf: (x) => counts.get(x) ?? [], related: () => related, origins: ownOrigins });
    // Related as a rare figure's sentences, and "assistant coach in Denver" after the count in both: one fact.
    assert.deepEqual(run(0.2, [p, q]).map((f) => f.variants[0]?.evidence.map((e) => e.articleId)), [["p", "q"]]);
    // The same count of something else, or sentences less related: no fact.
    assert.deepEqual(run(0.2, [p, r]), []);
    assert.deepEqual(run(0.1, [p, q]), []);
  });
});

describe("figure facts trace", () => {
  it("each figure fact leaves a merged entry naming its rule", () => {
    const a = claim("a", "Mara Quint, 41, was hired on Monday.", ["Mara Quint"]);
    const b = claim("b", "The board hired 41-year-old Mara Quint.", ["Mara Quint"]);
    const qs = new Map<Claim, Quantity[]>([
      [a, [qty(a, "41", 41, null)]],
      [b, [qty(b, "41-year", 41, "year", { part: true })]],
    ]);
    const { facts, trace } = figureFactsTraced([a, b], [], { storyId: "s", quantitiesOf: (x) => qs.get(x) ?? [], related: () => 0, origins: ownOrigins });
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.statement, "Mara Quint is given as 41 years old.");
    assert.deepEqual(trace.map((t) => [t.rule, t.action, t.quote]), [[FIGURE_RULES.age.id, "merged", "41"]]);
  });
});

describe(`${DISPUTE_RULE.id}`, () => {
  const make = (id: string, text: string, figure: string, value: number, unit: string, extra: Partial<Claim> = {}): [Claim, Quantity] => {
    const c = claim(id, text, [], extra);
    return [c, qty(c, figure, value, unit)];
  };
  const run = (pairs: [Claim, Quantity][], related = 1, storyYear: number | null = null) => {
    const qs = new Map(pairs);
    return figureDisputes(pairs.map(([c]) => c), [], { storyId: "s", quantitiesOf: (x) => { const q = qs.get(x); return q ? [q] : []; }, related: () => related, origins: ownOrigins, storyYear });
  };

  it("a figure of what will happen is no rival of one of what happened; two of what will happen are", () => {
    const a = make("a", "The club lost four games in a row in May.", "four games", 4, "game");
    const b = make("b", "The club will lose three games in a row in May.", "three games", 3, "game", { modality: "planned" });
    assert.deepEqual(run([a, b]), []);
    const c = make("c", "The club will lose four games in a row in May.", "four games", 4, "game", { modality: "planned" });
    assert.equal(run([b, c]).length, 1);
  });

  it("figures of two different people are no rivals; a clause's pronoun stands for the person named before it", () => {
    const person = (c: Claim, ...names: string[]): Claim => ({
      ...c,
      mentions: [
        ...c.mentions,
        ...names.map((name): Mention => {
          const at = c.text.indexOf(name);
          return { kind: "mention", span: [at, at + name.length], sentence: 0, text: name, entityId: null, canonical: name, type: "person", source: "chunk", role: null };
        }),
      ],
    });
    // Both people are named by two articles (a name read once owns no figure).
    const roster = person(claim("r", "Ada Vell and Bo Marsh both played."), "Ada Vell", "Bo Marsh");
    const dispute = (pairs: [Claim, Quantity][], extra: Claim[] = []) => {
      const qs = new Map(pairs);
      return figureDisputes([...pairs.map(([c]) => c), roster, ...extra], [], { storyId: "s", quantitiesOf: (x) => { const q = qs.get(x); return q ? [q] : []; }, related: () => 1, origins: ownOrigins });
    };
    const [ca, qa] = make("a", "Ada Vell ran for 404 yards this season.", "404 yards", 404, "yard");
    const a: [Claim, Quantity] = [person(ca, "Ada Vell"), qa];
    const [cb, qb] = make("b", "Bo Marsh ran for 440 yards this season.", "440 yards", 440, "yard");
    assert.deepEqual(dispute([a, [person(cb, "Bo Marsh"), qb]]), []);
    const [cc, qc] = make("c", "Ada Vell ran for 440 yards this season.", "440 yards", 440, "yard");
    assert.equal(dispute([a, [person(cc, "Ada Vell"), qc]]).length, 1);
    // "the club that signed Ada Vell saw her run for 440 yards": the figure is Ada Vell's, not the speaker's.
    const [cd, qd] = make("d", "Bo Marsh said the club that signed Ada Vell saw her run for 440 yards this season.", "440 yards", 440, "yard");
    assert.equal(dispute([a, [person(cd, "Bo Marsh", "Ada Vell"), qd]]).length, 1);
    // "He ran ...": the person named last before, in the article.
    const named = person(claim("e", "Bo Marsh joined in May."), "Bo Marsh");
    const [pronoun, q] = make("e", "He ran for 440 yards this season.", "440 yards", 440, "yard");
    assert.deepEqual(dispute([a, [{ ...pronoun, id: "e:1:0", sentence: 1 }, { ...q, sentence: 1 }]], [named]), []);
  });

  it("a copy that changed its source's figure is set against an independent account; one article that gives both figures is no dispute", () => {
    // a and c are one origin (c copies a but says minus 20); b, independent, says minus 20 too.
    const copies = (cs: readonly Claim[]): Origins => {
      const root = (id: string): string => (id === "c" ? "a" : id);
      const roots = [...new Set(cs.map((c) => root(c.articleId)))];
      return { count: roots.length, chains: roots.map((r) => ({ root: r, articleIds: cs.filter((c) => root(c.articleId) === r).map((c) => c.articleId), chain: [r], reason: "copy" as const })) };
    };
    const pairs = [
      make("a", "Crews fought the blaze in temperatures of minus 17 degrees.", "minus 17 degrees", -17, "degree"),
      make("c", "Crews fought the blaze in temperatures of minus 20 degrees.", "minus 20 degrees", -20, "degree"),
      make("b", "Outside temperatures were minus 20 degrees as crews fought the blaze.", "minus 20 degrees", -20, "degree"),
    ];
    const qs = new Map(pairs);
    const ctx = { storyId: "s", quantitiesOf: (x: Claim) => { const q = qs.get(x); return q ? [q] : []; }, related: () => 1, origins: copies };
    const facts = figureDisputes(pairs.map(([c]) => c), [], ctx);
    assert.deepEqual(facts.map((f) => f.variants.map((v) => v.value)), [["-17 degrees", "-20 degrees"]]);
    // Without the independent account, the copy only disagrees with its own source: no dispute.
    assert.deepEqual(figureDisputes(pairs.slice(0, 2).map(([c]) => c), [], ctx), []);
    // An article that gives both figures (two schools, three killed at one and two at the other) shows they are of different things.
    const [d1, q1] = make("d", "Three people died at one school.", "Three people", 3, "people");
    const [d2, q2] = make("d", "Two people died at another school.", "Two people", 2, "people");
    const both: [Claim, Quantity][] = [make("e", "Three people died at a school.", "Three people", 3, "people"), [d1, q1], [{ ...d2, id: "d:1:0", sentence: 1 }, { ...q2, sentence: 1 }]];
    assert.deepEqual(run(both), []);
  });

  it("a variant shows each compatible reading it joins, and the difference names two readings that clash", () => {
    const facts = run([
      make("a", "The climber fell some 700 metres down the gully.", "some 700 metres", 700, "meter", {}),
      make("b", "The climber fell 609 metres down the gully, police said.", "609 metres", 609, "meter"),
      make("c", "The climber fell 700 metres down the gully.", "700 metres", 700, "meter"),
    ].map(([c, q], i) => (i === 0 ? [c, { ...q, approx: "approx" as const, value: 700, upper: 700 }] : [c, q]) as [Claim, Quantity]));
    assert.equal(facts.length, 1);
    assert.match(facts[0]?.differs ?? "", /609 meters|700 meters/);
    assert.ok(!/about 700 meters vs 700 meters/.test(facts[0]?.differs ?? ""), facts[0]?.differs ?? "");
  });

  it("close figures of one unit, with the words around them in common, from two origins are one contested fact", () => {
    const facts = run([make("a", "The flood damaged 7 bridges in the valley.", "7 bridges", 7, "bridge"), make("b", "Officials said the flood damaged 8 bridges across the valley.", "8 bridges", 8, "bridge")]);
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.verdict, "contested");
    assert.deepEqual(facts[0]?.variants.map((v) => v.value), ["7 bridges", "8 bridges"]);
    assert.equal(facts[0]?.difference?.rule, DISPUTE_RULE.id);
  });

  it("large counts of people are rivals too; small ones of a vague unit are not", () => {
    const big = run([make("a", "The town is home to 160,000 people on the coast.", "160,000 people", 160000, "people"), make("b", "The town is home to 167,000 people, officials said.", "167,000 people", 167000, "people")]);
    assert.equal(big.length, 1);
    const small = run([make("a", "The town sent 4 people to the coast.", "4 people", 4, "people"), make("b", "The town sent 5 people to the coast.", "5 people", 5, "people")]);
    assert.deepEqual(small, []);
  });

  it("must not set figures far apart, of unrelated sentences, of one article, or dated in an earlier year against each other", () => {
    assert.deepEqual(run([make("a", "The flood damaged 7 bridges in the valley.", "7 bridges", 7, "bridge"), make("b", "The flood damaged 70 bridges in the valley.", "70 bridges", 70, "bridge")]), []);
    assert.deepEqual(run([make("a", "The flood damaged 7 bridges in the valley.", "7 bridges", 7, "bridge"), make("b", "Engineers inspected 8 bridges on the coast.", "8 bridges", 8, "bridge")], 0), []);
    const one = make("a", "The flood damaged 7 bridges in the valley.", "7 bridges", 7, "bridge");
    const again = make("a", "Later the flood damaged 8 bridges in the valley.", "8 bridges", 8, "bridge");
    assert.deepEqual(run([one, [{ ...again[0], id: "a:1:0", sentence: 1 }, again[1]]]), []);
    const old = make("b", "A flood in 2004 damaged 8 bridges in the valley.", "8 bridges", 8, "bridge", { dates: [{ kind: "date", span: [11, 15], sentence: 0, text: "2004", value: "2004", granularity: "year" } as never] });
    assert.deepEqual(run([one, old], 1, 2013), []);
  });
});

describe(`${FIGURE_RULES.names.id}`, () => {
  const named = (articleId: string, text: string, names: [string, Mention["type"]][], extra: Partial<Claim> = {}): Claim => {
    const mentions: Mention[] = names.map(([n, type]) => {
      const at = text.indexOf(n);
      return { kind: "mention", span: [at, at + n.length], sentence: 0, text: n, entityId: null, canonical: n, type, source: "chunk", role: null };
    });
    return claim(articleId, text, [], { mentions, subjects: names.map(([n]) => n), ...extra });
  };

  it("two names in related sentences of independent articles are one corroborated relation, its value naming both", () => {
    const a = named("a", "Mara Quint joined the Dunmore Clinic on Monday.", [["Mara Quint", "person"], ["Dunmore Clinic", "organization"]]);
    const b = named("b", "The Dunmore Clinic said Mara Quint had joined.", [["Mara Quint", "person"], ["Dunmore Clinic", "organization"]]);
    const facts = figureFacts([a, b], [], { storyId: "s", quantitiesOf: () => [], related: () => 1, origins: ownOrigins });
    assert.equal(facts.length, 1);
    assert.equal(facts[0]?.variants[0]?.value, "Dunmore Clinic · Mara Quint");
  });

  it("the names of one sentence are one fact; relations the same articles tell in other sentences stay apart", () => {
    const at = (c: Claim, sentence: number): Claim => ({ ...c, id: `${c.articleId}:${sentence}:0`, sentence });
    const a1 = named("a", "Mara Quint joined the Dunmore Clinic in Lakeview.", [["Mara Quint", "person"], ["Dunmore Clinic", "organization"], ["Lakeview", "place"]]);
    const b1 = named("b", "In Lakeview, Mara Quint joined the Dunmore Clinic.", [["Mara Quint", "person"], ["Dunmore Clinic", "organization"], ["Lakeview", "place"]]);
    const a2 = at(named("a", "Ivo Brandt praised Orla Fenn.", [["Ivo Brandt", "person"], ["Orla Fenn", "person"]]), 3);
    const b2 = at(named("b", "Orla Fenn was praised by Ivo Brandt.", [["Ivo Brandt", "person"], ["Orla Fenn", "person"]]), 5);
    const facts = figureFacts([a1, b1, a2, b2], [], { storyId: "s", quantitiesOf: () => [], related: () => 1, origins: ownOrigins });
    assert.deepEqual(facts.map((f) => f.variants[0]?.value).sort(), ["Dunmore Clinic · Lakeview", "Ivo Brandt · Orla Fenn"]);
  });

  it("must not relate names of commentary, names of unrelated sentences, or a country named only by its adjective", () => {
    const a = named("a", "Mara Quint joined the Dunmore Clinic on Monday.", [["Mara Quint", "person"], ["Dunmore Clinic", "organization"]]);
    const b = named("b", "The Dunmore Clinic said Mara Quint had joined.", [["Mara Quint", "person"], ["Dunmore Clinic", "organization"]], { commentary: true });
    assert.deepEqual(figureFacts([a, b], [], { storyId: "s", quantitiesOf: () => [], related: () => 1, origins: ownOrigins }), []);
    const c = named("c", "The Dunmore Clinic said Mara Quint had joined.", [["Mara Quint", "person"], ["Dunmore Clinic", "organization"]]);
    assert.deepEqual(figureFacts([a, c], [], { storyId: "s", quantitiesOf: () => [], related: () => 0, origins: ownOrigins }), []);
    const d = named("d", "Mara Quint starred in American Summer.", [["Mara Quint", "person"]]);
    const demonym: Mention = { kind: "mention", span: [22, 30], sentence: 0, text: "American", entityId: null, canonical: "United States", type: "country", source: "chunk", role: null };
    assert.deepEqual(figureReadings({ ...d, mentions: [...d.mentions, demonym] }, []), []);
  });

  it("the outlet that reports a sentence is no party to what it reports; a speaker is", () => {
    const attribution = (source: string, sourceType: "outlet" | "person", via: string | null = null) => ({ kind: "attribution" as const, span: [0, 1] as const, sentence: 0, source, sourceType, upstream: [], via, date: null, cue: "said" });
    const reported = named("a", "Mara Quint left the clinic, the Dunmore Herald reported.", [["Mara Quint", "person"], ["Dunmore Herald", "organization"]], { attribution: attribution("Dunmore Herald", "outlet") });
    assert.deepEqual(figureReadings(reported, []), []);
    const told = named("b", "Mara Quint told the Dunmore Herald she left Lakeview.", [["Mara Quint", "person"], ["Dunmore Herald", "organization"], ["Lakeview", "place"]], { attribution: attribution("Mara Quint", "person", "Dunmore Herald") });
    assert.deepEqual(figureReadings(told, []).map((r) => r.key), ["names|lakeview|maraquint"]);
  });
});

describe(`${FIGURE_RULES.residence.id}`, () => {
  it("a place after a person's name and age is where they live, one person however fully named", () => {
    const a = claim("a", "Mara J. Quint, 41, of Dunmore, was hired on Monday.", ["Mara J. Quint"]);
    const b = claim("b", "Mara Quint, of Dunmore, joined the board.", ["Mara Quint"]);
    assert.ok(figureReadings(a, []).some((r) => r.key === "residence|maraquint|dunmore"));
    assert.ok(figureReadings(b, []).some((r) => r.key === "residence|maraquint|dunmore"));
    const facts = figureFacts([a, b], [], { storyId: "s", quantitiesOf: () => [], related: () => 0, origins: ownOrigins });
    assert.ok(facts.some((f) => f.statement === "Mara J. Quint is given as living in Dunmore."));
  });

  it("must not read an organisation after a name without an age, or lowercase words, as a residence", () => {
    const c = claim("c", "Mara Quint, of Amnesty International, spoke.", ["Mara Quint"]);
    const org: Mention = { kind: "mention", span: [15, 36], sentence: 0, text: "Amnesty International", entityId: null, canonical: "Amnesty International", type: "organization", source: "chunk", role: null };
    assert.equal(figureReadings({ ...c, mentions: [...c.mentions, org] }, []).some((r) => r.key.startsWith("residence|")), false);
    const d = claim("d", "Mara Quint, of all people, spoke.", ["Mara Quint"]);
    assert.equal(figureReadings(d, []).some((r) => r.key.startsWith("residence|")), false);
  });
});
