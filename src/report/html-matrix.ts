/**
 * @module The fact × outlet matrix: one row per fact (statement, verdict, article and origin
 * counts), one column per article labelled by outlet and date; a cell shows the value that article
 * carries, coloured by the fact's verdict, with the variant letter for contested facts; the quotes
 * open under the value (a <details>, so keyboard and touch reach them, not a hover-only tooltip).
 * Colour always comes with text (verdict chip, variant letter, "—").
 */
import { carriers, clip, similarText, formatDate, outletBadge, plural, readableDates, valueIn, variantKey, variantText, verdictChip, type StoryContext } from "./html-context.ts";
import { attr, domId, escapeHtml } from "./html-escape.ts";
import type { Fact } from "./types.ts";

export function renderMatrix(ctx: StoryContext): string {
  if (ctx.facts.length === 0) return `<p class="empty-note">No facts were extracted for this story.</p>`;
  // Facts one article alone carries make sparse rows: they are listed per article below the table.
  const shared = ctx.facts.filter((f) => f.verdict === "contested" || f.articles >= 2);
  const alone = ctx.facts.filter((f) => !shared.includes(f));
  const head =
    `<thead><tr><th scope="col">Fact</th>` +
    ctx.articles
      .map((a) => `<th scope="col"${attr("data-article-id", a.id)}><span class="colhead">${outletBadge(ctx, a.id)}</span><span class="colsub">${escapeHtml(formatDate(a.published) || "undated")}</span></th>`)
      .join("") +
    `</tr></thead>`;
  const body = `<tbody>${shared.map((f) => row(ctx, f)).join("")}</tbody>`;
  const legend =
    `<div class="legend">` +
    `<span><i class="sw" aria-hidden="true" style="background:var(--ok-bg)"></i>corroborated (≥ 2 independent origins)</span>` +
    `<span><i class="sw" aria-hidden="true" style="background:var(--bad-bg)"></i>contested (values differ; ①, ②… tell them apart)</span>` +
    `<span><i class="sw" aria-hidden="true" style="background:var(--one-bg)"></i>single source (one origin, even if several articles carry it)</span>` +
    `<span>— not in that article</span><span>open a value for its quote</span></div>`;
  const table =
    shared.length === 0
      ? `<p class="empty-note">No fact is carried by more than one article.</p>`
      : `<div class="table-wrap" tabindex="0" role="region" aria-label="Facts by outlet (scrolls sideways)"><table class="matrix"><caption class="sr">Facts (rows) by article and outlet (columns); each cell gives the value that article carries.</caption>${head}${body}</table></div>`;
  return legend + table + singles(ctx, alone);
}

/** Facts only one article carries, grouped by article, in a closed <details>. */
function singles(ctx: StoryContext, facts: readonly Fact[]): string {
  if (facts.length === 0) return "";
  const groups = ctx.articles
    .map((a) => {
      const mine = facts.filter((f) => carriers(f).has(a.id));
      if (mine.length === 0) return "";
      const items = mine
        .map((f) => {
          const c = carriers(f).get(a.id);
          const values = (c?.variants ?? []).map((i) => valueIn(f, i, a.id)).filter((v) => v !== "as stated" && v !== "");
          const value = values.length > 0 ? ` <span class="val">${escapeHtml(values.map(variantText).join("; "))}</span>` : "";
          const att = [...new Set((c?.evidence ?? []).map((e) => e.attribution).filter((x): x is string => !!x))];
          const via = att.length > 0 ? ` <span class="muted">via ${escapeHtml(readableDates(att.join("; ")))}</span>` : "";
          const quote = c?.evidence[0]?.quote ?? "";
          const statement = readableDates(f.statement);
          const shown = quote && !similarText(quote, statement) ? `<details class="more"><summary>quote</summary><blockquote class="quote">“${escapeHtml(quote)}”</blockquote></details>` : "";
          return `<li id="${domId("fact", f.id)}"${attr("data-fact-id", f.id)}>${escapeHtml(clip(statement, 220))}${value}${via}${shown}</li>`;
        })
        .join("");
      return `<div class="single-group"><h4>${outletBadge(ctx, a.id)} <span class="muted">${plural(mine.length, "fact")} no other article carries</span></h4><ul>${items}</ul></div>`;
    })
    .join("");
  return (
    `<details class="singles"><summary>${escapeHtml(plural(facts.length, "fact"))} only one article carries (show)</summary>` +
    `<div class="single-groups">${groups}</div></details>`
  );
}

function row(ctx: StoryContext, fact: Fact): string {
  const carry = carriers(fact);
  const counts = `<span class="muted">${plural(fact.articles, "article")} · ${plural(fact.independentOrigins, "independent origin")}</span>`;
  const statement = readableDates(fact.statement);
  const th = `<th scope="row" id="${domId("fact", fact.id)}">${escapeHtml(statement)}<br>${verdictChip(fact.verdict)} ${counts}</th>`;
  const cells = ctx.articles
    .map((a) => {
      const c = carry.get(a.id);
      if (!c) return `<td class="empty"${attr("data-article-id", a.id)}><span aria-hidden="true">—</span><span class="sr">not in this article</span></td>`;
      const contested = fact.verdict === "contested";
      const parts = c.variants.map((i) => {
        const v = fact.variants[i];
        const key = contested ? `<span class="vkey">${variantKey(i)}</span>` : "";
        return `${key}<span class="val">${escapeHtml(variantText(v ? valueIn(fact, i, a.id) : ""))}</span>`;
      });
      const att = [...new Set(c.evidence.map((e) => e.attribution).filter((x): x is string => !!x))];
      const quotes = c.evidence.map((e) => `<blockquote class="quote">“${escapeHtml(clip(e.quote, 320))}”</blockquote>`).join("");
      const shade = contested ? ` v${Math.min(2, c.variants[0] ?? 0)}` : "";
      return (
        `<td class="cell ${fact.verdict}${shade}"${attr("data-article-id", a.id)}${attr("data-variant", c.variants.map(variantKey).join(" "))}>` +
        `<details class="q"><summary>${parts.join("<br>")}</summary>${quotes}</details>` +
        (att.length > 0 ? `<span class="att">via ${escapeHtml(readableDates(att.join("; ")))}</span>` : "") +
        `</td>`
      );
    })
    .join("");
  return `<tr class="${fact.verdict}"${attr("data-fact-id", fact.id)}${attr("data-verdict", fact.verdict)}>${th}${cells}</tr>`;
}

