/**
 * @module Alerts from a story's report before and after an analysis: a fact newly contested, a
 * fact whose verdict changed otherwise, a garbled name or name variant not flagged before, and a
 * story reaching `minStoryArticles`. Pure; every alert's key names the change itself (story, fact
 * or finding, and the new state), never the time, so recomputing after a restart gives the same
 * keys and the store keeps each alert once.
 */
import type { Anomaly, Fact, Report } from "../report/types.ts";
import { placesOf } from "../report/anomaly-places.ts";
import { labelLookup } from "../report/source-label.ts";
import type { AlertEvidence, NewAlert } from "./types.ts";

export interface DiffOptions {
  /** A story is announced once it holds this many articles (default 3; 0 turns it off). */
  readonly minStoryArticles?: number;
  /** Quotes kept per alert (default 6). */
  readonly maxEvidence?: number;
}

export const DEFAULT_MIN_STORY_ARTICLES = 3;

const ANOMALY_KINDS = new Set(["garbled-name", "name-variant"]);

const oneLine = (s: string, max = 240): string => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function factEvidence(report: Report, fact: Fact, max: number): AlertEvidence[] {
  const label = labelLookup(report);
  const urls = new Map(report.articles.map((a) => [a.id, a.url ?? null]));
  const out: AlertEvidence[] = [];
  // One quote per variant first, so a contested fact shows each side, then the rest.
  const rounds = Math.max(0, ...fact.variants.map((v) => v.evidence.length));
  for (let i = 0; i < rounds && out.length < max; i++) {
    for (const v of fact.variants) {
      const e = v.evidence[i];
      if (e === undefined || out.length >= max) continue;
      out.push({ articleId: e.articleId, source: label(e.articleId), quote: oneLine(e.quote, 400), value: e.reading ?? v.value, url: urls.get(e.articleId) ?? null });
    }
  }
  return out;
}

function anomalyEvidence(report: Report, anomaly: Anomaly, max: number): AlertEvidence[] {
  const label = labelLookup(report);
  const urls = new Map(report.articles.map((a) => [a.id, a.url ?? null]));
  return placesOf(anomaly).slice(0, max).map((p) => ({
    articleId: p.articleId, source: label(p.articleId), quote: oneLine(p.quote, 400), value: anomaly.suggestion, url: urls.get(p.articleId) ?? null,
  }));
}

/** What identifies a finding across analyses: its kind, what was found and what it should be. */
function anomalyKey(a: Anomaly): string {
  return `${a.kind}|${oneLine(a.quote).toLowerCase()}|${(a.suggestion ?? "").toLowerCase()}`;
}

function values(fact: Fact): string {
  return fact.variants.map((v) => `“${oneLine(v.value, 120)}”`).join(" vs ");
}

/** The alerts one re-analysis of `storyId` gives, in a stable order. */
export function diffReports(storyId: string, before: Report | null, after: Report, options: DiffOptions = {}): NewAlert[] {
  const max = options.maxEvidence ?? 6;
  const minArticles = options.minStoryArticles ?? DEFAULT_MIN_STORY_ARTICLES;
  const story = after.stories.find((s) => s.id === storyId) ?? after.stories[0];
  const storyTitle = story?.title ?? storyId;
  const alerts: NewAlert[] = [];
  const old = new Map((before?.facts ?? []).map((f) => [f.id, f]));
  const facts = [...after.facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const fact of facts) {
    const was = old.get(fact.id);
    if (fact.verdict === "contested" && was?.verdict !== "contested") {
      alerts.push({
        key: `contested|${storyId}|${fact.id}`,
        kind: "contested",
        storyId, storyTitle, factId: fact.id,
        title: `Contested: ${oneLine(fact.statement, 160)}`,
        summary: `Sources disagree: ${values(fact)}.${fact.differs ? ` ${oneLine(fact.differs)}.` : ""}${was ? ` It was ${was.verdict}.` : ""}`,
        evidence: factEvidence(after, fact, max),
      });
    } else if (was !== undefined && was.verdict !== fact.verdict) {
      alerts.push({
        key: `verdict|${storyId}|${fact.id}|${was.verdict}>${fact.verdict}`,
        kind: "verdict-changed",
        storyId, storyTitle, factId: fact.id,
        title: `Now ${fact.verdict}: ${oneLine(fact.statement, 160)}`,
        summary: `The verdict changed from ${was.verdict} to ${fact.verdict} (${fact.independentOrigins} independent origin${fact.independentOrigins === 1 ? "" : "s"}, ${fact.articles} article${fact.articles === 1 ? "" : "s"}).`,
        evidence: factEvidence(after, fact, max),
      });
    }
  }
  const seen = new Set((before?.anomalies ?? []).filter((a) => ANOMALY_KINDS.has(a.kind)).map(anomalyKey));
  for (const anomaly of after.anomalies) {
    if (!ANOMALY_KINDS.has(anomaly.kind)) continue;
    const key = anomalyKey(anomaly);
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = anomaly.kind === "garbled-name" ? "garbled-name" : "name-variant";
    alerts.push({
      key: `${kind}|${storyId}|${key}`,
      kind,
      storyId, storyTitle, factId: null,
      title: `${kind === "garbled-name" ? "Garbled name" : "Name variant"}: “${oneLine(anomaly.quote, 80)}”${anomaly.suggestion ? ` (likely ${oneLine(anomaly.suggestion, 80)})` : ""}`,
      summary: oneLine(anomaly.explanation, 500),
      evidence: anomalyEvidence(after, anomaly, max),
    });
  }
  const size = story?.articleIds.length ?? after.articles.length;
  const sizeBefore = before?.stories.find((s) => s.id === storyId)?.articleIds.length ?? before?.stories[0]?.articleIds.length ?? 0;
  if (minArticles > 0 && size >= minArticles && sizeBefore < minArticles) {
    const outlets = [...new Set(after.articles.map((a) => a.label ?? a.outlet))];
    alerts.push({
      key: `story|${storyId}|${minArticles}`,
      kind: "new-story",
      storyId, storyTitle, factId: null,
      title: `New story: ${oneLine(storyTitle, 160)} (${size} articles)`,
      summary: `${size} articles from ${outlets.length} source${outlets.length === 1 ? "" : "s"}: ${oneLine(outlets.join(", "), 300)}.`,
      evidence: [],
    });
  }
  return alerts;
}
