/**
 * @module End-to-end tests on stories beyond the example, with real-world entities from the
 * bundled packs. test/fixtures/tank-deal: figures that differ, a part of a total, a deal's value,
 * a denial, a name spelled with and without diacritics. test/fixtures/earthquake: an incident's
 * magnitude disputed while its death toll agrees, and an earlier disaster's toll left out.
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/index.ts";
import type { Fact, Report } from "../src/report/types.ts";

const folder = fileURLToPath(new URL("./fixtures/tank-deal", import.meta.url));
const quakeFolder = fileURLToPath(new URL("./fixtures/earthquake", import.meta.url));
let report: Report;
let quake: Report;
const outletsOf = (f: Fact, value?: string): string[] =>
  [...new Set(f.variants.filter((v) => value === undefined || v.value === value).flatMap((v) => v.evidence.map((e) => report.articles.find((a) => a.id === e.articleId)?.outlet ?? "")))].sort();

before(async () => {
  report = await analyze([folder], { generatedAt: "2025-08-03T00:00:00.000Z" });
  quake = await analyze([quakeFolder], { generatedAt: "2025-03-03T00:00:00.000Z" });
});

test("reads the four articles as one story", () => {
  assert.equal(report.errors.length, 0);
  assert.equal(report.stories.length, 1);
  assert.equal(report.articles.length, 4);
});

test("contests the tank count, names the denial and keeps the locally built part out of it", () => {
  const f = report.facts.find((x) => x.verdict === "contested" && x.subject.includes("K2 Black Panther"));
  assert.ok(f, "a contested K2 fact");
  assert.equal(f.differs, "number differs: 180 tanks vs 160 tanks; status differs: ordered vs denied");
  assert.ok(!f.variants.some((v) => /\b81\b/.test(v.value)), "81 is a part, not a competing total");
  assert.deepEqual(outletsOf(f, "160 tanks; ordered"), ["Baltic Wire"]);
  assert.deepEqual(outletsOf(f, "180 tanks; ordered"), ["Central Europe Daily", "Warsaw Ledger"]);
  assert.deepEqual(outletsOf(f, "denied / not done"), ["capital-desk"]);
  assert.equal(f.independentOrigins, 2, "Reuters for three outlets, the ministry for the denial");
  assert.doesNotMatch(f.statement, /ordered|approved|considering/, "accounts that disagree on the stage get a statement that names none");
});

test("reports the deal's value as a fact of its own, agreed by three outlets that all cite one wire", () => {
  const f = report.facts.find((x) => x.statement.includes(", value ("));
  assert.ok(f, "a value fact");
  assert.equal(f.statement, "Poland's K2 Black Panther deal with South Korea, value ($6.5 billion / about $6.5 billion)");
  assert.deepEqual(outletsOf(f), ["Baltic Wire", "Central Europe Daily", "Warsaw Ledger"]);
  assert.equal(f.verdict, "single-source");
  assert.equal(f.independentOrigins, 1);
});

test("treats the minister's statement as one speaker's however his name is spelled", () => {
  const f = report.facts.find((x) => /W[lł]adys[lł]aw Kosiniak-Kamysz/.test(x.statement) && x.variants.length === 1);
  assert.ok(f, "one statement fact for the minister");
  assert.deepEqual(outletsOf(f), ["Baltic Wire", "Warsaw Ledger"]);
  // Each outlet quotes him from its own reporting: two independent accounts of what he said.
  assert.equal(f.independentOrigins, 2);
  assert.equal(f.verdict, "corroborated");
  const e = report.entities?.find((x) => x.name.includes("Kosiniak-Kamysz"));
  assert.deepEqual(e?.forms, ["Wladyslaw Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"]);
});

const quakeFact = (re: RegExp): Fact | undefined => quake.facts.find((f) => re.test(f.statement));

test("disputes the quake's magnitude while the death toll and the injured agree", () => {
  const magnitude = quakeFact(/^Earthquake in Turkey, magnitude/);
  assert.equal(magnitude?.verdict, "contested");
  assert.equal(magnitude?.differs, "magnitude differs: 6.1 vs 6.4");
  assert.equal(magnitude?.conservative, null, "a magnitude has no conservative reading");
  const toll = quakeFact(/^Earthquake in Turkey, death toll/);
  assert.equal(toll?.verdict, "corroborated");
  assert.equal(toll?.independentOrigins, 3);
  assert.equal(toll?.variants.length, 1, "at least 30, dozens and 41 are compatible readings");
  assert.ok(!/50,000/.test(toll?.statement ?? ""), "the 2023 toll is not this quake's");
  const injured = quakeFact(/^Earthquake in Turkey, number injured/);
  assert.equal(injured?.verdict, "corroborated");
  assert.match(injured?.statement ?? "", /about 250 injured \/ more than 200 injured/);
});

test("each article keeps its own reading of a figure its variant shares with others", () => {
  const toll = quakeFact(/^Earthquake in Turkey, death toll/);
  const readings = new Map((toll?.variants[0]?.evidence ?? []).map((e) => [quake.articles.find((a) => a.id === e.articleId)?.outlet, e.reading]));
  assert.equal(readings.get("quake-desk"), "41 killed");
  assert.equal(readings.get("Anatolia Observer"), "at least 30 killed");
});

test("groups a leader's promise reported with and without diacritics under one speaker", () => {
  // Stated by its own sentence, which names the speaker ("Erdogan promised ..."): no speaker prefix is added.
  const f = quake.facts.find((x) => /rebuild/.test(x.statement) && x.variants.some((v) => v.evidence.some((e) => e.attribution === "Recep Tayyip Erdoğan")));
  assert.ok(f);
  assert.equal(f.articles, 2);
  // Quoting the same person is no shared upstream report: each article heard him.
  assert.equal(f.independentOrigins, 2);
});

test("notes that an article not in English is read with English rules", async () => {
  const dir = await mkdtemp(join(tmpdir(), "triangulate-lang-"));
  try {
    await writeFile(
      join(dir, "fr.txt"),
      "Le ministère indien de la Défense a approuvé l'achat de cinq divisions de systèmes S-400, selon le Times of India. Vladimir Poutine se rendra à New Delhi les 4 et 5 décembre, a annoncé le Kremlin.",
    );
    const r = await analyze([dir]);
    const a = r.articles[0];
    assert.equal(a?.language, "fr");
    assert.ok(a?.notes?.some((n) => n.startsWith("written in fr:")), JSON.stringify(a?.notes));
    assert.ok(!report.articles.some((x) => x.notes?.some((n) => n.startsWith("written in"))), "English articles get no such note");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("keeps three short articles on consecutive days about one visit in one story, the date disputed", async () => {
  const r = await analyze([fileURLToPath(new URL("./fixtures/short-visit", import.meta.url))]);
  assert.equal(r.stories.length, 1);
  const visit = r.facts.find((f) => f.verdict === "contested" && f.statement.startsWith("Emmanuel Macron visits China"));
  assert.ok(visit, "Macron's visit, contested");
  assert.equal(visit.differs, "date differs: 2025-04-12 vs 2025-04-05");
  assert.deepEqual(
    visit.variants.map((v) => [v.value, [...new Set(v.evidence.map((e) => r.articles.find((a) => a.id === e.articleId)?.outlet))].sort()]),
    [["2025-04-12", ["Le Quotidien"]], ["2025-04-05", ["Asia Dispatch", "Paris Courier"]]],
    "no variant from another leader's trip",
  );
  const merz = r.facts.find((f) => f.statement.startsWith("Friedrich Merz visits China"));
  assert.ok(merz, "the earlier trip is its own fact");
});

/** Write articles (front matter + body) to a new temporary folder and analyze it. */
async function analyzeTexts(articles: readonly { outlet: string; published: string; body: string }[]): Promise<Report> {
  const dir = await mkdtemp(join(tmpdir(), "triangulate-toll-"));
  try {
    for (const [k, a] of articles.entries()) {
      await writeFile(join(dir, `a${k}.md`), `---\ntitle: Floods in Bangladesh\noutlet: ${a.outlet}\npublished: ${a.published}\n---\n${a.body}\n`);
    }
    return await analyze([dir], { generatedAt: "2025-07-10T00:00:00.000Z" });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test("a death toll that only rises in later reports is said to be updated; a local toll is its own figure", async () => {
  const r = await analyzeTexts([
    { outlet: "Delta Wire", published: "2025-07-01", body: "Floods in northern Bangladesh have killed at least 12 people, the disaster ministry said on Tuesday. Rivers burst their banks after days of monsoon rain." },
    { outlet: "Dhaka Evening", published: "2025-07-02", body: "The death toll from the floods in northern Bangladesh rose to 19 on Wednesday, the disaster ministry said. Nine people died in Sylhet, the district administration said." },
    { outlet: "River Post", published: "2025-07-03", body: "The death toll from the floods in Bangladesh stood at 23 on Thursday, the disaster ministry said, as rivers began to recede." },
  ]);
  const toll = r.facts.find((f) => f.verdict === "contested" && f.statement.includes("death toll") && !f.statement.includes("Sylhet"));
  assert.ok(toll, JSON.stringify(r.facts.map((f) => [f.statement, f.differs])));
  assert.match(toll.differs ?? "", /^rises in later reports: at least 12 killed \(1 Jul\) → 19 killed \(2 Jul\) → 23 killed \(3 Jul\), likely updates/);
  // The district's nine dead are not a competing national toll.
  assert.ok(!toll.variants.some((v) => /\b9 killed\b/.test(v.value)), "9 is Sylhet's toll");
  // Two reports of the same day that differ are a dispute, not an update.
  const same = await analyzeTexts([
    { outlet: "Delta Wire", published: "2025-07-02", body: "The death toll from the floods in northern Bangladesh rose to 19 on Wednesday, the disaster ministry said." },
    { outlet: "River Post", published: "2025-07-02", body: "The death toll from the floods in northern Bangladesh rose to 23 on Wednesday, the disaster ministry said." },
  ]);
  const disputed = same.facts.find((f) => f.verdict === "contested");
  assert.ok(disputed);
  assert.doesNotMatch(disputed.differs ?? "", /later reports/);
});

test("one article's two sources are two accounts, and a variant's readings all agree", async () => {
  const r = await analyzeTexts([
    { outlet: "Delta Wire", published: "2025-07-01", body: "Floods in northern Bangladesh injured 30 people, the disaster ministry said. Organisers of the relief effort said more than 100 people were injured in the floods." },
    { outlet: "River Post", published: "2025-07-01", body: "Floods in northern Bangladesh injured 30 people, the disaster ministry said on Tuesday." },
  ]);
  const injured = r.facts.find((f) => f.verdict === "contested" && f.statement.startsWith("Flood in Bangladesh"));
  assert.ok(injured, JSON.stringify(r.facts.map((f) => [f.statement, f.verdict])));
  assert.deepEqual(injured.variants.filter((v) => v.value !== "mentioned without that figure").map((v) => v.value).sort(), ["30 injured", "more than 100 injured"]);
});
