/**
 * @module The text stage: Article → Doc (paragraphs, blocks, sentences, tokens), every span an
 * offset into the article's normalized text.
 */
import type { Article, Doc, Sentence, Span } from "../types.ts";
import { splitBlocks } from "./blocks.ts";
import { segment } from "./sentences.ts";

export { normalizeText, articleId } from "./normalize.ts";
export { tokenize } from "./sentences.ts";
export { splitBlocks, looksLikeHeading } from "./blocks.ts";

/** Build the document structure of one article. Pure and deterministic. */
export function buildDoc(article: Article): Doc {
  const text = article.text;
  const sentences: Sentence[] = [];
  const paragraphs: Span[] = [];
  for (const block of splitBlocks(text)) {
    const para = paragraphs[block.paragraph];
    if (para) paragraphs[block.paragraph] = [para[0], block.span[1]];
    else paragraphs[block.paragraph] = block.span;
    for (const raw of segment(text, block.span)) {
      sentences.push({
        index: sentences.length,
        span: raw.span,
        text: text.slice(raw.span[0], raw.span[1]),
        paragraph: block.paragraph,
        block: block.kind,
        tokens: raw.tokens,
      });
    }
  }
  return { article, text, paragraphs: paragraphs.filter(Boolean), sentences };
}

/** Words in a doc (tokens that contain a letter or digit). */
export function wordCount(doc: Doc): number {
  let n = 0;
  for (const s of doc.sentences) for (const t of s.tokens) if (/[\p{L}\p{N}]/u.test(t.text)) n++;
  return n;
}
