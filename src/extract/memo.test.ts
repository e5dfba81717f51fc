import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Article, Doc, ExtractedDoc } from "../types.ts";
import { ArticleMemo, entryBytes, type StoryContext } from "./memo.ts";

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

  it("does not keep the extraction of a document it did not give", () => {
    const memo = new ArticleMemo();
    const { run, calls } = runner();
    const a = article("a", "The port authority opened the terminal.");
    const own = memo.doc(a);
    const other = new ArticleMemo().doc(a);
    memo.extract(other, context([]), run(other));
    memo.extract(other, context([]), run(other));
    assert.equal(calls(), 2);
    memo.extract(own, context([]), run(own));
    memo.extract(own, context([]), run(own));
    assert.equal(calls(), 3);
  });
});

describe("ArticleMemo budget", () => {
  const text = (n: number): string => Array.from({ length: n }, (_, i) => `The council approved bridge number ${i + 1} on Monday.`).join(" ");
  const docBytes = (a: Article): number => entryBytes(new ArticleMemo().doc(a));

  it("estimates an entry from its tokens and extracted items, so a long article weighs more than a short one", () => {
    const short = docBytes(article("s", text(2)));
    const long = docBytes(article("l", text(20)));
    assert.ok(long > 8 * short && long < 12 * short, `${short} ${long}`);
    const memo = new ArticleMemo();
    const doc = memo.doc(article("s", text(2)));
    assert.equal(memo.bytes, short);
    const { run } = runner();
    const x = memo.extract(doc, context([]), run(doc));
    // The extraction's reserve is replaced by its own estimate.
    assert.equal(memo.bytes, entryBytes(doc, x));
    assert.ok(entryBytes(doc, { ...x, claims: [...x.claims, ...x.claims] }) >= entryBytes(doc, x));
  });

  it("keeps the entries used last within its budget of bytes, whatever their count", () => {
    const one = docBytes(article("a0", text(3)));
    const memo = new ArticleMemo(3.5 * one);
    const docs = ["a0", "a1", "a2", "a3"].map((id) => memo.doc(article(id, text(3))));
    assert.equal(memo.size, 3);
    assert.ok(memo.bytes <= 3.5 * one);
    // a0 was evicted (used first), a1..a3 are held.
    assert.notEqual(memo.doc(article("a0", text(3))), docs[0]);
    assert.equal(memo.doc(article("a3", text(3))), docs[3]);
    // One long article takes the place of several short ones.
    const wide = new ArticleMemo(3.5 * one);
    for (const id of ["b0", "b1", "b2"]) wide.doc(article(id, text(3)));
    wide.doc(article("long", text(9)));
    assert.equal(wide.size, 1);
    // An article larger than the budget is given once and not kept.
    const tiny = new ArticleMemo(one / 2);
    const doc = tiny.doc(article("a0", text(3)));
    assert.deepEqual([tiny.size, tiny.bytes], [0, 0]);
    const { run, calls } = runner();
    tiny.extract(doc, context([]), run(doc));
    tiny.extract(doc, context([]), run(doc));
    assert.equal(calls(), 2);
  });

  it("keeps the part of a story larger than the budget that fits, from one analysis to the next", () => {
    const story = Array.from({ length: 10 }, (_, i) => article(`s${String(i).padStart(2, "0")}`, text(3)));
    const memo = new ArticleMemo(6.5 * docBytes(story[0] as Article));
    const first = memo.docs(story);
    assert.equal(memo.size, 6);
    // The story gains articles that sort among the old ones: the six held are read from the memo
    // again (a new article does not push out one the same analysis reads later).
    const grown = [...story, article("s035", text(3)), article("s075", text(3))].sort((a, b) => (a.id < b.id ? -1 : 1));
    const second = memo.docs(grown);
    const reused = grown.filter((a) => first.includes(second[grown.indexOf(a)] as Doc)).map((a) => a.id);
    assert.deepEqual(reused, ["s00", "s01", "s02", "s03", "s04", "s05"]);
    // Another analysis's articles take the place of entries older analyses used.
    memo.docs([article("other", text(3))]);
    assert.equal(memo.size, 6);
    assert.equal(memo.doc(article("other", text(3))), memo.doc(article("other", text(3))));
  });
});
