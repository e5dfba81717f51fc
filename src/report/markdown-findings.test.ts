/** @module Key findings come first in the Markdown story and say, one line each with outlets, what is disputed, garbled and copied. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "./markdown.ts";
import { sampleFixture } from "./fixtures.ts";
import { keyFindings } from "./markdown-findings.ts";

test("key findings open the story, before the summary, with outlets on every line", () => {
  const { report } = sampleFixture();
  const md = renderMarkdown(report);
  const findings = md.indexOf("### Key findings");
  assert.ok(findings > 0 && findings < md.indexOf("### Summary"));
  const section = md.slice(findings, md.indexOf("### Summary"));
  assert.match(section, /\*\*Likely garbled name:\*\* “K2 Black Panter” — probably K2 Black Panther \(`Defence Insider`\)/);
  assert.match(section, /\*\*One text, nearly copied:\*\* `Northern Wire`, `The Daily Ledger` — counted as one origin/);
  if (report.facts.some((f) => f.verdict === "contested")) assert.match(section, /\*\*Disputed:\*\*/);
});

test("one spelling written by several outlets is one line; an empty story says nothing was found", () => {
  const anomaly = (articleId: string) => ({ kind: "name-variant", articleId, quote: "Holmgrad", span: [0, 8] as const, suggestion: "Holmgard", explanation: "" });
  const lines = keyFindings({ facts: [], anomalies: [anomaly("a"), anomaly("b")], reuse: [], outlet: (id) => id.toUpperCase() }, (s) => s);
  assert.deepEqual(lines.filter((l) => l.startsWith("- ")), ["- **Spelling differs:** “Holmgrad” — probably Holmgard (`A`, `B`)"]);
  assert.match(keyFindings({ facts: [], anomalies: [], reuse: [], outlet: (id) => id }, (s) => s).join("\n"), /nothing disputed, garbled, copied/);
});
