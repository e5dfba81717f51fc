/** @module A story's display title: its most central article's title, or that article's first sentence. */
import { sentenceSpans } from "../reuse/sentences.ts";
import type { StoryDoc } from "./types.ts";

/** The article's title, or its first sentence, cut at a word boundary near 120 characters. */
export function displayTitle(doc: StoryDoc): string {
  let t = doc.title?.trim() ?? "";
  if (!t) {
    const head = doc.text.slice(0, 600);
    const first = sentenceSpans(head)[0];
    t = first ? head.slice(first[0], first[1]) : "";
  }
  t = t.replace(/\s+/g, " ").trim();
  if (t.length <= 120) return t || "(untitled)";
  const cut = t.slice(0, 120);
  const space = cut.lastIndexOf(" ");
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, "")}…`;
}
