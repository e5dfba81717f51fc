/**
 * @module `--explain` end to end on the bundled example story: the report keeps the rules' trace,
 * each contested fact names the rule and the two accounts it compared, each dropped number the
 * rule that dropped it, and the Markdown report says so in its "Why" section.
 */
import { NOISE_RULES } from "../src/extract/noise.ts";
import { EXTRACT_RULES } from "../src/extract/index.ts";
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { ingest } from "../src/ingest/index.ts";
import { loadKnowledge } from "../src/knowledge/index.ts";
import { analyzeArticles } from "../src/pipeline.ts";
import { renderMarkdown } from "../src/report/markdown.ts";
import type { Report } from "../src/report/types.ts";
import { QUANTITY_RULE_BY_ID } from "../src/extract/quantity-rules.ts";
import { REPORT_DATE_RULE } from "../src/crosscheck/values.ts";
import { NUMBER_RULES } from "../src/crosscheck/number-roles.ts";
import { FIGURE_RULES } from "../src/crosscheck/figures.ts";
import { SUBSUME_RULE } from "../src/crosscheck/subsume.ts";
import { BACKGROUND_RULE } from "../src/crosscheck/background.ts";
import { COREF_RULES } from "../src/extract/coref.ts";
import { LEAD_RULE } from "../src/crosscheck/group.ts";
import { RESTATEMENT_RULE } from "../src/crosscheck/restatements.ts";
import { DETAIL_RULE } from "../src/crosscheck/details.ts";

const example = fileURLToPath(new URL("../examples/summit-story", import.meta.url));
const pack = fileURLToPath(new URL("../examples/summit-story/pack.json", import.meta.url));
let report: Report;
let plain: Report;

before(async () => {
  const { articles } = await ingest([example]);
  const kb = loadKnowledge({ extraPacks: [pack] });
  report = await analyzeArticles(articles, { kb, explain: true, generatedAt: "2026-03-12T00:00:00.000Z" });
  plain = await analyzeArticles(articles, { kb, generatedAt: "2026-03-12T00:00:00.000Z" });
});

test("without --explain the report carries no trace; with it, the facts are the same", () => {
  assert.equal(plain.trace, undefined);
  assert.deepEqual(report.facts, plain.facts);
});

test("each contested fact says which rule contested it and which two accounts were compared", () => {
  const contested = report.facts.filter((f) => f.verdict === "contested");
  assert.ok(contested.length > 0);
  for (const f of contested) {
    assert.equal(f.difference?.rule, "facts.incompatible-values", f.statement);
    assert.equal(f.difference?.accounts.length, 2);
    const [a, b] = f.difference?.accounts ?? [];
    assert.notEqual(a?.value, b?.value);
    assert.ok(f.variants.some((v) => v.evidence.some((e) => e.articleId === a?.articleId)));
    assert.ok(report.trace?.some((t) => t.action === "compared" && t.articleId === a?.articleId && t.message.includes(f.statement)));
  }
});

test("each number left out, name read as another and claims put together names a known rule, with its quote and sentence", () => {
  const dropped = (report.trace ?? []).filter((t) => t.action !== "compared");
  assert.ok(dropped.length > 0);
  const known = new Set([...QUANTITY_RULE_BY_ID.keys(), ...Object.values(NUMBER_RULES).map((r) => r.id), ...Object.values(COREF_RULES).map((r) => r.id), ...Object.values(NOISE_RULES).map((r) => r.id), ...Object.values(EXTRACT_RULES).map((r) => r.id), ...Object.values(FIGURE_RULES).map((r) => r.id), SUBSUME_RULE.id, BACKGROUND_RULE.id, LEAD_RULE.id, RESTATEMENT_RULE.id, DETAIL_RULE.id, REPORT_DATE_RULE.id]);
  for (const t of dropped) {
    assert.ok(known.has(t.rule), t.rule);
    assert.ok(t.context.includes(t.quote), `${t.quote} in ${t.context}`);
  }
});

test("the Markdown report explains contested facts and dropped numbers in its Why section", () => {
  const md = renderMarkdown(report);
  assert.match(md, /## Why: the rules' trace/);
  assert.match(md, /rule `facts\.incompatible-values`/);
  assert.match(md, /- `(quantity|number)\.[a-z-]+` \(\d+\): /);
  assert.doesNotMatch(renderMarkdown(plain), /## Why/);
});
