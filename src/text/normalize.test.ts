/** @module Tests for text normalization and article ids. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleId, normalizeText } from "./normalize.ts";

describe("normalizeText", () => {
  it("turns CRLF and CR line ends into LF", () => {
    assert.equal(normalizeText("one\r\ntwo\rthree"), "one\ntwo\nthree");
  });

  it("straightens curly single and double quotes", () => {
    assert.equal(normalizeText("\u2018a\u2019 \u201Ab\u201B \u201Cc\u201D \u201Ed\u201F"), "'a' 'b' \"c\" \"d\"");
  });

  it("maps en dashes, em dashes and the horizontal bar to an em dash", () => {
    assert.equal(normalizeText("Kestria\u2013Norland \u2014 talks \u2015 end"), "Kestria—Norland — talks — end");
  });

  it("keeps a numeric range with an en dash as a hyphenated range", () => {
    assert.equal(normalizeText("December 4\u20135, 2026\u201327"), "December 4-5, 2026-27");
  });

  it("maps hyphen look-alikes and the minus sign to a hyphen", () => {
    assert.equal(normalizeText("VR\u2010300 HK\u201124 \u22125 A\u20122"), "VR-300 HK-24 -5 A-2");
  });

  it("turns NBSP, thin, figure and narrow spaces and tabs into single spaces", () => {
    assert.equal(normalizeText("a\u00A0b\u2009c\u2007d\u202Fe\tf  \t g"), "a b c d e f g");
  });

  it("removes zero-width characters and soft hyphens", () => {
    assert.equal(normalizeText("Hal\u200Bvor\u00ADsen\u200D\uFEFF"), "Halvorsen");
  });

  it("trims line ends, caps blank lines at one and trims the whole text", () => {
    assert.equal(normalizeText("  \n first   \n\n\n\nsecond  \n\n"), "first\n\nsecond");
  });

  it("composes decomposed characters (NFC)", () => {
    assert.equal(normalizeText("Cafe\u0301"), "Caf\u00E9");
  });

  it("never folds Cyrillic or Greek letters into Latin look-alikes", () => {
    const mixed = "VR-3\u041E0 and \u0391-10 and H\u041A-24";
    assert.equal(normalizeText(mixed), mixed);
  });

  it("is idempotent", () => {
    const raw = "\u201CA\u201D \u2013 b\u00A0\u00A0c\r\n\r\n\r\n\u2009d 1\u20132\u200B";
    const once = normalizeText(raw);
    assert.equal(normalizeText(once), once);
  });
});

describe("articleId", () => {
  const parts = { outlet: "Daily", title: "Title", text: "Body text." };

  it("is 'a' followed by 12 hex digits", () => {
    assert.match(articleId(parts), /^a[0-9a-f]{12}$/);
  });

  it("is stable for the same outlet, title and text", () => {
    assert.equal(articleId({ ...parts }), articleId(parts));
    // sha256("Daily\0Title\0Body text.") starts with a5a32c3491ff (computed with sha256sum).
    assert.equal(articleId(parts), "aa5a32c3491ff");
  });

  it("changes when any part changes, and separates the parts unambiguously", () => {
    const base = articleId(parts);
    assert.notEqual(articleId({ ...parts, outlet: "Weekly" }), base);
    assert.notEqual(articleId({ ...parts, title: null }), base);
    assert.notEqual(articleId({ ...parts, text: "Body text!" }), base);
    assert.notEqual(articleId({ outlet: "ab", title: "c", text: "d" }), articleId({ outlet: "a", title: "bc", text: "d" }));
  });

  it("treats a null title like an empty one", () => {
    assert.equal(articleId({ ...parts, title: null }), articleId({ ...parts, title: "" }));
  });
});
