/** @module Smoke test: the test runner loads TypeScript. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { REPORT_SCHEMA } from "../src/report/types.ts";

test("exposes the v1 report schema name", () => {
  assert.equal(REPORT_SCHEMA, "triangulate.report/v1");
});
