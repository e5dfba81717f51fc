/** @module Tests that compareDates orders strings as localeCompare does. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareDates } from "./date-order.ts";

/** A small deterministic generator (xorshift), so the test is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

test("dates as ingest writes them, and the sentinels, sort as localeCompare sorts them", () => {
  const next = random(7);
  const dates: string[] = ["9999", "\uffff", "2024", "2024-05", ""];
  for (let i = 0; i < 60; i++) {
    const day = `${pad(1990 + Math.floor(next() * 40), 4)}-${pad(1 + Math.floor(next() * 12), 2)}-${pad(1 + Math.floor(next() * 28), 2)}`;
    const time = `T${pad(Math.floor(next() * 24), 2)}:${pad(Math.floor(next() * 60), 2)}:${pad(Math.floor(next() * 60), 2)}`;
    dates.push(day, `${day}${time}`, `${day}${time}.${pad(Math.floor(next() * 1000), 3)}Z`);
  }
  for (const a of dates) for (const b of dates) assert.equal(compareDates(a, b), Math.sign(a.localeCompare(b)), `${a} vs ${b}`);
});

test("strings of a date's characters in any order, and others, sort as localeCompare sorts them", () => {
  const next = random(11);
  const alphabet = "0123456789-:.+TZ";
  const strings: string[] = ["a", "B", "é", "2024-05-01 10:00", "2024-05-01t10", "2024\u00001", "１２", "Mon 5 May"];
  for (let i = 0; i < 300; i++) {
    let s = "";
    const n = Math.floor(next() * 6);
    for (let k = 0; k < n; k++) s += alphabet[Math.floor(next() * alphabet.length)];
    strings.push(s);
  }
  for (const a of strings) for (const b of strings) assert.equal(compareDates(a, b), Math.sign(a.localeCompare(b)), JSON.stringify([a, b]));
});
