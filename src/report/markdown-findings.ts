/**
 * @module "Key findings" at the top of a story in the Markdown report: the findings of findings.ts
 * (one implementation for Markdown, HTML and the web UI) as one line each, every line naming its
 * outlets. The details follow in the sections below.
 */
import type { Anomaly, Fact, ReuseLink } from "./types.ts";
import { findingLabel, keyFindingsOf, type Finding } from "./findings.ts";
import { clipLine } from "./one-line.ts";

export interface FindingsInput {
  readonly facts: readonly Fact[];
  readonly anomalies: readonly Anomaly[];
  readonly reuse: readonly ReuseLink[];
  /** How an article is named to readers (report/source-label.ts). */
  readonly outlet: (articleId: string) => string;
}

export function keyFindings(input: FindingsInput, text: (s: string) => string): string[] {
  const lines = keyFindingsOf(input).map((f) => `- ${findingLine(f, input.outlet, text)}`);
  return lines.length > 0 ? ["### Key findings", "", ...lines, ""] : ["### Key findings", "", "- nothing disputed, garbled, copied or out of date found; the summary follows", ""];
}

function findingLine(f: Finding, outlet: (id: string) => string, text: (s: string) => string): string {
  const names = (ids: Iterable<string>): string => [...new Set([...ids].map(outlet))].map((o) => `\`${o}\``).join(", ");
  const label = findingLabel(f);
  switch (f.kind) {
    case "disputed": {
      const sides = f.sides.map((s) => `${text(s.value)} (${names(s.articleIds)})`);
      return `**${label}:** ${text(f.fact.statement)}${f.fact.differs ? ` — ${text(f.fact.differs)}` : ""}: ${sides.join(" vs ")}`;
    }
    case "garbled-name":
    case "name-variant":
      return `**${label}:** “${text(f.form)}”${f.suggestion ? ` — probably ${text(f.suggestion)}` : ""} (${names(f.articleIds)})`;
    case "copy": {
      const errors = f.link.sharedErrors?.length ? `; both write ${f.link.sharedErrors.map((e) => `“${text(e)}”`).join(", ")}` : "";
      return `**${label}:** ${names([f.link.a, f.link.b])}${errors} — counted as one origin`;
    }
    case "temporal":
      return `**${label}** (${names(f.articleIds)}): ${text(f.anomalies[0]?.explanation ?? "")}`;
    case "unattributed":
      return `**${label}** (${names(f.articleIds)}): “${text(clipLine(f.anomalies[0]?.quote ?? "", 160))}”`;
  }
}
