/**
 * @module The fuzz suite in CI: 300 hostile inputs (every family of cases.ts at a small scale, then
 * mutations of the project's good files), each read beside a good file in a worker with a time
 * budget. Every batch must survive: no exception, no worker death, no case over budget, the good
 * article in the report and the bad input read or reported. `npm run bench -- fuzz` runs 2,000+.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { fuzzCases } from "./cases.ts";
import { runCases } from "./runner.ts";

test("300 hostile inputs, each beside a good file: no crash, no hang, nothing lost", { timeout: 600_000 }, async () => {
  const cases = fuzzCases(300, { scale: 0.3, seed: 7 });
  const results = await runCases(cases, { budgetMs: 15_000 });
  const bad = results.filter((r) => r.outcome !== "ok").map((r) => `${r.outcome} ${r.name}: ${r.why}`);
  assert.equal(results.length, 300);
  assert.deepEqual(bad, []);
});
