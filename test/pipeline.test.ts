/**
 * @module End-to-end golden test on the bundled example story (examples/summit-story), and
 * perturbation tests: a changed number becomes a contested fact, a copy under another outlet's
 * name adds an article but no independent origin, and shuffled input gives an identical report.
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { ingest } from "../src/ingest/index.ts";
import { loadKnowledge, type KnowledgeBase } from "../src/knowledge/index.ts";
import { analyzeArticles } from "../src/pipeline.ts";
import type { Fact, Report } from "../src/report/types.ts";
import { anomalyArticleIds, perPlace } from "../src/report/anomaly-places.ts";
import { articleId } from "../src/text/normalize.ts";
import type { Article } from "../src/types.ts";

const example = fileURLToPath(new URL("../examples/summit-story", import.meta.url));
const pack = fileURLToPath(new URL("../examples/summit-story/pack.json", import.meta.url));
const GENERATED = "2026-03-12T00:00:00.000Z";

let articles: readonly Article[] = [];
let kb: KnowledgeBase;
let report: Report;

const run = (xs: readonly Article[]): Promise<Report> => analyzeArticles(xs, { kb, generatedAt: GENERATED });
const outletOf = (r: Report, id: string): string => r.articles.find((a) => a.id === id)?.outlet ?? "";
const outletsOf = (r: Report, f: Fact): string[] => [...new Set(f.variants.flatMap((v) => v.evidence.map((e) => outletOf(r, e.articleId))))].sort();
const anomalies = (r: Report, kind: string): { outlet: string; quote: string; suggestion: string | null; explanation: string }[] =>
  perPlace(r.anomalies.filter((a) => a.kind === kind)).map((a) => ({ outlet: outletOf(r, a.articleId), quote: a.quote, suggestion: a.suggestion, explanation: a.explanation }));
const factAbout = (r: Report, re: RegExp, verdict?: Fact["verdict"]): Fact | undefined => r.facts.find((f) => re.test(f.statement) && (!verdict || f.verdict === verdict));

before(async () => {
  const read = await ingest([example]);
  assert.deepEqual(read.errors, []);
  articles = read.articles;
  kb = loadKnowledge({ extraPacks: [pack] });
  report = await run(articles);
});

test("reads the seven example articles into one story", () => {
  assert.equal(report.schema, "triangulate.report/v1");
  assert.equal(report.articles.length, 7);
  assert.equal(report.stories.length, 1);
  assert.deepEqual(report.errors, []);
  assert.ok(report.facts.length >= 10);
  for (const f of report.facts) for (const v of f.variants) for (const e of v.evidence) assert.ok(e.quote.length > 0 && e.span[1] > e.span[0]);
});

test("contests the battery count, naming the number and the unit that differ", () => {
  const f = factAbout(report, /VR-300 Bastion/, "contested");
  assert.ok(f, "a contested VR-300 fact");
  assert.match(f.differs ?? "", /4 batteries vs 6 batteries/);
  assert.deepEqual(f.variants.map((v) => v.value).slice(0, 3), ["4 batteries", "6 batteries", "4 regiments"]);
  assert.equal(f.conservative, "4 batteries");
  // The four-battery outlets all go back to the agency: far fewer origins than articles.
  assert.ok(f.independentOrigins < f.articles);
});

test("contests the squadron count and the contract's status", () => {
  assert.match(factAbout(report, /HK-24 Petrel/, "contested")?.differs ?? "", /3 squadrons vs 4 squadrons/);
  const contract = factAbout(report, /Signing of the contract/, "contested");
  assert.ok(contract);
  assert.match(contract.differs ?? "", /status differs/);
  assert.deepEqual(outletsOf(report, { ...contract, variants: contract.variants.filter((v) => v.value === "ordered") }), ["Harbourside Post"]);
});

test("corroborates the visit dates across independent origins", () => {
  const f = factAbout(report, /Anna Varga visits Norland on 2026-03-12\/2026-03-13/, "corroborated");
  assert.ok(f);
  assert.ok(f.independentOrigins >= 2 && f.independentOrigins < f.articles);
});

test("flags the garbled designations with their likely names", () => {
  const garbles = anomalies(report, "garbled-name").map((a) => `${a.outlet}: ${a.quote} → ${a.suggestion}`).sort();
  assert.deepEqual(garbles, ["Meridian Times: ВR-300 Bastion → VR-300 Bastion", "northern-ledger: HK-42 → HK-24 Petrel"]);
});

test("flags the scraper's repeated paragraph, the bad arithmetic and the wrong year count", () => {
  assert.deepEqual(anomalies(report, "repeated-text").map((a) => a.outlet), ["Meridian Times"]);
  assert.match(anomalies(report, "repeated-text")[0]?.quote ?? "", /^Kestria is moving closer to a major arms purchase/);
  const arithmetic = anomalies(report, "inconsistent-number");
  assert.deepEqual(arithmetic.map((a) => a.outlet), ["Harbourside Post"]);
  assert.match(arithmetic[0]?.explanation ?? "", /make 48, but the sentence gives 36/);
  const temporal = anomalies(report, "temporal-inconsistency");
  assert.deepEqual(temporal.map((a) => a.outlet), ["evening-courier"]);
  assert.match(temporal[0]?.explanation ?? "", /fifth year.*2023-05-14.*third year/);
});

test("flags the narrative only two outlets carry, and the op-ed as mostly commentary", () => {
  assert.deepEqual(anomalies(report, "framing").map((a) => a.outlet).sort(), ["The Holmgard Herald", "evening-courier"]);
  assert.match(anomalies(report, "framing")[0]?.explanation ?? "", /guardian/);
  assert.deepEqual(anomalies(report, "mostly-commentary").map((a) => a.outlet), ["evening-courier"]);
});

test("lists each finding once, with every article it occurs in", () => {
  const keys = report.anomalies.map((a) => `${a.kind}|${a.quote.toLowerCase()}|${a.suggestion ?? ""}`).filter((k) => !k.startsWith("framing|") && !k.startsWith("temporal"));
  assert.deepEqual(keys, [...new Set(keys)], "no name, claim or passage is flagged twice");
  const spread = report.anomalies.filter((a) => anomalyArticleIds(a).length > 1);
  assert.ok(spread.length > 0, "a finding several articles share lists them all");
  for (const a of spread) assert.equal(anomalyArticleIds(a)[0], a.articleId, "its first place is its own");
});

test("links the wire and its near-copy as reuse", () => {
  const cpa = report.articles.find((a) => a.outlet === "Continental Press Agency")?.id;
  const herald = report.articles.find((a) => a.outlet === "The Holmgard Herald")?.id;
  const link = report.reuse.find((l) => [l.a, l.b].includes(cpa ?? "") && [l.a, l.b].includes(herald ?? ""));
  assert.ok(link && link.score > 0.5, "CPA ↔ Herald reuse");
  assert.ok(link.passages.reduce((n, p) => n + p.a.length, 0) > 1500, "most of the wire is shared");
});

test("keeps the Mirror's 2028 delivery claim single-source", () => {
  const f = report.facts.find((f) => f.variants.some((v) => v.evidence.some((e) => /second half of 2028/.test(e.quote))));
  assert.ok(f);
  assert.equal(f.verdict, "single-source");
  assert.equal(f.independentOrigins, 1);
});

test("changing one number in one article makes that fact contested", async () => {
  const visit = factAbout(report, /Anna Varga visits Norland on/, "corroborated");
  assert.ok(visit);
  const mirror = articles.find((a) => a.outlet === "Kestria Daily Mirror");
  assert.ok(mirror && mirror.text.includes("12-13 March"));
  const changed = { ...mirror, text: mirror.text.replace("12-13 March", "19-20 March") };
  const r = await run(articles.map((a) => (a === mirror ? { ...changed, id: articleId(changed) } : a)));
  const f = factAbout(r, /Anna Varga visits Norland/, "contested");
  assert.ok(f, "the visit-date fact is contested");
  assert.match(f.differs ?? "", /date differs/);
});

test("a copy under another outlet's name adds an article but no independent origin", async () => {
  const cpa = articles.find((a) => a.outlet === "Continental Press Agency");
  assert.ok(cpa);
  const copy = { ...cpa, outlet: "Copycat Daily", origin: "copycat.txt" };
  const r = await run([...articles, { ...copy, id: articleId(copy) }]);
  for (const f of report.facts) {
    const carriesCpa = f.variants.some((v) => v.evidence.some((e) => e.articleId === cpa.id));
    const after = r.facts.find((x) => x.id === f.id);
    if (!carriesCpa || !after) continue;
    assert.equal(after.articles, f.articles + 1, `${f.statement} | ${f.variants.map((v) => v.value).join(", ")}`);
    assert.equal(after.independentOrigins, f.independentOrigins, f.statement);
  }
  assert.ok(r.reuse.some((l) => l.kind === "duplicate"));
});

test("shuffled input gives an identical report", async () => {
  const shuffled = [articles[3], articles[6], articles[0], articles[5], articles[1], articles[4], articles[2]].filter((a): a is Article => a !== undefined);
  assert.deepEqual(await run(shuffled), report);
});

test("a visit written 'from DATE to DATE' is dated with that range", async () => {
  const mirror = articles.find((a) => a.outlet === "Kestria Daily Mirror");
  assert.ok(mirror && mirror.text.includes("12-13 March"));
  const changed = { ...mirror, text: mirror.text.replace(/on 12-13 March/, "from 12 to 13 March") };
  assert.notEqual(changed.text, mirror.text);
  const r = await run(articles.map((a) => (a === mirror ? { ...changed, id: articleId(changed) } : a)));
  const f = factAbout(r, /Anna Varga visits Norland on 2026-03-12\/2026-03-13/, "corroborated");
  assert.ok(f && outletsOf(r, f).includes("Kestria Daily Mirror"), "the Mirror still dates the visit");
});
