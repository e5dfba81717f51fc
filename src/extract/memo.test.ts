import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Article, Doc, ExtractedDoc } from "../types.ts";
import { ArticleMemo, type StoryContext } from "./memo.ts";

function article(id: string, text: string, outlet = "Harbour Times"): Article {
  return { id, origin: `${id}.txt`, outlet, outletKnown: true, url: null, title: null, published: "2026-03-01", byline: null, language: "en", format: "txt", text };
}

/** An extraction that records the context it was run in (the memo does not look inside it). */
function runner(): { run: (doc: Doc) => (c: StoryContext) => ExtractedDoc; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    run: (doc) => (c) => {
      calls++;
      const outlets = [...c.storyEntityIds].map((e) => c.storyEntityOutlets(e).join("+"));
      return { doc, mentions: [], quantities: [], dates: [], attributions: [], claims: [], sentenceKinds: [], diagnostics: [{ code: "ctx", message: outlets.join(","), span: [0, 0], stage: "extract" }] };
    },
  };
}

const context = (ids: readonly string[], outlets: Record<string, readonly string[]> = {}): StoryContext => ({
  storyEntityIds: new Set(ids),
  storyEntityOutlets: (e) => outlets[e] ?? [],
});

describe("ArticleMemo", () => {
  it("gives the same document for the same article, a new one when any field changes", () => {
    const memo = new ArticleMemo();
    const a = article("a", "The council approved the bridge. It will cost 5 million euros.");
    const doc = memo.doc(a);
    assert.equal(memo.doc({ ...a }), doc);
    assert.notEqual(memo.doc({ ...a, outlet: "A" }), doc);
    assert.notEqual(memo.doc({ ...a, text: `${a.text} More.` }), doc);
  });

  it("reuses an extraction while the story context answers the same, and extracts again when it does not", () => {
    const memo = new ArticleMemo();
    const { run, calls } = runner();
    const doc = memo.doc(article("a", "Officials in Lisbon said the project was delayed."));
    const first = memo.extract(doc, context(["lisbon"], { lisbon: ["Daily Ledger"] }), run(doc));
    assert.equal(calls(), 1);
    assert.equal(memo.extract(doc, context(["lisbon"], { lisbon: ["Daily Ledger"] }), run(doc)), first);
    assert.equal(calls(), 1);
    // Another outlet now names the entity the extraction asked about: extracted again.
    const second = memo.extract(doc, context(["lisbon"], { lisbon: ["Daily Ledger", "Metro Wire"] }), run(doc));
    assert.equal(calls(), 2);
    assert.equal(second.diagnostics[0]?.message, "Daily Ledger+Metro Wire");
    // Another entity in the story: extracted again.
    memo.extract(doc, context(["lisbon", "portugal"], { lisbon: ["Daily Ledger", "Metro Wire"] }), run(doc));
    assert.equal(calls(), 3);
    assert.deepEqual([memo.hits, memo.misses], [1, 3]);
  });

  it("does not keep the extraction of a document it did not give, and keeps at most its capacity of articles", () => {
    const memo = new ArticleMemo(2);
    const { run, calls } = runner();
    const a = article("a", "The port authority opened the terminal.");
    const foreign = memo.doc(a);
    const other = new ArticleMemo().doc(a);
    memo.extract(other, context([]), run(other));
    memo.extract(other, context([]), run(other));
    assert.equal(calls(), 2);
    memo.extract(foreign, context([]), run(foreign));
    memo.doc(article("b", "The ferry fleet was expanded."));
    memo.doc(article("c", "The runway was closed."));
    assert.equal(memo.size, 2);
    // "a" was evicted: a new document, extracted again.
    const again = memo.doc(a);
    assert.notEqual(again, foreign);
    memo.extract(again, context([]), run(again));
    assert.equal(calls(), 4);
  });
});
