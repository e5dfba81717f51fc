/**
 * @module "Key findings" at the top of a story in the HTML report and on the web UI's story page:
 * the findings of findings.ts (the one implementation Markdown renders too), one line each with
 * the articles as badges and a link to the evidence (the contested fact's card, the anomaly, the
 * reuse row or, on the server, the side-by-side comparison).
 */
import { findingArticles, findingLabel, keyFindingsOf, type Finding } from "./findings.ts";
import { anomalyAnchor, badges, clip, readableDates, reuseAnchor, variantText, type StoryContext } from "./html-context.ts";
import { domId, escapeHtml, link } from "./html-escape.ts";

export function renderKeyFindings(ctx: StoryContext): string {
  const findings = keyFindingsOf(ctx);
  if (findings.length === 0) return `<p class="empty-note">Nothing disputed, garbled, copied or out of date found; the summary follows.</p>`;
  return `<ul class="findings">${findings.map((f) => line(ctx, f)).join("")}</ul>`;
}

function line(ctx: StoryContext, f: Finding): string {
  const tone = f.kind === "disputed" || f.kind === "garbled-name" || f.kind === "temporal" ? "bad" : "warn";
  const head = `<b class="flabel">${escapeHtml(findingLabel(f))}:</b> `;
  const evidence = (href: string | null, label = "evidence"): string => (href ? ` <span class="ev">${link(href, label)}</span>` : "");
  const say = (s: string): string => escapeHtml(readableDates(s));
  let body: string;
  switch (f.kind) {
    case "disputed": {
      const sides = f.sides.map((s) => `<span class="side"><b>${escapeHtml(variantText(s.value))}</b> ${badges(ctx, s.articleIds)}</span>`).join(`<span class="vs"> vs </span>`);
      const differs = f.fact.differs ? ` — ${say(f.fact.differs)}` : "";
      body = `${say(f.fact.statement)}${differs}: ${sides}${evidence(`#${domId("contested", f.fact.id)}`)}`;
      break;
    }
    case "garbled-name":
    case "name-variant": {
      const first = f.anomalies[0];
      body = `“${escapeHtml(f.form)}”${f.suggestion ? ` — probably <b>${escapeHtml(f.suggestion)}</b>` : ""} ${badges(ctx, f.articleIds)}${evidence(first ? `#${anomalyAnchor(first)}` : null)}`;
      break;
    }
    case "copy": {
      const errors = f.link.sharedErrors?.length ? `; both write ${f.link.sharedErrors.map((e) => `“${escapeHtml(e)}”`).join(", ")}` : "";
      const compare = ctx.links.compare(f.link.a, f.link.b);
      body = `${badges(ctx, [f.link.a, f.link.b])}${errors} — counted as one origin${evidence(compare ?? `#${reuseAnchor(f.link)}`, compare ? "compare side by side" : "evidence")}`;
      break;
    }
    case "temporal": {
      const first = f.anomalies[0];
      body = `${badges(ctx, f.articleIds)} ${say(first?.explanation ?? "")}${evidence(first ? `#${anomalyAnchor(first)}` : null)}`;
      break;
    }
    case "unattributed": {
      const first = f.anomalies[0];
      body = `${badges(ctx, f.articleIds)} “${escapeHtml(clip(first?.quote ?? "", 200))}”${evidence(first ? `#${anomalyAnchor(first)}` : null)}`;
      break;
    }
  }
  return `<li class="finding ${tone}" data-finding="${escapeHtml(f.kind)}" data-articles="${escapeHtml(findingArticles(f).join(" "))}">${head}${body}</li>`;
}
