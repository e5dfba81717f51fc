/** @module Tests of visit frames: whose visit a cue is, its destination (and city) and its own date. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../text/sentences.ts";
import type { DateValue, EntityType, Mention, Sentence } from "../types.ts";
import { extractDates } from "./dates.ts";
import { extractFrames } from "./frames.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}

function mention(text: string, surface: string, canonical: string, type: EntityType): Mention {
  const at = text.indexOf(surface);
  assert.ok(at >= 0, surface);
  return { kind: "mention", span: [at, at + surface.length], sentence: 0, text: surface, entityId: `${type}:${canonical}`, canonical, type, source: "pack", role: null };
}

const visits = (text: string, mentions: Mention[], options: { recentVisitor?: string } = {}) => {
  const dates: readonly DateValue[] = extractDates(text, { anchor: "2025-03-02", offset: 0, sentence: 0 });
  return extractFrames({
    sentence: sentence(text),
    mentions,
    quantities: [],
    dates,
    modality: "asserted",
    originOf: () => null,
    capitalOf: (c) => ({ China: "Beijing" })[c] ?? null,
    recentItems: [],
    recentVisitor: options.recentVisitor ?? null,
  }).filter((f) => f.type === "visit").map((f) => f.roles);
};

test("gives 'a trip by X' its own visitor and date, not the article's visit", () => {
  const text = "The visit follows a trip by German Chancellor Friedrich Merz to China in February.";
  const roles = visits(text, [mention(text, "German", "Germany", "country"), mention(text, "Friedrich Merz", "Friedrich Merz", "person"), mention(text, "China", "China", "country")], { recentVisitor: "Emmanuel Macron" });
  assert.deepEqual(roles, [{ visitor: "Emmanuel Macron" }, { visitor: "Friedrich Merz", destination: "China", date: "2025-02" }]);
});

test("keeps the capital a visit is to beside its country", () => {
  const text = "Emmanuel Macron will visit Beijing on April 5.";
  const roles = visits(text, [mention(text, "Emmanuel Macron", "Emmanuel Macron", "person"), mention(text, "Beijing", "China", "country")]);
  assert.deepEqual(roles, [{ visitor: "Emmanuel Macron", destination: "China", city: "Beijing", date: "2025-04-05" }]);
});

test("joins what two cues of one visitor give: the destination of one, the date of the other", () => {
  const text = "Anna Varga travels to Holmgard this week for a state visit on 12-13 March.";
  const roles = visits(text, [mention(text, "Anna Varga", "Anna Varga", "person"), mention(text, "Holmgard", "Holmgard", "place")]);
  assert.deepEqual(roles, [{ visitor: "Anna Varga", destination: "Holmgard", city: "Holmgard", date: "2025-03-12/2025-03-13" }]);
});

test("does not take the visitor's own country after 'by a' for the destination", () => {
  const text = "Varga's trip will be the first state visit by a Kestrian head of state to Norland since 2017.";
  const roles = visits(text, [mention(text, "Varga", "Anna Varga", "person"), mention(text, "Kestrian", "Kestria", "country"), mention(text, "Norland", "Norland", "country")]);
  assert.equal(roles[0]?.["destination"], "Norland");
});
