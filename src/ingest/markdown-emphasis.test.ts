/** @module The one-pass emphasis remover gives what the reference regexes give, and a line of stray markers is read in one pass. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_EMPHASIS, STAR, stripEmphasisForm, TILDE, UNDERSCORE } from "./markdown-emphasis.ts";
import { seededStream } from "../reuse/hash.ts";

/** The regexes the Markdown reader used before: correct, but up to 1,000 steps per stray marker. */
const REFERENCE = [
  { form: STAR, re: /(^|[^\w*\\])(\*{1,3})(?=\S)(.{1,1000}?)(?<=\S)\2(?![\w*])/gu, to: "$1$3" },
  { form: UNDERSCORE, re: /(^|[^\p{L}\p{N}_\\])(_{1,3})(?=\S)(.{1,1000}?)(?<=\S)\2(?![\p{L}\p{N}_])/gu, to: "$1$3" },
  { form: TILDE, re: /(^|[^~])~~(?=\S)(.{1,1000}?)(?<=\S)~~/gu, to: "$1$2" },
] as const;

/** A small deterministic generator in [0, 1) (mulberry32, as the hash families use). */
function random(seed: number): () => number {
  const next = seededStream(seed);
  return () => next() / 4294967296;
}

const PIECES = ["*", "*", "**", "_", "__", "~", "~~", "a", "b", "1", " ", " ", "\\", "é", "ж", "😀", "\r", "\u2028", ".", "-", "x*", "*x"];

test("each emphasis form gives what its reference regex gives, on random lines", () => {
  const next = random(7);
  for (let n = 0; n < 30_000; n++) {
    const len = 1 + Math.floor(next() * 14);
    let line = "";
    for (let i = 0; i < len; i++) line += PIECES[Math.floor(next() * PIECES.length)];
    for (const { form, re, to } of REFERENCE) assert.equal(stripEmphasisForm(line, form), line.replace(re, to), JSON.stringify(line));
  }
});

test("an emphasized span is kept up to the width limit (in code points) and not past it", () => {
  for (const width of [MAX_EMPHASIS - 1, MAX_EMPHASIS, MAX_EMPHASIS + 1]) {
    for (const unit of ["x", "😀"]) {
      const line = `a *${unit.repeat(width)}* b **c** d`;
      for (const { form, re, to } of REFERENCE) assert.equal(stripEmphasisForm(line, form), line.replace(re, to));
    }
  }
  assert.equal(stripEmphasisForm("***very*** __bold__", STAR), "very __bold__");
});

test("a line of a million characters of stray markers is read in one pass and left as it is", () => {
  for (const unit of [" *x", " **x", " _x", " ~~x"]) {
    const line = unit.repeat(333_334);
    assert.equal(stripEmphasisForm(stripEmphasisForm(stripEmphasisForm(line, STAR), UNDERSCORE), TILDE), line);
  }
  const mixed = `${" *x".repeat(100_000)} y*`;
  assert.equal(stripEmphasisForm(mixed, STAR), mixed.replace(REFERENCE[0].re, REFERENCE[0].to));
});
