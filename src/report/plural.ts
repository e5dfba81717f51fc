/** @module Counted nouns for readers: "1 article", "2 articles", "1 story", "3 stories". */

/** `n` and the noun in the number `n` takes; `many` for irregular plurals ("story", "stories"). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
