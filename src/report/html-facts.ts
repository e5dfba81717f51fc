/**
 * @module Contested facts in detail (variants side by side, what differs, the most conservative
 * figure, every quote with its attribution) and the independent-origin chains behind each fact
 * carried by more than one article (copies and shared upstream sources collapse to one origin).
 */
import { originText } from "./origin-text.ts";
import { badges, plural, readableDates, quoteBlock, variantKey, variantText, verdictChip, type StoryContext } from "./html-context.ts";
import { attr, domId, escapeHtml, link } from "./html-escape.ts";
import type { Fact, OriginChain } from "./types.ts";

/** Quotes shown per variant before the rest fold into a <details>. */
const QUOTES = 2;

export function renderContested(ctx: StoryContext): string {
  const contested = ctx.facts.filter((f) => f.verdict === "contested");
  if (contested.length === 0) return `<p class="empty-note">No contested facts: where outlets give a figure, date or status, they agree.</p>`;
  return contested.map((f) => contestedCard(ctx, f)).join("");
}

function contestedCard(ctx: StoryContext, fact: Fact): string {
  const differs = fact.differs ? `<p class="differs"><b>What differs:</b> ${escapeHtml(readableDates(fact.differs))}</p>` : "";
  const conservative = fact.conservative ? `<p class="differs"><b>Most conservative figure:</b> ${escapeHtml(fact.conservative)}</p>` : "";
  const variants = fact.variants
    .map((v, i) => {
      const ids = v.evidence.map((e) => e.articleId);
      return (
        `<div class="variant"${attr("data-variant", variantKey(i))}><h4><span class="vkey">${variantKey(i)}</span>${escapeHtml(variantText(v.value))}</h4>` +
        `<div>${badges(ctx, ids)} <span class="muted">${plural(new Set(ids).size, "article")}</span></div>` +
        v.evidence.slice(0, QUOTES).map((e) => quoteBlock(ctx, e)).join("") +
        (v.evidence.length > QUOTES
          ? `<details class="more"><summary>${escapeHtml(plural(v.evidence.length - QUOTES, "more quote"))}</summary>${v.evidence.slice(QUOTES).map((e) => quoteBlock(ctx, e)).join("")}</details>`
          : "") +
        `</div>`
      );
    })
    .join("");
  const title = link(ctx.links.fact(fact.id), readableDates(fact.statement));
  return (
    `<article class="fact-card"${attr("data-fact-id", fact.id)} id="${domId("contested", fact.id)}">` +
    `<h3>${title} ${verdictChip(fact.verdict)}</h3>${differs}${conservative}<div class="variants">${variants}</div></article>`
  );
}

const REASON: Readonly<Record<OriginChain["reason"], string>> = {
  "own-reporting": "own reporting",
  "shared-upstream": "shared upstream source",
  copy: "copied or reused text",
};

export function renderOrigins(ctx: StoryContext): string {
  const facts = ctx.facts.filter((f) => f.articles >= 2);
  if (facts.length === 0) return `<p class="empty-note">No fact is carried by more than one article.</p>`;
  const rows = facts
    .map((f) => {
      const chains = (f.origins ?? [])
        .map(
          (c) =>
            `<li>${badges(ctx, c.articleIds)} <span class="muted">${escapeHtml(REASON[c.reason] ?? c.reason)}</span>` +
            (c.reason === "shared-upstream" ? `<br><span class="chain">${escapeHtml(originText(c))}</span>` : "") +
            `</li>`,
        )
        .join("");
      const collapsed = f.articles > f.independentOrigins ? ` <span class="muted">(${f.articles - f.independentOrigins} collapsed)</span>` : "";
      return (
        `<tr${attr("data-fact-id", f.id)}><th scope="row">${link(ctx.links.fact(f.id), readableDates(f.statement))}<br>${verdictChip(f.verdict)}</th>` +
        `<td>${f.articles}</td><td><b>${f.independentOrigins}</b>${collapsed}</td>` +
        `<td>${chains ? `<ul class="chains">${chains}</ul>` : `<span class="muted">no chain recorded</span>`}</td></tr>`
      );
    })
    .join("");
  return (
    `<div class="table-wrap" tabindex="0" role="region" aria-label="Independent origins (scrolls sideways)"><table class="origins"><thead><tr><th scope="col">Fact</th><th scope="col">Articles</th>` +
    `<th scope="col">Independent origins</th><th scope="col">Where each origin comes from</th></tr></thead><tbody>${rows}</tbody></table></div>`
  );
}
