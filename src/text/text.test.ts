/** @module Tests of the text stage: blocks, sentence splitting, tokens and spans. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { splitBlocks, looksLikeHeading } from "./blocks.ts";
import { breakLongRuns, MAX_RUN, segment, tokenize } from "./sentences.ts";

test("splits a sentence glued to the next by a scraper", () => {
  const text = "India has long relied on Russia for equipment.India has long relied on Russia for equipment.Russian President Vladimir Putin will visit.";
  const sentences = segment(text, [0, text.length]).map((s) => text.slice(s.span[0], s.span[1]));
  assert.deepEqual(sentences, [
    "India has long relied on Russia for equipment.",
    "India has long relied on Russia for equipment.",
    "Russian President Vladimir Putin will visit.",
  ]);
});

test("keeps a decimal glued to letters whole: no sentence break, one token", () => {
  const text = "Each point costs about R7.2bn a year. The rocket lifted off at 11.02am on Tuesday. Shares rose 2.5% to $45.30. Then calm.";
  const sentences = segment(text, [0, text.length]);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.span[0], s.span[1])),
    ["Each point costs about R7.2bn a year.", "The rocket lifted off at 11.02am on Tuesday.", "Shares rose 2.5% to $45.30.", "Then calm."],
  );
  const words = sentences.flatMap((s) => s.tokens.map((t) => t.text));
  assert.ok(words.includes("R7.2bn") && words.includes("11.02am"));
  for (const s of sentences) for (const t of s.tokens) assert.equal(text.slice(t.span[0], t.span[1]), t.text);
});

test("never ends a sentence inside parentheses; a closed parenthesis ends where its sentence does", () => {
  const text = "He owns a 135-156 (. 464) record at the collegiate level. Then he left.";
  assert.deepEqual(segment(text, [0, text.length]).map((s) => text.slice(s.span[0], s.span[1])), ["He owns a 135-156 (. 464) record at the collegiate level.", "Then he left."]);
  const closed = "It rained (a lot). Then it stopped (briefly).";
  assert.deepEqual(segment(closed, [0, closed.length]).map((s) => closed.slice(s.span[0], s.span[1])), ["It rained (a lot).", "Then it stopped (briefly)."]);
});

test("never starts a sentence with a lower-case word after a point: an abbreviation or a name ended there", () => {
  const text = "She was walking into the store at 200 W. American Blvd. with her husband when she was struck. Police said so.";
  assert.deepEqual(segment(text, [0, text.length]).map((s) => text.slice(s.span[0], s.span[1])), [text.slice(0, text.indexOf(" Police")), "Police said so."]);
  // A capital after the point starts a sentence as before.
  const two = "She was struck on American Blvd. Police said so.";
  assert.equal(segment(two, [0, two.length]).length, 2);
});

test("does not split abbreviations such as U.S. officials", () => {
  const text = "The U.S. officials warned on Monday. They said more.";
  assert.equal(segment(text, [0, text.length]).length, 2);
});

test("keeps a line without a period apart from the next line", () => {
  const text = "India seeks deeper defence ties amid US pressure\nAmid pressure from Washington, India is intensifying efforts.";
  const blocks = splitBlocks(text);
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0]?.kind, "heading");
  assert.equal(blocks[1]?.kind, "prose");
});

test("recognizes list items and table cells, and skips table separators", () => {
  const text = "Key areas include:\n- Advanced missile systems\n- Joint development of jets\n| Sector | Deals |\n|---|---|\n| Air | MiG-29 and Su-57 jets |";
  const kinds = splitBlocks(text).map((b) => `${b.kind}:${text.slice(b.span[0], b.span[1])}`);
  assert.deepEqual(kinds, [
    "prose:Key areas include:",
    "list-item:Advanced missile systems",
    "list-item:Joint development of jets",
    "table-row:Sector",
    "table-row:Deals",
    "table-row:Air",
    "table-row:MiG-29 and Su-57 jets",
  ]);
});

test("token spans point at the token text", () => {
  const text = "Putin’s visit on 4-5 December: 140 Su-57 jets.";
  for (const t of tokenize(text)) assert.equal(text.slice(t.span[0], t.span[1]), t.text);
  assert.ok(tokenize(text).some((t) => t.text === "Su-57"));
});

test("a long sentence ending in a period is not a heading", () => {
  assert.equal(looksLikeHeading("As President Vladimir Putin prepares for his visit, the chessboard shifts."), false);
  assert.equal(looksLikeHeading("India and Russia Edge Closer to Major Military Deal as Putin Visits"), true);
});

test("keeps names with letters beyond Latin-1 whole, with their own spelling and spans", () => {
  const text = "Władysław Kosiniak-Kamysz met Erdoğan and Nicușor Dan in Łódź.";
  const toks = tokenize(text);
  for (const name of ["Władysław", "Erdoğan", "Nicușor", "Łódź"]) {
    const t = toks.find((x) => x.text === name);
    assert.ok(t, name);
    assert.equal(text.slice(t.span[0], t.span[1]), name);
    assert.equal(t.pos, "PROPN", name);
    assert.equal(t.norm, name.toLowerCase());
  }
});

test("cuts a run of more than MAX_RUN non-space characters wherever \\S does, whatever space ends it", () => {
  // Every code unit between two runs that together pass MAX_RUN: a space (as \s reads it) keeps both whole.
  const units = [...Array.from({ length: 0x3100 }, (_, c) => c), 0xfeff, 0xff01];
  for (const c of units) {
    const ch = String.fromCharCode(c);
    const text = "a".repeat(MAX_RUN - 20) + ch + "b".repeat(40);
    const want = text.replace(/\S{65,}/g, (run) => run.replace(/(\S{64})\S/g, "$1 "));
    assert.equal(breakLongRuns(text), want, `U+${c.toString(16)}`);
  }
  assert.equal(breakLongRuns("x".repeat(MAX_RUN)), "x".repeat(MAX_RUN));
  assert.equal(breakLongRuns("x".repeat(MAX_RUN + 1)), `${"x".repeat(MAX_RUN)} `);
});
