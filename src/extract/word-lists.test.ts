/** @module Tests of the English word-list packs (packs/lang/en/*.json read by word-lists.ts): validation, patterns, and rules that fire from the packs' words. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PackError } from "../errors.ts";
import { alternatives, parseWordLists } from "./word-lists.ts";
import { quantityWords } from "./quantity-context.ts";
import { extractQuantities } from "./quantities.ts";
import { hedgeCues, modalityOf, modalityWords } from "./modality.ts";
import { casualtyWords, pluralNoun } from "./casualties.ts";
import { segment } from "../text/sentences.ts";
import type { Sentence } from "../types.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}

test("a word-list pack of the wrong shape names the file and the field", () => {
  const good = { pack: "lang-en-t", version: 1, description: "d", lists: { a: { description: "x", words: ["one"] }, b: { description: "y", words: ["two"] } } };
  assert.deepEqual(parseWordLists(good, "t.json", "t", ["a", "b"]), { a: ["one"], b: ["two"] });
  const check = (data: unknown, path: RegExp): void => assert.throws(() => parseWordLists(data, "my-t.json", "t", ["a", "b"]), (e: unknown) => e instanceof PackError && /^my-t\.json: invalid t pack/.test(e.message) && path.test(e.message));
  check({ ...good, lists: { ...good.lists, b: { description: "y", words: [""] } } }, /at \$\.lists\.b\.words\.0:/);
  check({ ...good, lists: { a: good.lists.a } }, /at \$\.lists\.b:/);
  check({ ...good, lists: { ...good.lists, a: { words: ["one"] } } }, /at \$\.lists\.a\.description:/);
  check({ ...good, pack: "lang-en-other" }, /at \$\.pack:/);
  assert.throws(() => parseWordLists({ ...good, lists: { a: good.lists.a, b: { description: "y", words: ["man men", "mice"] } } }, "p.json", "t", ["a", "b"], ["b"]), /^PackError: p\.json: invalid t pack at \$\.lists\.b\.words\.1: expected two words/);
});

test("a list reads as escaped alternatives in order, its phrases' words apart by the rule's separator, a final * a stem", () => {
  assert.equal(alternatives(["approx.", "up to", "meet*"]), "approx\\.|up\\s+to|meet\\w*");
  assert.equal(alternatives(["up to", "*"], " "), "up to|\\*");
  assert.ok(new RegExp(`^(?:${alternatives(["meet*"])})$`).test("meetings"));
});

test("the bundled packs load, and each word of a list makes its rule fire", () => {
  const left = (text: string): boolean[] => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => q.part === true);
  for (const phrase of quantityWords().previous) assert.deepEqual(left(`Sales reached 20, ${phrase} 15.`), [false, true], phrase);
  for (const phrase of quantityWords().approxUpTo) assert.equal(extractQuantities(sentence(`The plant employs ${phrase} 300 workers.`), { mentions: [], dateSpans: [] })[0]?.approx, "up-to", phrase);
  const w = modalityWords();
  for (const phrase of w.denied) assert.equal(modalityOf(`The ministry ${phrase} the report.`, { attributed: false }), "denied", phrase);
  for (const phrase of w.reported) assert.equal(modalityOf(`The ministry ${phrase} the jets.`, { attributed: false }), "reported", phrase);
  for (const aux of w.auxiliaries) assert.deepEqual(hedgeCues(`The deal ${aux} not yet been signed.`).slice(0, 1), [`${aux} not yet been signed`], aux);
});

test("the casualty rules fire from the casualties pack's words", () => {
  const read = (text: string): string[] => extractQuantities(sentence(text), { mentions: [], dateSpans: [] }).map((q) => `${q.value} ${q.unit} ${q.scope ?? "-"}`);
  const w = casualtyWords();
  for (const verb of w.tollVerbs) assert.deepEqual(read(`The death toll ${verb} 41.`), ["41 killed -"], verb);
  for (const noun of ["officer", "soldier", "student", "militant"]) assert.ok(w.groupNouns.includes(noun), noun);
  for (const noun of ["officer", "soldier", "student", "militant"]) assert.deepEqual(read(`Three ${pluralNoun(noun)} were killed.`).map((r) => r.split(" ").slice(1).join(" ")), [`killed among ${pluralNoun(noun)}`], noun);
  for (const owner of w.sideOwners) assert.match(read(`Nine people died on ${owner} side.`)[0] ?? "", / on (?:the \\S+|one) side$/, owner);
  for (const word of ["were", "have", "so far", "been confirmed"]) assert.deepEqual(read(`Nine people ${word} died in Catanduanes.`), ["9 killed in Catanduanes"], word);
});

test("a noun's plural: irregular ones from the pack, the rest by the spelling rules", () => {
  assert.deepEqual(["man", "child", "police", "officer", "gunman", "battery", "church"].map(pluralNoun), ["men", "children", "police", "officers", "gunmen", "batteries", "churches"]);
  for (const pair of casualtyWords().irregularPlurals) assert.equal(pluralNoun(pair.split(" ")[0] ?? ""), pair.split(" ")[1], pair);
  assert.equal(pluralNoun("constructor"), "constructors");
});
