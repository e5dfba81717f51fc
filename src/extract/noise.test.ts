/** @module Tests of the noise rules by id: lines that carry no claim, and lines that must stay claims. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../text/index.ts";
import { loadKnowledge } from "../knowledge/index.ts";
import { EXTRACT_RULES, extract } from "./index.ts";
import { NOISE_RULES, noiseRule, parseNoiseLexicon } from "./noise.ts";
import type { Article } from "../types.ts";

function article(text: string): Article {
  return { id: "a-noise", origin: "noise.txt", outlet: "Test", url: null, title: null, published: null, byline: null, language: "en", format: "txt", text };
}

/** The rule id each sentence of `text` falls under ("" for none). */
function rules(text: string): string[] {
  return buildDoc(article(text)).sentences.map((s) => noiseRule(s)?.id ?? "");
}

test("noise.credit: credit lines and copyright notices, not a sentence that cites reporting", () => {
  assert.deepEqual(rules("(Reporting by Jane Roe in Oslo; Editing by John Poe)"), [NOISE_RULES.credit.id]);
  assert.deepEqual(rules("Copyright 2013 The Associated Press. All rights reserved."), [NOISE_RULES.credit.id, NOISE_RULES.credit.id]);
  assert.deepEqual(rules("Mark Doe contributed to this report."), [NOISE_RULES.credit.id]);
  assert.deepEqual(rules("The ministry approved the purchase, according to reporting by the Daily Planet."), [""]);
});

test("noise.byline: a byline or time stamp without a verb, never a sentence that starts with 'by'", () => {
  assert.deepEqual(rules("By Jane Roe and John Poe, Reuters"), [NOISE_RULES.byline.id]);
  assert.deepEqual(rules("Updated: 4 December 2025 10:32 GMT"), [NOISE_RULES.byline.id]);
  assert.deepEqual(rules("By the end of the year, the army will have received 12 launchers."), [""]);
  assert.deepEqual(rules("By Monday, rescuers had found 41 bodies."), [""]);
});

test("noise.boilerplate and noise.promotion: page furniture and selling, not news that names them", () => {
  assert.deepEqual(rules("Follow us on Twitter for the latest updates."), [NOISE_RULES.boilerplate.id]);
  assert.deepEqual(rules("ALSO READ: Harbour levy vote delayed until April"), [NOISE_RULES.boilerplate.id]);
  assert.deepEqual(rules("Subscribe to our newsletter and get 20% off your first year."), [NOISE_RULES.promotion.id]);
  assert.deepEqual(rules("Download our app for breaking news alerts."), [NOISE_RULES.promotion.id]);
  assert.deepEqual(rules("The streaming service said 5 million people subscribed in the first week."), [""]);
  assert.deepEqual(rules("The newspaper's owner said its app had been downloaded 3 million times."), [""]);
});

test("noise.list-fragment: bullets without a clause and lead-ins ending in a colon, not bullets that state something", () => {
  const list = "Talks will cover:\n- Expanded maintenance facilities under the national programme\n- Joint development of fighter jets\n- Maintaining autonomy: preserving an independent policy\n- Geopolitical leverage – using procurement as a tool\n- The ministry approved five more units on Monday.";
  assert.deepEqual(rules(list), [NOISE_RULES.listFragment.id, NOISE_RULES.listFragment.id, NOISE_RULES.listFragment.id, NOISE_RULES.listFragment.id, NOISE_RULES.listFragment.id, ""]);
});

test("extraction drops a noise sentence with a diagnostic naming its rule, and reads the rest", () => {
  const text = "The ministry approved the purchase of five units on Monday, officials said.\n\n(Reporting by Jane Roe; Editing by John Poe)";
  const x = extract(buildDoc(article(text)), { kb: loadKnowledge() });
  assert.ok(x.claims.every((c) => !/Reporting by/.test(c.text)), "no claim from the credit line");
  assert.ok(x.claims.some((c) => /approved/.test(c.text)), "the news sentence is a claim");
  const d = x.diagnostics.find((g) => g.code === NOISE_RULES.credit.id);
  assert.ok(d?.span && text.slice(d.span[0], d.span[1]).startsWith("(Reporting by"), "the diagnostic points at the credit line");
});

test("a phrase ending in a letter matches only as a whole word, one ending in punctuation anywhere after a word start", () => {
  const empty = { starts: [], contains: [] };
  const lexicon = parseNoiseLexicon({ pack: "lang-en-noise", version: 1, description: "t", credit: { starts: ["photo by"], contains: ["our app", "reuters/", "(c)"] }, byline: empty, boilerplate: empty, promotion: empty }, "t.json");
  const sentence = (text: string) => ({ ...buildDoc(article(text)).sentences[0]!, text });
  const rule = (text: string): string => noiseRule(sentence(text), lexicon)?.id ?? "";
  assert.equal(rule("Get our app today."), NOISE_RULES.credit.id);
  assert.equal(rule("Get our apps today."), "", "a longer word is not the phrase");
  assert.equal(rule("Get your app today."), "", "the phrase starts at a word start");
  assert.equal(rule("Picture: REUTERS/Jane Roe"), NOISE_RULES.credit.id, "a phrase ending in '/' may be followed by a letter");
  assert.equal(rule("Picture: xreuters/Jane Roe"), "", "but still starts at a word start");
  assert.equal(rule("Text (c)2024 Planet"), NOISE_RULES.credit.id);
  assert.equal(rule("Photo by  Jane Roe"), NOISE_RULES.credit.id, "a space in a phrase matches any run of spaces");
  assert.equal(rule("Photography by Jane Roe"), "");
});

test("the noise pack is validated: a pack without its lists is refused, naming what is expected", () => {
  assert.throws(() => parseNoiseLexicon({ pack: "lang-en-noise", version: 1, description: "x" }, "bad.json"), /bad\.json: invalid noise pack/);
});

test("extract.sanction-without-actor: sanctions no one imposes are no sanction claim; sanctions someone imposes are", () => {
  const kb = loadKnowledge();
  const bg = extract(buildDoc(article("The United States has opposed the purchase in light of the broader sanctions imposed on Russia.")), { kb });
  assert.ok(bg.claims.every((c) => c.frame?.type !== "sanction"), "background sanctions make no sanction frame");
  assert.ok(bg.diagnostics.some((d) => d.code === EXTRACT_RULES.sanctionWithoutActor.id), "and the rule says so");
  const real = extract(buildDoc(article("The United States imposed sanctions on Russia on Monday.")), { kb });
  assert.ok(real.claims.some((c) => c.frame?.type === "sanction" && c.frame.roles["by"] === "United States"));
});
