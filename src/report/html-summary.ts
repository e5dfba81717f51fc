/**
 * @module The story summary every page shows first: verdict counts, then three columns (what
 * all outlets agree on, what is disputed, what only one outlet says), each line with the outlets
 * that carry it as badges and a quote. Summary lines are matched to facts by statement; without
 * a story summary the columns are derived from the facts' verdicts.
 */
import type { Fact, StorySummary, Verdict } from "./types.ts";
import { badges, carriers, plural, quoteBlock, readableDates, variantKey, variantText, type StoryContext } from "./html-context.ts";
import { domId, escapeHtml, link } from "./html-escape.ts";

const PER_COLUMN = 10;
/** The crosscheck stage's label for evidence that carries the fact without its figure. */
const NO_FIGURE = "mentioned without that figure";

export function renderCounts(ctx: StoryContext): string {
  const n = (v: Verdict): number => ctx.facts.filter((f) => f.verdict === v).length;
  const box = (cls: string, value: number, label: string): string => `<div class="count ${cls}"><b>${value}</b>${escapeHtml(label)}</div>`;
  return (
    `<div class="counts">` +
    box("", ctx.articles.length, ctx.articles.length === 1 ? "article" : "articles") +
    box("", new Set(ctx.articles.map((a) => a.outlet)).size, "outlets") +
    box("corroborated", n("corroborated"), "corroborated facts") +
    box("contested", n("contested"), "contested facts") +
    box("single-source", n("single-source"), "single-source facts") +
    box("", ctx.anomalies.length, ctx.anomalies.length === 1 ? "anomaly" : "anomalies") +
    `</div>`
  );
}

export function renderSummary(ctx: StoryContext): string {
  const summary = ctx.story.summary ?? derived(ctx.facts);
  const column = (cls: string, title: string, lines: readonly string[], empty: string): string => {
    const shown = lines.slice(0, PER_COLUMN);
    const items = shown.map((line) => summaryLine(ctx, line, factFor(ctx.facts, line))).join("");
    const more = lines.length > shown.length ? `<p class="muted">and ${lines.length - shown.length} more under Facts by outlet.</p>` : "";
    const body = shown.length > 0 ? `<ul>${items}</ul>${more}` : `<p class="empty-note">${escapeHtml(empty)}</p>`;
    return `<div class="${cls}"><h3>${escapeHtml(title)} <span class="muted">(${lines.length})</span></h3>${body}</div>`;
  };
  return (
    `<div class="summary">` +
    column("agreed", "What the outlets agree on", summary.agreed, "No fact is carried by two independent origins without dispute.") +
    column("disputed", "What is disputed", summary.disputed, "No outlet contradicts another on a figure, date or status.") +
    column("single", "What only one outlet says", summary.singleSource, "Every fact has at least two independent origins.") +
    `</div>`
  );
}

/** The fact a summary line states: same statement, else the longest statement the line starts with. */
export function factFor(facts: readonly Fact[], line: string): Fact | undefined {
  const exact = facts.find((f) => f.statement === line);
  if (exact) return exact;
  let best: Fact | undefined;
  for (const f of facts) {
    if (f.statement.length >= 12 && line.startsWith(f.statement) && (!best || f.statement.length > best.statement.length)) best = f;
  }
  return best;
}

function derived(facts: readonly Fact[]): StorySummary {
  const of = (v: Verdict): string[] => facts.filter((f) => f.verdict === v).map((f) => f.statement);
  return { agreed: of("corroborated"), disputed: of("contested"), singleSource: of("single-source") };
}

function summaryLine(ctx: StoryContext, line: string, fact: Fact | undefined): string {
  if (!fact) return `<li><span class="statement">${escapeHtml(readableDates(line))}</span></li>`;
  const statement = link(ctx.links.fact(fact.id), readableDates(fact.statement));
  const origins = fact.independentOrigins > 0 ? ` <span class="muted">· ${plural(fact.independentOrigins, "independent origin")}</span>` : "";
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

/** Whether a quote says no more than the statement (generic facts state their first quote). */
function similarText(quote: string, statement: string): boolean {
  const norm = (s: string): string => s.replace(/[…"“”]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  const q = norm(quote);
  const st = norm(statement);
  return st.length > 0 && (q.startsWith(st) || st.includes(q));
}
