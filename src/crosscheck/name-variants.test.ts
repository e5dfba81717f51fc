/** @module Tests of spelling variants across articles: what is one name spelled two ways, and what is not. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import type { EntityType, ExtractedDoc, Mention } from "../types.ts";
import { nameVariantAnomalies, variantWords } from "./name-variants.ts";

/** A document whose text is the names given, each a mention of the given type. */
function doc(id: string, names: readonly string[], type: EntityType = "person"): ExtractedDoc {
  const text = names.join(" met ") + ".";
  let at = 0;
  const mentions: Mention[] = names.map((n) => {
    const start = text.indexOf(n, at);
    at = start + n.length;
    return { kind: "mention", span: [start, start + n.length], sentence: 0, text: n, entityId: null, canonical: n, type, source: "chunk", role: null };
  });
  const article = { id, origin: `${id}.txt`, outlet: `Outlet ${id}`, url: null, title: null, published: null, byline: null, language: "en", format: "txt" as const, text };
  return { doc: { article, text, paragraphs: [[0, text.length]], sentences: [] }, mentions, quantities: [], dates: [], attributions: [], claims: [], sentenceKinds: [], diagnostics: [] };
}

describe("spelling variants across articles", () => {
  it("one word spelled two ways: a doubled consonant, a dropped letter, diacritics, a transliteration, a short form", () => {
    assert.equal(variantWords("Kirkegaard", "Kirkegard"), "spelling");
    assert.equal(variantWords("Gallagher", "Galagher"), "spelling");
    assert.equal(variantWords("Tymoshenko", "Timoshenko"), "spelling");
    assert.equal(variantWords("Władysław", "Wladyslaw"), "diacritics");
    assert.equal(variantWords("Maurice", "Mo"), "short-form");
  });

  it("not variants: designations with digits, case or punctuation, regional spellings, two dictionary words, inflections", () => {
    assert.equal(variantWords("S-300", "S-400"), null);
    assert.equal(variantWords("Su-30", "Su-35"), null);
    assert.equal(variantWords("P.J.", "PJ"), null);
    assert.equal(variantWords("Centre", "Center"), null);
    assert.equal(variantWords("Klitschkos", "Klitschko"), null);
    assert.equal(variantWords("Nuban", "Nuba"), null);
  });

  it("flags the minority spelling of a first name written three ways, naming the majority and its articles", () => {
    const docs = [doc("a", ["Oleksandr Hrytsenko"]), doc("b", ["Oleksandr Hrytsenko"]), doc("c", ["Olexandr Hrytsenko"]), doc("d", ["Oleksander Hrytsenko"])];
    const found = nameVariantAnomalies(docs);
    assert.deepEqual(
      found.map((a) => [a.articleId, a.quote, a.suggestion]),
      [
        ["c", "Olexandr Hrytsenko", "Oleksandr Hrytsenko"],
        ["d", "Oleksander Hrytsenko", "Oleksandr Hrytsenko"],
      ],
    );
    assert.match(found[0]?.explanation ?? "", /in 2 other articles \(Outlet a, Outlet b\)/);
  });

  it("says a Russian-style transliteration may betray a translation", () => {
    const found = nameVariantAnomalies([doc("a", ["Dmitry Peskov"]), doc("b", ["Dmitry Peskov"]), doc("c", ["Dmitry Peskoff"])]);
    assert.equal(found.length, 1);
    assert.match(found[0]?.explanation ?? "", /Russian-style transliteration.*translation/);
  });

  it("keeps two people apart: brothers with one surname, and two real surnames", () => {
    assert.deepEqual(nameVariantAnomalies([doc("a", ["Vitali Klitschko"]), doc("b", ["Wladimir Klitschko"])]), []);
    assert.deepEqual(nameVariantAnomalies([doc("a", ["Sarah Johnson"]), doc("b", ["Sarah Johnston"])]), []);
  });
});
