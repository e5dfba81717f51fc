/** @module What one article says in a variant that joins several compatible readings. */
import type { Fact } from "./types.ts";

/** Article `articleId`'s own reading in variant `i` of `fact` (its quotes' readings), else the variant's value. */
export function valueIn(fact: Fact, i: number, articleId: string): string {
  const v = fact.variants[i];
  if (!v) return "";
  const readings = [...new Set(v.evidence.filter((e) => e.articleId === articleId && e.reading).map((e) => e.reading as string))];
  return readings.length > 0 ? readings.join(" / ") : v.value;
}
