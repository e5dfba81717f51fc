/** @module Tests: near misses of a designation found through the one-deletion index equal those of a pass over every known designation. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDesignationIndex, nearMisses, parseDesignation, type DesignationIndex, type NearMiss } from "./designations.ts";
import { editDistance } from "./fold.ts";
import { loadKnowledge } from "./kb.ts";

const index = buildDesignationIndex(loadKnowledge().entities.values());

/** The one-edit near misses as a pass over every known designation finds them. */
function naiveEdits(token: string, idx: DesignationIndex, before: readonly NearMiss[]): string[] {
  const d = parseDesignation(token);
  if (!d) return [];
  const out = before.map((o) => o.known.entityId);
  const edits: string[] = [];
  for (const [p, list] of idx.byPrefix) {
    if (Math.abs(p.length - d.prefix.length) > 1) continue;
    for (const k of list) {
      if (out.includes(k.entityId)) continue;
      if (editDistance(d.prefix + d.number, k.prefix + k.number, 1) === 1 && (k.number.length >= 2 || d.number.length >= 2)) {
        out.push(k.entityId);
        edits.push(`${k.entityId}|${k.text}`);
      }
    }
  }
  return edits;
}

/** Tokens one random slip away from known designations, plus random ones. */
function tokens(): string[] {
  let seed = 11;
  const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (s: string): string => s[Math.floor(next() * s.length)] ?? "";
  const known = [...index.byPrefix.values()].flat().map((k) => k.text);
  const out: string[] = [];
  for (const text of known) {
    for (let n = 0; n < 6; n++) {
      const i = Math.floor(next() * text.length);
      const c = /\d/.test(text[i] ?? "") ? pick("0123456789") : pick("ABCDEFGHKMSTUabcdefkmstu");
      const slip = [text.slice(0, i) + c + text.slice(i + 1), text.slice(0, i) + text.slice(i + 1), text.slice(0, i) + c + text.slice(i), text.slice(0, i) + (text[i + 1] ?? "") + (text[i] ?? "") + text.slice(i + 2)];
      out.push(slip[n % slip.length] ?? text);
    }
  }
  for (let n = 0; n < 2000; n++) out.push(`${pick("ABCFJKMSTUY")}${pick("aiu-")}${pick("-1234")}${pick("0123456789")}${pick("0123456789")}`);
  return out;
}

test("the one-edit near misses are those a pass over every known designation finds, in the same order", () => {
  let compared = 0;
  for (const token of tokens()) {
    if (!parseDesignation(token)) continue;
    const misses = nearMisses(token, index);
    const before = misses.filter((m) => m.method !== "edit");
    const edits = misses.filter((m) => m.method === "edit").map((m) => `${m.known.entityId}|${m.known.text}`);
    const d = parseDesignation(token);
    if (d && index.knows(d.prefix, d.number)) continue;
    assert.deepEqual(edits, naiveEdits(token, index, before), token);
    compared++;
  }
  assert.ok(compared > 500, `compared ${compared}`);
});

test("a date written like a designation a hundred thousand times is looked up quickly and is no near miss", () => {
  for (let i = 0; i < 100_000; i++) assert.deepEqual(nearMisses(`May ${(i % 28) + 1}`, index), []);
  assert.ok(nearMisses("Su-5", index).some((m) => m.known.text === "Su-57" && m.method === "truncation"));
});
