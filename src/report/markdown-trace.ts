/**
 * @module The "Why" section of a Markdown report made with `--explain`: for each contested fact,
 * the rule and the two accounts it compared; for each rule that left numbers out, read numbers or
 * names as something else, or put claims together, its doc and where it acted.
 */
import { pushTo } from "../multimap.ts";
import type { Report, TraceEntry } from "./types.ts";
import { labelLookup } from "./source-label.ts";

const SHOWN_PER_RULE = 40;

function one(s: string, n = 220): string {
  const t = s.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
  return t.length <= n ? t : t.slice(0, n - 1) + "…";
}

export function renderTrace(report: Report): string[] {
  if (!report.trace) return [];
  const name = labelLookup(report);
  const out: string[] = ["## Why: the rules' trace", ""];
  const contested = report.facts.filter((f) => f.verdict === "contested");
  out.push(`### Contested facts: which accounts were compared`, "");
  if (contested.length === 0) out.push("No fact is contested.", "");
  for (const f of contested) {
    const d = f.difference;
    out.push(`- **${one(f.statement)}** — ${d ? `rule \`${d.rule}\`: ${one(d.what)}` : one(f.differs ?? "figures differ")}`);
    for (const a of d?.accounts ?? []) out.push(`  - ${name(a.articleId)}: **${one(a.value, 80)}** — “${one(a.quote)}”`);
  }
  out.push("");
  const byRule = new Map<string, TraceEntry[]>();
  for (const t of report.trace) if (t.action !== "compared") pushTo(byRule, t.rule, t);
  out.push(`### Numbers and names left out or read as something else, claims put together`, "");
  if (byRule.size === 0) out.push("None.", "");
  for (const [rule, entries] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.push(`- \`${rule}\` (${entries.length}): ${entries[0]?.doc ?? ""}`);
    for (const t of entries.slice(0, SHOWN_PER_RULE)) out.push(`  - ${name(t.articleId)}: “${one(t.quote, 60)}” in “${one(t.context)}”`);
    if (entries.length > SHOWN_PER_RULE) out.push(`  - … and ${entries.length - SHOWN_PER_RULE} more (all in the JSON report's \`trace\`)`);
  }
  out.push("");
  return out;
}
