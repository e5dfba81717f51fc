/**
 * @module Markdown rendering of a report: per story, the key findings first (markdown-findings.ts),
 * then the summary (agreed, disputed, single source, each with outlet badges and a quote), then the fact × outlet matrix, contested facts in
 * detail, anomalies, reuse, article cards and input errors.
 */
import type { Anomaly, ArticleSummary, Fact, Report, Story } from "./types.ts";
import { originText } from "./origin-text.ts";
import { readableDates } from "./readable-dates.ts";
import { valueIn } from "./readings.ts";
import { renderTrace } from "./markdown-trace.ts";
import { keyFindings } from "./markdown-findings.ts";
import { clipLine } from "./one-line.ts";
import { articleLabel, labelLookup } from "./source-label.ts";
import { perPlace, placesOf } from "./anomaly-places.ts";
import { articlesLine, plural as count } from "./findings.ts";

const REASON = { "own-reporting": "own reporting", "shared-upstream": "shared upstream source", copy: "copied text" } as const;

const VERDICT_MARK = { corroborated: "✅ corroborated", contested: "⚠️ contested", "single-source": "◻️ single-source" } as const;

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  out.push(`# Triangulate report`, "");
  out.push(`${count(report.articles.length, "article")}, ${count(report.stories.length, "story", "stories")}, ${count(report.facts.length, "fact")}, ${count(report.anomalies.length, "anomaly", "anomalies")}. Generated ${report.generatedAt}.`, "");
  for (const story of report.stories) out.push(...renderStory(story, report, articles));
  out.push(...renderTrace(report));
  if (report.errors.length > 0) {
    out.push(`## Inputs that could not be read`, "");
    for (const e of report.errors) out.push(`- \`${visible(e.origin)}\` — ${e.code}: ${visible(e.message)}`);
    out.push("");
  }
  // No control character from an input (a title, a quote) reaches a terminal the report is printed on.
  // eslint-disable-next-line no-control-regex
  return out.join("\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, escapeChar);
}

const escapeChar = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** A name from the input (a file name) as one visible line: control characters (a newline, an escape sequence) as \u escapes. */
function visible(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, escapeChar);
}

function renderStory(story: Story, report: Report, articles: ReadonlyMap<string, ArticleSummary>): string[] {
  const out: string[] = [];
  const facts = report.facts.filter((f) => f.storyId === story.id);
  const ids = new Set(story.articleIds);
  const outlet = labelLookup(report);
  const badges = (f: Fact): string => [...new Set(f.variants.flatMap((v) => v.evidence.map((e) => outlet(e.articleId))))].map((o) => `\`${o}\``).join(" ");
  const quote = (f: Fact): string => {
    const e = f.variants[0]?.evidence[0];
    return e ? `\n  > ${clipLine(e.quote, 240)} — *${outlet(e.articleId)}*` : "";
  };
  out.push(`## Story: ${esc(story.title)}`, "");
  out.push(`${articlesLine(story.articleIds.map((id) => articles.get(id)).filter((a): a is ArticleSummary => a !== undefined))} · story id \`${story.id}\``, "");
  // Articles in the report's order (by origin), so lettered sources read A, B, C.
  const order = new Map(report.articles.map((a, i) => [a.id, i]));
  const members = [...story.articleIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const lettered = members.map((id) => articles.get(id)).filter((a): a is ArticleSummary => a !== undefined && a.outletKnown === false);
  if (lettered.length > 0) out.push(`No input names the outlet of ${lettered.length === 1 ? "this article" : "these articles"}, shown by letter: ${lettered.map((a) => `**${esc(articleLabel(a))}** \`${esc(visible(a.origin))}\``).join(", ")}`, "");
  const storyAnomalies = report.anomalies.filter((a) => placesOf(a).some((p) => ids.has(p.articleId)));
  out.push(
    ...keyFindings(
      { facts, anomalies: perPlace(storyAnomalies), reuse: report.reuse.filter((r) => ids.has(r.a) && ids.has(r.b)), outlet },
      say,
    ),
  );
  out.push(`### Summary`, "");
  const agreed = facts.filter((f) => f.verdict === "corroborated");
  const disputed = facts.filter((f) => f.verdict === "contested");
  const single = facts.filter((f) => f.verdict === "single-source");
  out.push(`**What the sources agree on** (${agreed.length})`, "");
  for (const f of agreed) out.push(`- ${say(f.statement)} — ${count(f.articles, "article")}, ${count(f.independentOrigins, "independent origin")} ${badges(f)}${quote(f)}`);
  if (agreed.length === 0) out.push(`- nothing is corroborated by two independent origins`);
  out.push("", `**What is disputed** (${disputed.length})`, "");
  for (const f of disputed) {
    out.push(`- ${say(f.statement)}${f.differs ? ` — **${say(f.differs)}**` : ""} ${badges(f)}`);
    for (const v of f.variants) {
      const e = v.evidence[0];
      out.push(`  - *${say(v.value)}*: ${[...new Set(v.evidence.map((x) => outlet(x.articleId)))].map((o) => `\`${o}\``).join(" ")}${e ? ` — “${clipLine(e.quote, 200)}”` : ""}`);
    }
    if (f.conservative) out.push(`  - most conservative figure: ${say(f.conservative)}`);
  }
  if (disputed.length === 0) out.push(`- no contradictions found`);
  out.push("", `**What only one origin says** (${single.length})`, "");
  for (const f of single.slice(0, 40)) out.push(`- ${say(f.statement)} ${badges(f)}${f.articles > 1 ? ` (${f.articles} articles, one origin)` : ""}`);
  if (single.length > 40) out.push(`- … and ${single.length - 40} more (see JSON)`);
  out.push("");
  const cols = members;
  out.push(`### Fact × outlet matrix`, "");
  out.push(`| Fact | Verdict | Origins | ${cols.map((c) => esc(outlet(c))).join(" | ")} |`);
  out.push(`|---|---|---|${cols.map(() => "---").join("|")}|`);
  for (const f of facts) {
    const cells = cols.map((c) => {
      const i = f.variants.findIndex((x) => x.evidence.some((e) => e.articleId === c));
      // The article's own reading when its variant joins several compatible ones.
      return i >= 0 ? say(clipLine(valueIn(f, i, c), 40)) : "";
    });
    out.push(`| ${say(clipLine(f.statement, 90))} | ${VERDICT_MARK[f.verdict]} | ${f.independentOrigins}/${f.articles} | ${cells.join(" | ")} |`);
  }
  out.push("");
  const withChains = facts.filter((f) => (f.origins ?? []).some((o) => o.reason !== "own-reporting"));
  if (withChains.length > 0) {
    out.push(`### Where the facts come from`, "");
    for (const f of withChains) {
      out.push(`- ${say(clipLine(f.statement, 120))}: ${(f.origins ?? []).map((o) => `${esc(originText(o))} (${REASON[o.reason]})`).join("; ")}`);
    }
    out.push("");
  }
  const anomalies = storyAnomalies;
  out.push(`### Anomalies (${anomalies.length})`, "");
  for (const a of anomalies) out.push(renderAnomaly(a, outlet));
  if (anomalies.length === 0) out.push(`- none found`);
  out.push("");
  const reuse = report.reuse.filter((r) => ids.has(r.a) && ids.has(r.b));
  out.push(`### Reuse between articles (${reuse.length})`, "");
  for (const r of reuse) {
    const errors = r.sharedErrors?.length ? `; both write ${r.sharedErrors.map((e) => `“${esc(e)}”`).join(", ")}: the same rare errors, one source` : "";
    out.push(`- \`${outlet(r.a)}\` ↔ \`${outlet(r.b)}\`: ${r.kind === "rewrite" ? "one text rewritten" : r.kind}, score ${r.score}, ${r.passages.length} passage${r.passages.length === 1 ? "" : "s"}${errors}`);
    for (const p of r.passages.slice(0, 2)) out.push(`  - “${clipLine(p.a, 160)}” ↔ “${clipLine(p.b, 160)}”`);
  }
  if (reuse.length === 0) out.push(`- none found`);
  const named = (report.entities ?? []).filter((e) => e.articleIds.some((id) => ids.has(id)) && (e.type === "person" || e.type === "weapon" || e.type === "organization" || e.type === "outlet")).slice(0, 30);
  if (named.length > 0) {
    out.push("", `### Who and what is named`, "");
    for (const e of named) out.push(`- **${esc(e.name)}** (${e.type}${e.roles.length ? `; ${e.roles.map(esc).join("; ")}` : ""}) — written as ${e.forms.map((f) => `“${esc(f)}”`).join(", ")} in ${e.articleIds.length} article${e.articleIds.length === 1 ? "" : "s"}`);
  }
  out.push("", `### Articles`, "");
  for (const id of cols) {
    const a = articles.get(id);
    if (!a) continue;
    const unknown = a.outletKnown === false ? " (outlet unknown)" : "";
    out.push(`- **${esc(articleLabel(a))}**${unknown} — ${esc(a.title ?? "(untitled)")} · ${a.published ?? "date unknown"} · ${a.language} · ${count(a.words, "word")} · commentary ${pct(a.commentaryShare)} · exclusive facts ${pct(a.exclusiveShare)} · \`${visible(a.origin)}\``);
    for (const n of a.notes ?? []) out.push(`  - note: ${esc(n)}`);
  }
  out.push("");
  return out;
}

function renderAnomaly(a: Anomaly, outlet: (id: string) => string): string {
  const sugg = a.suggestion ? ` → likely **${esc(a.suggestion)}**` : "";
  const where = [...new Set(placesOf(a).map((p) => outlet(p.articleId)))].map((o) => `\`${esc(o)}\``).join(", ");
  const articles = new Set(placesOf(a).map((p) => p.articleId)).size;
  const times = articles > 1 ? ` (${count(articles, "article")})` : "";
  return `- **${a.kind}** in ${where}${times}${sugg}: ${say(a.explanation)}\n  > ${clipLine(a.quote, 240)}`;
}


function pct(x: number | undefined): string {
  return x === undefined ? "n/a" : `${Math.round(x * 100)}%`;
}


function esc(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** Our own wording (statements, values, what differs), with normalized dates read as dates ("4–5 Dec"). */
function say(s: string): string {
  return esc(readableDates(s));
}
