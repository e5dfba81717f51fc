/**
 * @module English word lists of the rules (packs/lang/en/<name>.json): each pack file holds named
 * lists, each with a description of what it is for; a list is read as alternatives of a pattern
 * the rule builds once, on first use. The patterns' structure (word bounds, spaces, digits,
 * punctuation) stays with the rule; the words come from the pack.
 */
import { z } from "zod";
import { bundledPack, validatePack } from "./pack-file.ts";
import { escapeRegExp } from "../text/normalize.ts";

const listSchema = z.object({ description: z.string().min(1), words: z.array(z.string().min(1)).min(1) });
/** A list of pairs: each entry two words one space apart ("man men"). */
const pairListSchema = z.object({ description: z.string().min(1), words: z.array(z.string().regex(/^\S+ \S+$/, "expected two words one space apart")).min(1) });

/** The lists of a word-list pack, by name, words as written. */
export type WordLists<K extends string> = Readonly<Record<K, readonly string[]>>;

/** `data` read as the word-list pack `name` (pack "lang-en-<name>") with the lists `names` (`pairs` among them lists of pairs); a PackError names the file and the field. */
export function parseWordLists<K extends string>(data: unknown, file: string, name: string, names: readonly K[], pairs: readonly K[] = []): WordLists<K> {
  const lists = z.object(Object.fromEntries(names.map((n) => [n, pairs.includes(n) ? pairListSchema : listSchema])) as Record<K, typeof listSchema>);
  const schema = z.object({ pack: z.literal(`lang-en-${name}`), version: z.literal(1), description: z.string().min(1), lists });
  const expected = `{pack: "lang-en-${name}", version: 1, description, lists: {${names.join(", ")}: {description, words: [...]}}}`;
  const parsed = validatePack(schema, data, file, `${name} pack`, expected);
  const listsOf = parsed.lists as Record<K, z.infer<typeof listSchema>>;
  return Object.fromEntries(names.map((n) => [n, listsOf[n].words])) as unknown as WordLists<K>;
}

/** The bundled word-list pack packs/lang/en/<name>.json, read and validated on first use. */
export function wordListPack<K extends string>(name: string, names: readonly K[], pairs: readonly K[] = []): () => WordLists<K> {
  return bundledPack(new URL(`../../packs/lang/en/${name}.json`, import.meta.url), `English ${name} pack`, (data, file) => parseWordLists(data, file, name, names, pairs));
}

/**
 * Words as the alternatives of a pattern, in their order: each escaped, the spaces between the
 * words of a phrase `sep` (one or more spaces unless the rule says otherwise), a final "*" of a
 * word a stem ("meet*": "meets", "meeting").
 */
export function alternatives(words: readonly string[], sep = "\\s+"): string {
  return words.map((phrase) => phrase.trim().split(/\s+/).map((w) => (w.length > 1 && w.endsWith("*") ? `${escapeRegExp(w.slice(0, -1))}\\w*` : escapeRegExp(w))).join(sep)).join("|");
}

/** A pattern built once, on first use (the pack is read then, not at import). */
export function lazyPattern(build: () => string, flags = ""): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(build(), flags));
}
