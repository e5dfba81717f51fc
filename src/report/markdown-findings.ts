/**
 * @module "Key findings" at the top of a story in the Markdown report: what a reporter on deadline
 * needs first, one line each, every line naming its outlets. Disputed figures (what differs, who
 * says which), likely garbled names and spelling variants (once per spelling, with every outlet
 * that writes it), copies and rewrites (with the rare errors they share), dates that do not add up,
 * and unattributed single-source claims. The details follow in the sections below.
 */
import type { Anomaly, Fact, ReuseLink } from "./types.ts";
import { clipLine } from "./one-line.ts";

const MAX_PER_KIND = 6;

export interface FindingsInput {
  readonly facts: readonly Fact[];
  readonly anomalies: readonly Anomaly[];
  readonly reuse: readonly ReuseLink[];
  readonly outlet: (articleId: string) => string;
}

export function keyFindings(input: FindingsInput, text: (s: string) => string): string[] {
  const { outlet } = input;
  const names = (ids: Iterable<string>): string => [...new Set([...ids].map(outlet))].map((o) => `\`${o}\``).join(", ");
  const lines: string[] = [];
  for (const f of input.facts.filter((x) => x.verdict === "contested").slice(0, MAX_PER_KIND)) {
    const sides = f.variants.slice(0, 3).map((v) => `${text(v.value)} (${names(v.evidence.map((e) => e.articleId))})`);
    lines.push(`- **Disputed:** ${text(f.statement)}${f.differs ? ` — ${text(f.differs)}` : ""}: ${sides.join(" vs ")}`);
  }
  // One line per spelling, with every outlet that writes it.
  const spellings = new Map<string, { kind: string; suggestion: string | null; ids: string[] }>();
  for (const a of input.anomalies) {
    if (a.kind !== "garbled-name" && a.kind !== "name-variant") continue;
    const key = `${a.kind}|${a.quote}|${a.suggestion ?? ""}`;
    const s = spellings.get(key) ?? { kind: a.kind, suggestion: a.suggestion, ids: [] };
    s.ids.push(a.articleId);
    spellings.set(key, s);
  }
  for (const [key, s] of [...spellings].slice(0, MAX_PER_KIND)) {
    const form = key.split("|")[1] ?? "";
    const label = s.kind === "garbled-name" ? "Likely garbled name" : "Spelling differs";
    lines.push(`- **${label}:** “${text(form)}”${s.suggestion ? ` — probably ${text(s.suggestion)}` : ""} (${names(s.ids)})`);
  }
  const oneText = input.reuse.filter((l) => l.kind === "rewrite" || l.kind === "duplicate" || l.kind === "near-duplicate");
  for (const l of oneText.slice(0, MAX_PER_KIND)) {
    const how = l.kind === "rewrite" ? "one text rewritten" : l.kind === "duplicate" ? "one text copied" : "one text, nearly copied";
    lines.push(`- **${how[0]?.toUpperCase()}${how.slice(1)}:** ${names([l.a, l.b])}${l.sharedErrors?.length ? `; both write ${l.sharedErrors.map((e) => `“${text(e)}”`).join(", ")}` : ""} — counted as one origin`);
  }
  for (const a of input.anomalies.filter((x) => x.kind === "temporal-inconsistency").slice(0, MAX_PER_KIND)) {
    lines.push(`- **Dates do not add up** (${names([a.articleId])}): ${text(a.explanation)}`);
  }
  const unattributed = input.anomalies.filter((x) => x.kind === "unattributed-claim");
  for (const a of unattributed.slice(0, 3)) lines.push(`- **Unattributed, one origin** (${names([a.articleId])}): “${text(clipLine(a.quote, 160))}”`);
  return lines.length > 0 ? ["### Key findings", "", ...lines, ""] : ["### Key findings", "", "- nothing disputed, garbled, copied or out of date found; the summary follows", ""];
}
