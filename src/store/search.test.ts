/** @module Tests of search snippet marking. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { SNIPPET_START as S, SNIPPET_STOP as E } from "../server/ui-types.ts";
import { wholeWordMarks } from "./search.ts";

const shown = (x: string): string => wholeWordMarks(x).replaceAll(S, "[").replaceAll(E, "]");

test("marks a whole designation when the database matched only part of it", () => {
  assert.equal(shown(`the S${S}-400${E} deal and Su${S}-57${E} jets`), "the [S-400] deal and [Su-57] jets");
});

test("leaves whole-word marks and the text around them as they are", () => {
  assert.equal(shown(`five ${S}divisions${E}, then ${S}squadrons${E}.`), "five [divisions], then [squadrons].");
});
