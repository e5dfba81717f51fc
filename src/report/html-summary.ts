/**
 * @module The story summary every page shows after the key findings: verdict counts, then three
 * columns (what the outlets agree on, what is disputed, what only one origin says), each line with
 * the outlets that carry it as badges and a quote. Columns and counts come from the facts' verdicts
 * (findings.ts `verdictCounts`), so a count reads the same in every place.
 */
import type { Fact, Verdict } from "./types.ts";
import { NO_FIGURE, outletTally, verdictCounts } from "./findings.ts";
import { badges, carriers, similarText, plural, quoteBlock, readableDates, variantKey, variantText, type StoryContext } from "./html-context.ts";
import { domId, escapeHtml, link } from "./html-escape.ts";

const PER_COLUMN = 10;

export function renderCounts(ctx: StoryContext): string {
  const n = verdictCounts(ctx.facts);
  const { outlets } = outletTally(ctx.articles);
  const box = (cls: string, value: number, one: string, many = `${one}s`): string => `<div class="count ${cls}"><b>${value}</b>${escapeHtml(value === 1 ? one : many)}</div>`;
  return (
    `<div class="counts">` +
    box("", ctx.articles.length, "article") +
    (outlets > 0 ? box("", outlets, "outlet") : "") +
    box("corroborated", n.corroborated, "corroborated fact") +
    box("contested", n.contested, "contested fact") +
    box("single-source", n["single-source"], "single-source fact") +
    box("", ctx.findings.length, "anomaly", "anomalies") +
    `</div>`
  );
}

export function renderSummary(ctx: StoryContext): string {
  const column = (cls: string, title: string, verdict: Verdict, empty: string): string => {
    const facts = ctx.facts.filter((f) => f.verdict === verdict);
    const shown = facts.slice(0, PER_COLUMN);
    const items = shown.map((f) => summaryLine(ctx, f)).join("");
    const more = facts.length > shown.length ? `<p class="muted">and ${facts.length - shown.length} more under Facts by outlet.</p>` : "";
    const body = shown.length > 0 ? `<ul>${items}</ul>${more}` : `<p class="empty-note">${escapeHtml(empty)}</p>`;
    return `<div class="${cls}"><h3>${escapeHtml(title)} <span class="muted">(${facts.length})</span></h3>${body}</div>`;
  };
  return (
    `<div class="summary">` +
    column("agreed", "What the outlets agree on", "corroborated", "No fact is carried by two independent origins without dispute.") +
    column("disputed", "What is disputed", "contested", "No outlet contradicts another on a figure, date or status.") +
    column("single", "What only one origin says", "single-source", "Every fact has at least two independent origins.") +
    `</div>`
  );
}

function summaryLine(ctx: StoryContext, fact: Fact): string {
  const statement = link(ctx.links.fact(fact.id), readableDates(fact.statement));
  const origins =
    fact.verdict === "single-source"
      ? fact.articles > 1 ? ` <span class="muted">· ${plural(fact.articles, "article")}, one origin</span>` : ""
      : fact.independentOrigins > 0 ? ` <span class="muted">· ${plural(fact.independentOrigins, "independent origin")}</span>` : "";
  const head = `<span class="statement">${statement}</span>${origins}`;
  if (fact.verdict === "contested") {
    // Variants that read the same are one line; the figure-less variant adds nothing to a summary.
    const groups = new Map<string, { key: string; ids: string[] }>();
    fact.variants.forEach((v, i) => {
      const text = variantText(v.value);
      if (v.value === NO_FIGURE) return;
      const g = groups.get(text) ?? { key: variantKey(i), ids: [] };
      g.ids.push(...v.evidence.map((e) => e.articleId));
      groups.set(text, g);
    });
    const rows = [...groups.entries()]
      .map(([text, g]) => `<div><span class="vkey">${g.key}</span><b>${escapeHtml(text)}</b> ${badges(ctx, g.ids)}</div>`)
      .join("");
    const differs = fact.differs ? `<div class="differs"><b>Differs:</b> ${escapeHtml(readableDates(fact.differs))}</div>` : "";
    const first = fact.variants[0]?.evidence[0];
    const second = fact.variants[1]?.evidence[0];
    return `<li id="${domId("sum", fact.id)}">${head}${differs}${rows}${first ? quoteBlock(ctx, first) : ""}${second ? quoteBlock(ctx, second) : ""}</li>`;
  }
  const carry = carriers(fact);
  const ev = fact.variants[0]?.evidence[0];
  const repeats = ev !== undefined && similarText(ev.quote, fact.statement);
  return `<li id="${domId("sum", fact.id)}">${head}<div>${badges(ctx, carry.keys())}</div>${ev && !repeats ? quoteBlock(ctx, ev) : ""}</li>`;
}
