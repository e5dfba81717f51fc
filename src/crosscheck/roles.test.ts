/** @module Tests of roles (figure.role): a title before or beside a person's name, read through the roles pack, and agreed across independent articles. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { PackError } from "../errors.ts";
import type { Claim, Mention } from "../types.ts";
import { figureFacts } from "./figures.ts";
import type { Origins } from "./origins.ts";
import { parseRoleLexicon, ROLE_RULE, rolePattern, roleReadings, wordsEndingAt, wordsOfClosedPhrases, type PatternKind } from "./roles.ts";

function claim(articleId: string, text: string, names: string[], extra: Partial<Claim> = {}): Claim {
  const mentions: Mention[] = names.map((n) => {
    const at = text.indexOf(n);
    return { kind: "mention", span: [at, at + n.length], sentence: 0, text: n, entityId: null, canonical: n, type: "person", source: "chunk", role: null };
  });
  return { kind: "claim", id: `${articleId}:0:0`, articleId, sentence: 0, span: [0, text.length], text, subjects: names, mentions, quantities: [], dates: [], attribution: null, modality: "asserted", hedges: [], frame: null, commentary: false, ...extra };
}

const roles = (text: string, names: string[]): string[] => roleReadings(claim("a", text, names)).map((r) => `${r.person}: ${r.role}`);

const ownOrigins = (cs: readonly Claim[]): Origins => {
  const ids = [...new Set(cs.map((c) => c.articleId))];
  return { count: ids.length, chains: ids.map((id) => ({ root: id, articleIds: [id], chain: [id], reason: "own-reporting" as const })) };
};

describe(ROLE_RULE.id, () => {
  it("reads a title right before a name, the longest phrase of the pack winning", () => {
    assert.deepEqual(roles("Deputy Public Defender Nell Orrin asked for a recess.", ["Nell Orrin"]), ["Nell Orrin: defence lawyer"]);
    assert.deepEqual(roles("Marsh County District Attorney Tom Vail filed the charge.", ["Tom Vail"]), ["Tom Vail: prosecutor"]);
    assert.deepEqual(roles("The ruling came from Justice Ada Brill on Monday.", ["Ada Brill"]), ["Ada Brill: judge"]);
  });

  it("reads a title set beside a name, after it or before it", () => {
    assert.deepEqual(roles("In a call, Lew Carden, Pemberly's CTO, declined to comment.", ["Lew Carden"]), ["Lew Carden: chief technology officer"]);
    assert.deepEqual(roles("But the firm's chief technology officer, Lew Carden, said more.", ["Lew Carden"]), ["Lew Carden: chief technology officer"]);
    assert.deepEqual(roles("Nell Orrin, the defendant's attorney, said little.", ["Nell Orrin"]), ["Nell Orrin: lawyer"]);
  });

  it("must not fire: a role word inside a clause about someone else, an abbreviation not in capitals, commentary or a denial", () => {
    assert.deepEqual(roles("Orrin, who said the judge was wrong, left.", ["Orrin"]), []);
    assert.deepEqual(roles("Nell Orrin, the attorney for the city, spoke.", ["Nell Orrin"]), []);
    assert.deepEqual(roles("They met the cto Lew Carden.", ["Lew Carden"]), []);
    assert.deepEqual(roleReadings(claim("a", "Judge Ada Brill is a disgrace.", ["Ada Brill"], { commentary: true })), []);
    assert.deepEqual(roleReadings(claim("a", "Judge Ada Brill did not rule.", ["Ada Brill"], { modality: "denied" })), []);
  });

  it("the same role of the same person in independent articles is one corroborated fact, however unrelated the sentences", () => {
    const a = claim("a", "Public defender Nell Orrin said the boy was scared.", ["Nell Orrin"]);
    const b = claim("b", "The jury heard from Orrin's client, along with defense attorney Nell Orrin, on Tuesday.", ["Nell Orrin"]);
    const c = claim("c", "Prosecutor Nell Orrin spoke.", ["Nell Orrin"]);
    const facts = figureFacts([a, b, c], [], { storyId: "s", quantitiesOf: () => [], related: () => 0, origins: ownOrigins });
    assert.deepEqual(facts.map((f) => [f.statement, f.variants[0]?.value, f.articles]), [["Nell Orrin is given as the defence lawyer.", "defence lawyer", 2]]);
  });

  it("reads the title wherever the text before or after the name lets it end, in either case, over spaces or after punctuation", () => {
    assert.deepEqual(roles("It was (JUDGE Ada Brill) who spoke.", ["Ada Brill"]), ["Ada Brill: judge"]);
    assert.deepEqual(roles("Then District  attorney\tTom Vail spoke.", ["Tom Vail"]), ["Tom Vail: prosecutor"]);
    assert.deepEqual(roles("Lew Carden, Pemberly's CTO ; left.", ["Lew Carden"]), ["Lew Carden: chief technology officer"]);
    assert.deepEqual(roles("Nell Orrin, the city's attorney)", ["Nell Orrin"]), ["Nell Orrin: lawyer"]);
    assert.deepEqual(roles("Nell Orrin, the city's attorney", ["Nell Orrin"]), ["Nell Orrin: lawyer"]);
    assert.deepEqual(roles("Nell Orrin, the city's attorneys, left.", ["Nell Orrin"]), []);
    assert.deepEqual(roles("The attorneys Nell Orrin and Bo Marsh left.", ["Nell Orrin"]), []);
  });

  it("the pack is validated on load", () => {
    assert.throws(
      () => parseRoleLexicon({ pack: "lang-en-roles", version: 1, description: "x", roles: [{ role: "judge", phrases: [] }] }, "my-roles.json"),
      (e: unknown) => e instanceof PackError && /my-roles\.json: invalid roles pack/.test(e.message),
    );
  });

  it("reads a role through a pattern over the phrases that can end where it must, which matches as the pattern over all phrases does", () => {
    const cases: [PatternKind, string][] = [
      ["after", ", AMD's CTO, said"],
      ["after", ", the company's chief technology officer."],
      ["after", ", a Deputy Public Defender, and the"],
      ["after", ", who works there, said"],
      ["before", "Brooklyn Supreme Court Judge "],
      ["before", "the lawyer for the "],
      ["besideBefore", "the company's chief technology officer, "],
      ["besideBefore", "said on Monday, "],
    ];
    for (const [kind, text] of cases) {
      const words = kind === "after" ? wordsOfClosedPhrases(text) : wordsEndingAt(text, text.length - (kind === "before" ? 1 : 2));
      const small = words !== null && words.size === 0 ? null : rolePattern(kind, words).exec(text);
      const full = rolePattern(kind, null).exec(text);
      assert.deepEqual(small && { index: small.index, groups: [...small] }, full && { index: full.index, groups: [...full] }, `${kind}: ${text}`);
    }
    assert.ok(rolePattern("after", wordsOfClosedPhrases(", AMD's CTO, said")).source.length < rolePattern("after", null).source.length / 10);
  });
});
