/**
 * @module Line-level structure of an article body: paragraphs, and within them lines that are
 * headings, list items, table rows or prose. Respecting these before sentence splitting keeps a
 * headline or a bullet from being glued onto the next sentence.
 */
import type { Span } from "../types.ts";

export type BlockKind = "prose" | "heading" | "list-item" | "table-row";

export interface Block {
  readonly kind: BlockKind;
  /** Span of the block's content (markers such as "- " or table pipes excluded). */
  readonly span: Span;
  readonly paragraph: number;
}

const LIST_MARK = /^\s*(?:[-*•‣◦▪–]|\d{1,2}[.)])\s+/u;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const TERMINAL = /[.!?:;,"')\]]$/;

/** A short line without terminal punctuation whose words are mostly capitalized, or a short standalone phrase. */
export function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 160 || TERMINAL.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 20) return false;
  if (words.length <= 12) return true;
  const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return caps / words.length >= 0.5;
}

/** Split normalized text into blocks with spans into that text. */
export function splitBlocks(text: string): readonly Block[] {
  const blocks: Block[] = [];
  // Every line starts a paragraph (scraped text often has one paragraph per line), except
  // that consecutive list items or table rows stay together.
  let paragraph = -1;
  let pos = 0;
  let previous: BlockKind | null = null;
  for (const line of text.split("\n")) {
    const start = pos;
    pos += line.length + 1;
    if (line.trim() === "") {
      previous = null;
      continue;
    }
    if (TABLE_SEPARATOR.test(line)) continue;
    const kind: BlockKind = line.trimStart().startsWith("|")
      ? "table-row"
      : LIST_MARK.test(line)
        ? "list-item"
        : looksLikeHeading(line)
          ? "heading"
          : "prose";
    if (!(kind === previous && (kind === "list-item" || kind === "table-row"))) paragraph++;
    previous = kind;
    const trimmedStart = start + (line.length - line.trimStart().length);
    const end = start + line.trimEnd().length;
    if (line.trimStart().startsWith("|")) {
      // Each cell is its own block so a row never becomes one run-on sentence.
      let cellStart = 0;
      for (const cell of line.split("|")) {
        const cs = start + cellStart;
        cellStart += cell.length + 1;
        const content = cell.trim();
        if (!content) continue;
        const s = cs + cell.indexOf(content);
        blocks.push({ kind: "table-row", span: [s, s + content.length], paragraph });
      }
      continue;
    }
    const mark = LIST_MARK.exec(line);
    if (mark) {
      blocks.push({ kind: "list-item", span: [start + mark[0].length, end], paragraph });
      continue;
    }
    blocks.push({ kind, span: [trimmedStart, end], paragraph });
  }
  return blocks;
}
