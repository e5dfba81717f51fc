/**
 * @module `npm run bench -- seeds [--seeds DIR]`: the acceptance checks of the seed story
 * (../shared/seeds: five real articles on India–Russia arms talks) run against a fresh analysis,
 * one line each, PASS or FAIL with what was found. These checks name the seeds' own text, which
 * is why they live here and not in src/ or in the tests (tests never read the seeds).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze } from "../../src/index.ts";
import type { Anomaly, Fact, Report } from "../../src/report/types.ts";
import { perPlace } from "../../src/report/anomaly-places.ts";
import { argValue, repoRoot } from "../data.ts";

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly found: string;
}


export async function main(args: string[]): Promise<void> {
  const dir = resolve(argValue(args, "seeds") ?? join(repoRoot, "..", "shared", "seeds"));
  if (!existsSync(dir)) {
    console.log(`seeds: ${dir} not found; pass --seeds DIR (the five seed articles of ../shared/seeds)`);
    return;
  }
  const r = await analyze([dir]);
  const checks = seedChecks(r);
  for (const c of checks) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.name}${c.found ? ` — ${c.found}` : ""}`);
  const passed = checks.filter((c) => c.ok).length;
  console.log(`seeds checks=${checks.length} passed=${passed} failed=${checks.length - passed} articles=${r.articles.length} stories=${r.stories.length} facts=${r.facts.length} anomalies=${r.anomalies.length}`);
}

function seedChecks(r: Report): Check[] {
  const prefix = (f: { articleId: string }): string => r.articles.find((a) => a.id === f.articleId)?.outlet.slice(0, 3) ?? "?";
  const carriers = (f: Fact | undefined): string[] => [...new Set((f?.variants ?? []).flatMap((v) => v.evidence.map(prefix)))].sort();
  const fact = (test: (f: Fact) => boolean): Fact | undefined => r.facts.find(test);
  // One anomaly per finding lists its places; the checks ask per article, so read it per place.
  const places = perPlace(r.anomalies);
  const anomalies = (kind: string, test: (a: Anomaly) => boolean = () => true): Anomaly[] => places.filter((a) => a.kind === kind && test(a));
  const quoted = (f: Fact, re: RegExp): boolean => f.variants.some((v) => v.evidence.some((e) => re.test(e.quote)));
  const out: Check[] = [];
  const check = (name: string, ok: boolean, found: string): void => void out.push({ name, ok, found });

  check("5 articles, one story, ≥ 10 facts each with a quote", r.articles.length === 5 && r.stories.length === 1 && r.facts.length >= 10 && r.facts.every((f) => f.variants.some((v) => v.evidence.length > 0)), `${r.articles.length} articles, ${r.stories.length} stories, ${r.facts.length} facts`);
  const visit = fact((f) => /^Vladimir Putin visits India on XXXX-12-04\/XXXX-12-05$/.test(f.statement));
  check("Putin's 4–5 December visit corroborated by several articles", visit?.verdict === "corroborated" && visit.articles >= 3, visit ? `${visit.verdict}, ${visit.articles} articles (${carriers(visit).join(" ")}), ${visit.independentOrigins} origins` : "no such fact");
  const s400 = fact((f) => f.verdict === "contested" && f.subject.includes("S-400 Triumf"));
  check("S-400 purchase contested, the unit difference named", Boolean(s400?.differs?.includes("unit differs: 5 divisions vs 5 squadrons")), s400?.differs ?? "no contested S-400 fact");
  const link = r.reuse.find((l) => [l.a, l.b].map((id) => prefix({ articleId: id })).sort().join() === "000,001");
  check(
    "000 and 001 linked as one text rewritten, naming the garbled names both make",
    link?.kind === "rewrite" && (link.sharedErrors ?? []).join() === "C-500,Su-5",
    link ? `${link.kind}, score ${link.score}, ${link.passages.length} aligned passages, shared errors: ${(link.sharedErrors ?? []).join(", ") || "none"}` : "no link",
  );
  const rep = anomalies("repeated-text", (a) => prefix(a) === "004");
  check("004's repeated opening sentence flagged", rep.length > 0 && rep.every((a) => a.quote.startsWith("India has long relied on Russia")), `${rep.length} repeats`);

  for (const who of ["000", "001"]) {
    const su = anomalies("garbled-name", (a) => prefix(a) === who && a.quote === "Su-5");
    const c = anomalies("garbled-name", (a) => prefix(a) === who && a.quote === "C-500");
    check(`${who}: "Su-5" a likely Su-57, "C-500" a likely S-500, each explained`, su[0]?.suggestion === "Sukhoi Su-57" && c[0]?.suggestion === "S-500 Prometey" && Boolean(su[0]?.explanation && c[0]?.explanation), `${su[0]?.suggestion ?? "-"}; ${c[0]?.suggestion ?? "-"}`);
  }
  const entity = (name: string): string => {
    const e = r.entities?.find((x) => x.name === name);
    return e ? `${e.name} [${e.forms.join(", ")}]${e.roles.length ? ` (${e.roles.join("; ")})` : ""}` : `${name}: not resolved`;
  };
  const forms = (name: string, want: readonly string[]): boolean => want.every((w) => r.entities?.find((x) => x.name === name)?.forms.includes(w));
  check("Su-57 = Sukhoi-57; S-400 = S-400 Triumf; Indian MoD Defence = Defense", forms("Sukhoi Su-57", ["Su-57", "Sukhoi-57"]) && forms("S-400 Triumf", ["S-400", "S-400 Triumf"]) && forms("Ministry of Defence (India)", ["Indian Ministry of Defence", "Indian Ministry of Defense"]), [entity("Sukhoi Su-57"), entity("Ministry of Defence (India)")].join("; "));
  const roles = ["Vladimir Putin", "Narendra Modi", "Dmitry Peskov", "Rajesh Kumar Singh"].map((n) => r.entities?.find((x) => x.name === n));
  check("Putin, Modi, Peskov and Rajesh Kumar Singh resolved with their roles", roles.every((e) => e && e.roles.length > 0), roles.map((e) => (e ? `${e.name} (${e.roles[0]})` : "missing")).join("; "));
  const attributions = new Set(r.facts.flatMap((f) => f.variants.flatMap((v) => v.evidence.map((e) => e.attribution ?? ""))));
  const has = (re: RegExp): boolean => [...attributions].some((a) => re.test(a));
  check("attributions: Bloomberg ← anonymous, The Times of India (27 Nov), India Today (Defence Secretary), Peskov (2 Dec)", has(/^Bloomberg ← an anonymous source/) && has(/^The Times of India \(XXXX-11-27\)$/) && has(/^Rajesh Kumar Singh \(told India Today\)/) && has(/^Dmitry Peskov \(XXXX-12-02\)$/), [...attributions].filter(Boolean).sort().join(" | "));
  const procurement = (item: string): Fact[] => r.facts.filter((f) => f.frame?.type === "procurement" && f.frame.roles["item"] === item);
  const stages = (item: string): string => [...new Set(procurement(item).flatMap((f) => f.variants.map((v) => v.value)))].join(", ");
  check("procurement frames for S-400, Su-57 and S-500 with honest statuses", procurement("S-400 Triumf").length > 0 && procurement("Sukhoi Su-57").length > 0 && procurement("S-500 Prometey").length > 0 && !r.facts.some((f) => f.frame?.type === "procurement" && /ordered|delivered/.test(f.frame.status ?? "")), `S-400: ${stages("S-400 Triumf")}; Su-57: ${procurement("Sukhoi Su-57").map((f) => f.statement).join(" / ")}; S-500: ${procurement("S-500 Prometey").map((f) => f.statement).join(" / ")}`);

  const su57 = fact((f) => f.subject.includes("Sukhoi Su-57") && /140/.test(f.variants[0]?.value ?? ""));
  check("140 Su-57 / seven squadrons carried by 000 and 001, one origin", carriers(su57).join() === "000,001" && su57?.independentOrigins === 1, su57 ? `${su57.statement}: ${carriers(su57).join(" ")}, ${su57.independentOrigins} origin` : "no such fact");
  const toi = (s400?.origins ?? []).find((o) => o.root === "The Times of India");
  check("S-400 approval traced upstream to The Times of India", Boolean(toi), toi ? `${toi.chain.join(" → ")}` : "no such chain");
  const caatsa = fact((f) => f.frame?.type === "sanction" && f.frame.roles["on"] === "India");
  const caatsaFlag = anomalies("unattributed-claim", (a) => prefix(a) === "001" && /CAATSA/.test(a.quote));
  check("001's CAATSA sanctions claim single-source and unattributed", caatsa?.verdict === "single-source" && carriers(caatsa).join() === "001" && caatsaFlag.length === 1, caatsa ? `${caatsa.statement}: ${caatsa.verdict}` : "no such fact");
  const peskov = fact((f) => /Peskov/.test(f.statement) && quoted(f, /December 2/));
  check("Peskov's 2 December briefing single-source", peskov?.verdict === "single-source" && quoted(peskov, /December 2/), peskov ? `${peskov.verdict}, ${peskov.articles} article` : "no such fact");
  const donbass = anomalies("framing", (a) => /Donbass/.test(a.quote) || /Donbass/.test(a.explanation));
  check("Donbass / Western aggression narrative in 001 and 002 flagged as framing absent from the others", [...new Set(donbass.map(prefix))].sort().join() === "001,002" && donbass.every((a) => /absent from/.test(a.explanation)), donbass.map((a) => `${prefix(a)}: ${a.quote.slice(0, 60)}…`).join(" | "));
  const commentary = r.articles.find((a) => a.outlet.startsWith("003"));
  check("003 noted as mostly commentary", Boolean(commentary?.notes?.some((n) => n.startsWith("mostly commentary"))), commentary?.notes?.join("; ") ?? "");
  const war = anomalies("temporal-inconsistency", (a) => prefix(a) === "002" && /third year/.test(a.quote));
  check("002's 'war enters its third year' flagged against a December 2025 summit", war.length === 1, war[0]?.explanation ?? "none");
  const contested = r.facts.filter((f) => f.verdict === "contested");
  check("no fact contested that is not a real disagreement", contested.length === 1 && contested[0] === s400, contested.map((f) => `${f.statement} — ${f.differs}`).join(" | "));
  return out;
}
