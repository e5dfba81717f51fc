/**
 * @module Spelling variants across a story's articles: the same person, place or organization
 * written differently by different outlets ("Kouyias" / "Kougias", "Bern" / "Berne", "Władysław" /
 * "Wladyslaw"). Two names are variants when they have the same number of words and differ in
 * exactly one, and that pair of words is a variant pair: the same letters once diacritics are
 * folded, one edit apart (two for long words), or the same Double Metaphone sound with the same
 * first letter; or a common short form of a given name ("Mo" / "Maurice", from the name-forms
 * lexicon). Not variants: a name and its plural or adjective ("the Klitschkos", "Nuban"), designations with digits (S-300 / S-400), case or punctuation
 * alone ("P.J." / "PJ"), British and American spellings ("Defence" / "Defense"), two words an English dictionary or the packs both know ("Johnson" /
 * "Johnston" are two real surnames), two different pack entities, names with different first
 * names of a known surname (brothers: "Vitali" / "Wladimir Klitschko" differ by more than a
 * variant), or forms only in capitals. The majority spelling (most articles) is the reference;
 * each other spelling is one anomaly naming the articles on each side. A Russian-style
 * transliteration ("-off" for "-ov") is said to hint at a translated text.
 */
import { pushTo } from "../multimap.ts";
import { doubleMetaphone } from "double-metaphone";
import { editDistance, foldName } from "../knowledge/fold.ts";
import { toBaseLetters } from "../text/latin.ts";
import { loadNameLexicon, type NameLexicon } from "../extract/names/lexicon.ts";
import { isDictionaryWord } from "../knowledge/speller.ts";
import type { Anomaly } from "../report/types.ts";
import type { ExtractedDoc, Mention } from "../types.ts";

export const NAME_VARIANT_RULES = {
  pair: { id: "names.variant-pair", doc: "Two spellings of one name in different articles: one word differs by diacritics, one or two edits, or its sound (Double Metaphone)." },
  known: { id: "names.both-known", doc: "Two words an English dictionary or the packs both know are two real names, not one name spelled two ways." },
} as const;

const TYPES: ReadonlySet<Mention["type"]> = new Set(["person", "place", "organization", "country"]);

interface Form {
  readonly text: string;
  readonly words: readonly string[];
  readonly type: Mention["type"];
  readonly entityId: string | null;
  readonly articles: Map<string, Mention>;
}

function wordsOf(text: string): string[] {
  return text
    .replace(/['’]s$/u, "")
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
}

/** One word is the other with an ending that inflects a name ("Klitschkos", "Nuban", "Sudanese"). */
function inflected(a: string, b: string, endings: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  // "Nuba" + "an" is "Nuban": an ending that starts with the name's last "a" shares it.
  return endings.some((e) => long === short + e || (e.startsWith("a") && short.endsWith("a") && long === short + e.slice(1)));
}

/** Is this pair of words one word spelled two ways? Returns how, or null. */
export function variantWords(a: string, b: string, lexicon: NameLexicon = loadNameLexicon()): "diacritics" | "spelling" | "sound" | "short-form" | null {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (lexicon.shortForms.get(la)?.includes(lb) || lexicon.shortForms.get(lb)?.includes(la)) return "short-form";
  // A name and its plural or adjective ("the Klitschkos", "Nuban") are one name inflected, not respelled.
  if (inflected(a, b, lexicon.nameInflections)) return null;
  // Designations with digits (S-300 / S-400) are different things, compared by garble detection.
  if (/\d/.test(a) || /\d/.test(b)) return null;
  // Case and punctuation alone ("P.J." / "PJ", "Calif." / "Calif") are no spelling.
  const plain = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
  if (plain(a) === plain(b)) return null;
  if (plain(toBaseLetters(a)) === plain(toBaseLetters(b))) return "diacritics";
  const fa = foldName(a);
  const fb = foldName(b);
  // British and American spellings ("Defence" / "Defense") are one name in two conventions, not a variant.
  if (fa === fb) return null;
  if (fa.length < 4 || fb.length < 4) return null;
  if (fa[0] !== fb[0]) return null;
  const max = Math.min(fa.length, fb.length) >= 7 ? 2 : 1;
  if (editDistance(fa, fb, max) <= max) return "spelling";
  const [pa] = doubleMetaphone(fa);
  const [pb] = doubleMetaphone(fb);
  if (pa.length >= 3 && pa === pb && editDistance(fa, fb, 3) <= 3) return "sound";
  return null;
}

/** Russian-style transliteration of a final -ov/-ev written -off/-eff, or "kh" for "h". */
function transliterationHint(minor: string, major: string): string | null {
  if (/(?:off|eff)$/i.test(minor) && /(?:ov|ev)$/i.test(major)) return `"${minor}" ends in "-${minor.slice(-3)}", a Russian-style transliteration of "-${major.slice(-2)}": the text may be a translation`;
  if (/kh/i.test(minor) && !/kh/i.test(major)) return `"${minor}" writes "kh" where other articles write "h", as transliterations from Russian do: the text may be a translation`;
  return null;
}

function collectForms(docs: readonly ExtractedDoc[]): Map<string, Form> {
  const forms = new Map<string, Form>();
  for (const d of docs) {
    for (const m of d.mentions) {
      if (!TYPES.has(m.type) || m.source === "near-miss") continue;
      const text = m.text.trim();
      // An all-capitals form is a headline or a shout, not a spelling.
      if (!/\p{Ll}/u.test(text)) continue;
      const f = forms.get(text) ?? { text, words: wordsOf(text), type: m.type, entityId: m.entityId, articles: new Map<string, Mention>() };
      if (!f.articles.has(d.doc.article.id)) f.articles.set(d.doc.article.id, m);
      forms.set(text, f);
    }
  }
  return forms;
}

/** The one differing word pair of two names, or null when they differ in none or several. */
function differingPair(a: Form, b: Form): [string, string, number] | null {
  if (a.words.length !== b.words.length || a.words.length === 0) return null;
  let at = -1;
  for (let i = 0; i < a.words.length; i++) {
    if (a.words[i] === b.words[i]) continue;
    if (at >= 0) return null;
    at = i;
  }
  return at < 0 ? null : [a.words[at] ?? "", b.words[at] ?? "", at];
}

/**
 * Pairs of forms that could be one name spelled two ways: the same number of words, all but one
 * the same (single words: the same first base letter). Blocking on the other words keeps this
 * near-linear in the story's distinct names instead of comparing every pair; a block larger than
 * MAX_BLOCK (a flood of names that differ in one word) is split by the differing word's first two
 * base letters, and what is still larger is left out.
 */
const MAX_BLOCK = 64;

function candidatePairs(forms: readonly Form[]): [number, number][] {
  const buckets = new Map<string, { at: number; members: number[] }>();
  forms.forEach((f, k) => {
    f.words.forEach((w, i) => {
      const rest = f.words.length === 1 ? toBaseLetters(w).charAt(0).toLowerCase() : f.words.filter((_, x) => x !== i).join("\u0000");
      const key = `${f.words.length}|${i}|${rest}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.members.push(k);
      else buckets.set(key, { at: i, members: [k] });
    });
  });
  const blocks: number[][] = [];
  for (const { at, members } of buckets.values()) {
    if (members.length <= MAX_BLOCK) {
      blocks.push(members);
      continue;
    }
    const sub = new Map<string, number[]>();
    for (const k of members) {
      const head = toBaseLetters(forms[k]?.words[at] ?? "").slice(0, 2).toLowerCase();
      pushTo(sub, head, k);
    }
    for (const list of sub.values()) if (list.length <= MAX_BLOCK) blocks.push(list);
  }
  const seen = new Set<string>();
  const out: [number, number][] = [];
  for (const list of blocks)
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x] as number, list[y] as number].sort((p, q) => p - q) as [number, number];
        if (seen.has(`${i}|${j}`)) continue;
        seen.add(`${i}|${j}`);
        out.push([i, j]);
      }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

export function nameVariantAnomalies(docs: readonly ExtractedDoc[]): Anomaly[] {
  const forms = [...collectForms(docs).values()].sort((a, b) => (a.text < b.text ? -1 : 1));
  const outletOf = new Map(docs.map((d) => [d.doc.article.id, d.doc.article.outlet]));
  const textOf = new Map(docs.map((d) => [d.doc.article.id, d.doc.text]));
  // Variant pairs, then clusters of one name's spellings (union-find over the pairs).
  const parent = forms.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] ?? i)));
  const how = new Map<string, { kind: NonNullable<ReturnType<typeof variantWords>>; at: number }>();
  for (const [i, j] of candidatePairs(forms)) {
    const a = forms[i] as Form;
    const b = forms[j] as Form;
    if (a.entityId && b.entityId && a.entityId !== b.entityId) continue;
    const pair = differingPair(a, b);
    if (!pair) continue;
    const kind = variantWords(pair[0], pair[1]);
    if (!kind || (kind !== "diacritics" && isDictionaryWord(pair[0]) && isDictionaryWord(pair[1]))) continue;
    how.set(`${i}|${j}`, { kind, at: pair[2] });
    how.set(`${j}|${i}`, { kind, at: pair[2] });
    parent[root(i)] = root(j);
  }
  const clusters = new Map<number, number[]>();
  forms.forEach((_, i) => {
    pushTo(clusters, root(i), i);
  });
  const out: Anomaly[] = [];
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    // The spelling most articles use is the reference; ties go to a dictionary-known form, then the first.
    const major = [...members].sort((x, y) => {
      const fx = forms[x] as Form;
      const fy = forms[y] as Form;
      return fy.articles.size - fx.articles.size || Number(isDictionaryWord(fy.text)) - Number(isDictionaryWord(fx.text)) || x - y;
    })[0] as number;
    const ref = forms[major] as Form;
    const refOutlets = [...ref.articles.keys()].map((id) => outletOf.get(id) ?? id).sort();
    for (const k of members) {
      if (k === major) continue;
      const minor = forms[k] as Form;
      const direct = how.get(`${k}|${major}`);
      const kind = direct?.kind ?? "spelling";
      const at = direct?.at ?? 0;
      const hint = transliterationHint(minor.words[at] ?? "", ref.words[at] ?? "");
      const spelled = kind === "diacritics" ? "with other diacritics" : kind === "sound" ? "as it sounds" : kind === "short-form" ? "with a short form of the name" : "with other letters";
      for (const [articleId, m] of [...minor.articles].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
        const text = textOf.get(articleId) ?? "";
        out.push({
          kind: "name-variant",
          articleId,
          quote: text.slice(m.span[0], m.span[1]) || m.text,
          span: [m.span[0], m.span[1]],
          suggestion: ref.text,
          explanation:
            `"${minor.text}" here is spelled ${spelled} than "${ref.text}" in ${ref.articles.size} other article${ref.articles.size === 1 ? "" : "s"} (${refOutlets.slice(0, 4).join(", ")}${refOutlets.length > 4 ? ", …" : ""})` +
            `${minor.articles.size > 1 ? `; ${minor.articles.size} articles write "${minor.text}"` : ""}: likely one ${ref.type === "country" ? "place" : ref.type} spelled two ways` +
            `${hint ? `; ${hint}` : ""}.`,
        });
      }
    }
  }
  return out.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.span[0] - b.span[0]));
}
