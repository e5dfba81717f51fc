/**
 * @module The rules' trace of one story, for `--explain`: each number a rule left out or read as
 * something else (see number-roles.ts), once per place in an article, and each contested fact's
 * comparison (the two accounts its rule compared).
 */
import type { Fact, TraceEntry } from "../report/types.ts";
import type { ExtractedDoc } from "../types.ts";
import { FACT_RULES } from "./difference.ts";
import { DISPUTE_RULE } from "./figure-disputes.ts";
import { DATE_DISPUTE_RULE } from "./date-disputes.ts";
import { CATEGORY_RULE } from "./category-disputes.ts";
import { RESIDENCE_RULE } from "./residence-disputes.ts";
import { NUMBER_RULES, ambiguousKeys, claimRoles } from "./number-roles.ts";
import { REPORT_DATE_RULE, isReportDate } from "./values.ts";
import { QUANTITY_RULES } from "../extract/quantity-rules.ts";
import { COREF_RULES } from "../extract/coref.ts";
import { EXTRACT_RULES } from "../extract/index.ts";
import { NOISE_RULES } from "../extract/noise.ts";
import { rulesById } from "../rules.ts";
import { LEAD_RULE, type ClaimGroup } from "./group.ts";

/** Extraction rules whose diagnostics the trace shows: what they left out, and what they read as something else. */
const DROPPING = rulesById(QUANTITY_RULES, EXTRACT_RULES, NOISE_RULES);
const RECLASSIFYING = rulesById(COREF_RULES);
/** Rules that make a fact contested, by id: the comparison's doc is its own rule's. */
const COMPARING = rulesById(FACT_RULES, { dispute: DISPUTE_RULE, category: CATEGORY_RULE, residence: RESIDENCE_RULE, date: DATE_DISPUTE_RULE });

export function numberTrace(docs: readonly ExtractedDoc[]): TraceEntry[] {
  const out: TraceEntry[] = [];
  for (const d of docs) {
    // Numbers extraction left out, by the rule that did.
    for (const g of d.diagnostics) {
      const rule = DROPPING.get(g.code) ?? RECLASSIFYING.get(g.code);
      if (!rule || !g.span) continue;
      const sentence = d.doc.sentences.find((s) => s.span[0] <= g.span![0] && g.span![1] <= s.span[1]);
      out.push({ rule: rule.id, doc: rule.doc, action: RECLASSIFYING.has(rule.id) ? "reclassified" : "dropped", articleId: d.doc.article.id, span: [g.span[0], g.span[1]], quote: d.doc.text.slice(g.span[0], g.span[1]), context: sentence?.text ?? "", message: g.message });
    }
    const seen = new Set<string>();
    for (const c of d.claims) {
      for (const x of c.dates.filter((x) => isReportDate(c, x)))
        out.push({ rule: REPORT_DATE_RULE.id, doc: REPORT_DATE_RULE.doc, action: "dropped", articleId: d.doc.article.id, span: [x.span[0], x.span[1]], quote: x.text, context: c.text, message: `"${x.text}" is when this was reported, not a date of what it reports` });
      const ambiguous = ambiguousKeys(c);
      for (const { q, role } of claimRoles(c)) {
        const key = `${q.span[0]}:${q.span[1]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (role.role === "count" || role.role === "value") {
          if (ambiguous.has(role.key)) out.push({ rule: NUMBER_RULES.ambiguous.id, doc: NUMBER_RULES.ambiguous.doc, action: "dropped", articleId: d.doc.article.id, span: [q.span[0], q.span[1]], quote: q.text, context: c.text, message: `"${q.text}" gives no value of its claim: the sentence gives another figure of the same kind` });
          else if (role.rule && role.scope) out.push({ rule: role.rule.id, doc: role.rule.doc, action: "reclassified", articleId: d.doc.article.id, span: [q.span[0], q.span[1]], quote: q.text, context: c.text, message: `"${q.text}" is scoped to ${role.scope}: compared only with figures of the same part` });
          continue;
        }
        out.push({
          rule: role.rule.id,
          doc: role.rule.doc,
          action: role.role === "age" ? "reclassified" : "dropped",
          articleId: d.doc.article.id,
          span: [q.span[0], q.span[1]],
          quote: q.text,
          context: c.text,
          message: role.role === "age" ? `"${q.text}" read as the age of ${role.person}, compared only with that person's age` : `"${q.text}" is not compared: ${role.rule.doc}`,
        });
      }
    }
  }
  return out;
}

/** Claims a rule put together that similarity alone would not have (the leads read as the story's main event). */
export function mergeTrace(groups: readonly ClaimGroup[]): TraceEntry[] {
  return groups.flatMap((g) =>
    (g.merged ?? []).flatMap((m) => {
      const first = m.claims[0];
      if (!first) return [];
      const shown = m.rule.id === LEAD_RULE.id ? (g.representative ?? first) : (m.claims[m.claims.length - 1] ?? first);
      return [
        {
          rule: m.rule.id,
          doc: m.rule.doc,
          action: "merged" as const,
          articleId: shown.articleId,
          span: [shown.span[0], shown.span[1]] as const,
          quote: shown.text,
          context: m.claims.map((c) => c.text).join(" | "),
          message: m.message,
        },
      ];
    }),
  );
}

export function comparisonTrace(facts: readonly Fact[]): TraceEntry[] {
  return facts.flatMap((f) => {
    const d = f.difference;
    const first = d?.accounts[0];
    const second = d?.accounts[1];
    if (!d || !first || !second) return [];
    return [
      {
        rule: d.rule,
        doc: COMPARING.get(d.rule)?.doc ?? FACT_RULES.conflict.doc,
        action: "compared" as const,
        articleId: first.articleId,
        span: first.span,
        quote: first.value,
        context: first.quote,
        message: `${f.statement}: "${first.value}" against "${second.value}" (${second.articleId}: ${second.quote}) — ${d.what}`,
      },
    ];
  });
}
