/**
 * @module What the alias matcher (matcher.ts) reads around a pack name: whether a written title fits
 * a person's roles, whether two tokens may belong to one name, and whether a pack person belongs in
 * a text at all.
 */
import { surfaceForms } from "./alias-index.ts";
import { aliasWords } from "./alias-words.ts";
import { foldName } from "./fold.ts";
import type { PackEntity } from "./schema.ts";
import { joinable, type WordToken } from "./tokens.ts";
import { escapeRegExp } from "../text/normalize.ts";

export function isCountry(e: PackEntity | undefined): boolean {
  return e !== undefined && e.iso2 !== undefined;
}

function titleWords(s: string): Set<string> {
  const full = aliasWords().titleAbbreviations.get(foldName(s)) ?? s;
  return new Set(full.split(/[^\p{L}\p{N}]+/u).map(foldName).filter((w) => w && w !== "of" && w !== "the"));
}

/** Does the written title fit one of the person's pack roles? */
export function titleFits(title: string, person: PackEntity): boolean {
  const want = titleWords(title);
  return (person.roles ?? []).some((r) => {
    const have = titleWords(r.title);
    return [...want].every((w) => have.has(w));
  });
}

/** May the characters between two word tokens belong inside one name? (One space always may.) */
export function separable(text: string, prev: WordToken, t: WordToken): boolean {
  const gap = t.span[0] - prev.span[1];
  return (gap === 1 && text.charCodeAt(prev.span[1]) === 32) || joinable(text.slice(prev.span[1], t.span[0]), prev.text);
}

/**
 * Whether a pack person belongs in a text: it names them in full somewhere (a name or alias of
 * several words, or a native-script one), or names their country in any of its forms ("Mr. Wang" in
 * a report on a chip maker is someone else; "Mr. Wang" after "Wang Yi" or beside "Beijing" is the
 * minister). Entities that are not people always belong.
 */
export function personInText(entities: ReadonlyMap<string, PackEntity>, entityId: string, text: string): boolean {
  const e = entities.get(entityId);
  if (e?.type !== "person") return true;
  const full = surfaceForms(e).filter((f) => (f.form === "name" || f.form === "native") && (/\s/.test(f.alias) || !/^\p{Script=Latin}+$/u.test(f.alias)));
  if (full.some((f) => text.includes(f.alias))) return true;
  const country = e.country ? entities.get(e.country) : undefined;
  return country !== undefined && surfaceForms(country).some((f) => new RegExp(`(?<![\\p{L}])${escapeRegExp(f.alias)}(?![\\p{L}])`, "u").test(text));
}
