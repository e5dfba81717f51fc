/**
 * @module The statement of a figure fact (see figures.ts): who is how old, where a person lives, or
 * the clause around the figure in the shortest sentence that gives it, which a reader can paste.
 */
import type { Claim } from "../types.ts";
import type { FigureReading } from "./figures.ts";
import { ownerKey, personKey } from "./people.ts";
import { nameWords } from "../extract/name-words.ts";
import { alternatives, lazyPattern } from "../extract/word-lists.ts";

/** Words of a clause boundary: a clause of the sentence is what a reader can paste for the figure. */
const CLAUSE_BREAK = lazyPattern(() => `\\s*(?:;|:(?=\\s)|\\s--\\s|\\s-\\s|,\\s+(?=(?:${alternatives(nameWords().clauseOpeners, " ")})\\b))\\s*`, "gi");

/** The figure's statement: for an age, who and how old; for a role or a title held N times, who holds it; else the clause around the figure in the shortest sentence that gives it. */
export function statementOf(r: FigureReading, claims: readonly Claim[], spans?: ReadonlyMap<string, readonly [number, number]>, namedBy?: ReadonlyMap<string, number>): string {
  if (r.person) return `${r.person} is given as ${r.value.replace(/^age /, "")} years old.`;
  if (r.key.startsWith("residence|")) {
    const c = claims[0] as Claim;
    const person = c.mentions.find((m) => m.type === "person" && r.key.startsWith(`residence|${personKey(m.canonical)}|`))?.canonical;
    if (person) return `${person} is given as living in ${r.value}.`;
  }
  const held = /^(role|repeated)\|([^|]*)\|/.exec(r.key);
  if (held) {
    // The person as most of the sentences name them (then the fuller name).
    const names = new Map<string, number>();
    for (const m of claims.flatMap((c) => c.mentions)) if (m.type === "person" && ownerKey(m.canonical) === held[2]) names.set(m.canonical, (names.get(m.canonical) ?? 0) + 1);
    // Ties: the form more of the story's articles use ("Jim O'Brien", not a mangled "ERS Fired Jim O'Brien"), then the fuller.
    const story = (n: string): number => namedBy?.get(n) ?? 0;
    const person = [...names].sort((a, b) => b[1] - a[1] || story(b[0]) - story(a[0]) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (person) return held[1] === "role" ? `${person} is given as the ${r.value}.` : `${person} is given as a ${r.value}.`;
  }
  const c = [...claims].sort((a, b) => a.text.length - b.text.length)[0] as Claim;
  const at = c.text.length - c.text.trimStart().length;
  // The clause of the shortest sentence: the figure's own span there (or the whole sentence when it is not found).
  const own = spans?.get(c.id) ?? r.span;
  const rel = own[0] - c.span[0];
  const relEnd = own[1] - c.span[0];
  let start = 0;
  let end = c.text.length;
  for (const m of c.text.matchAll(CLAUSE_BREAK())) {
    if (m.index + m[0].length <= rel) start = m.index + m[0].length;
    else if (m.index >= relEnd) {
      end = m.index;
      break;
    }
  }
  const clause = c.text.slice(Math.max(start, at), end).trim().replace(/[,\s]+$/, "");
  const words = clause.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words >= 4 ? clause : c.text.trim();
}
