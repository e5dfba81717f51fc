/**
 * @module Noise: sentences of a page that are not reporting and carry no claim: credits ("Reporting
 * by …; Editing by …"), bylines ("By Jane Doe, Reuters"), site boilerplate ("Follow us on …"),
 * promotion ("Subscribe to our newsletter") and list fragments (a bullet without a verb of its own,
 * a lead-in ending in a colon). One implementation: claim extraction asks `noiseRule` of every
 * sentence and leaves a diagnostic with the rule's id when it drops one (`--explain` lists them).
 * The words are a language pack (packs/lang/en/noise.json).
 */
import { z } from "zod";
import type { Sentence, Token } from "../types.ts";
import type { Rule } from "../rules.ts";
import { bundledPack, validatePack } from "./pack-file.ts";
import { escapeRegExp } from "../text/normalize.ts";

export const NOISE_RULES = {
  credit: { id: "noise.credit", doc: "A credit line (who reported, edited or photographed; a copyright notice) says who made the page, not what happened: no claim." },
  byline: { id: "noise.byline", doc: "A byline or time stamp ('By Jane Doe, Reuters', 'Updated: 4 Dec') without a verb of its own names the writer, not an event: no claim." },
  boilerplate: { id: "noise.boilerplate", doc: "Site boilerplate ('Follow us on', 'Read more:', 'Related:', cookie and browser notices) is the page's furniture: no claim." },
  promotion: { id: "noise.promotion", doc: "Promotion ('Subscribe to our newsletter', 'Download our app', offers and codes) sells something: no claim." },
  listFragment: { id: "noise.list-fragment", doc: "A list item without a verb of its own ('Expanded maintenance facilities'), or one that only names a topic ('Maintaining autonomy: …'), and a lead-in ending in a colon are fragments, not claims." },
} as const satisfies Record<string, Rule>;

/** Longest sentence, in words, that a `contains` phrase marks as noise: longer ones are prose that mentions the words. */
const CONTAINS_MAX_WORDS = 30;
/** Longest byline, in words. */
const BYLINE_MAX_WORDS = 16;

const phrases = z.object({ starts: z.array(z.string().min(1)), contains: z.array(z.string().min(1)) });
const schema = z.object({
  pack: z.literal("lang-en-noise"),
  version: z.literal(1),
  description: z.string(),
  credit: phrases,
  byline: phrases,
  boilerplate: phrases,
  promotion: phrases,
});

type Kind = "credit" | "byline" | "boilerplate" | "promotion";
const KINDS: readonly Kind[] = ["credit", "byline", "boilerplate", "promotion"];

export interface NoiseLexicon {
  readonly starts: ReadonlyMap<Kind, RegExp>;
  readonly contains: ReadonlyMap<Kind, RegExp>;
}

const escape = escapeRegExp;
/** A phrase list as one regular expression on word boundaries (a phrase ending in punctuation ends there). */
function alternation(list: readonly string[], anchored: boolean): RegExp | null {
  if (list.length === 0) return null;
  // Phrases ending in a letter or digit share one "no letter or digit follows" test: one copy of
  // the large \p{L}\p{N} class instead of one per phrase compiles and runs much faster, and matches
  // the same texts (only whether a phrase occurs is asked).
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const source = (p: string): string => escape(p.toLowerCase()).replace(/\s+/g, "\\s+");
  const wordEnd = sorted.filter((p) => /[\p{L}\p{N}]$/u.test(p)).map(source);
  const otherEnd = sorted.filter((p) => !/[\p{L}\p{N}]$/u.test(p)).map(source);
  const body = [...(wordEnd.length > 0 ? [`(?:${wordEnd.join("|")})(?![\\p{L}\\p{N}])`] : []), ...(otherEnd.length > 0 ? [`(?:${otherEnd.join("|")})`] : [])];
  return new RegExp(`${anchored ? "^[\\s(\\[“\"'*_-]*" : "(?<![\\p{L}\\p{N}])"}(?:${body.join("|")})`, "u");
}

export function parseNoiseLexicon(data: unknown, file: string): NoiseLexicon {
  const parsed = validatePack(schema, data, file, "noise pack", `{pack: "lang-en-noise", version: 1, description, credit|byline|boilerplate|promotion: {starts: [...], contains: [...]}}`);
  const starts = new Map<Kind, RegExp>();
  const contains = new Map<Kind, RegExp>();
  for (const k of KINDS) {
    const s = alternation(parsed[k].starts, true);
    const c = alternation(parsed[k].contains, false);
    if (s) starts.set(k, s);
    if (c) contains.set(k, c);
  }
  return { starts, contains };
}

/** The bundled noise pack (packs/lang/en/noise.json), read on first use. */
export const noiseLexicon = bundledPack(new URL("../../packs/lang/en/noise.json", import.meta.url), "English noise pack", parseNoiseLexicon);

const RULE_OF: Readonly<Record<Kind, Rule>> = { credit: NOISE_RULES.credit, byline: NOISE_RULES.byline, boilerplate: NOISE_RULES.boilerplate, promotion: NOISE_RULES.promotion };

const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text);
const isVerb = (t: Token): boolean => t.pos === "VERB" || t.pos === "AUX";

/**
 * The noise rule a sentence falls under, or null when it may carry a claim. Reads the sentence's
 * words and its block (a list item is held to a full clause).
 */
export function noiseRule(sentence: Pick<Sentence, "text" | "block" | "tokens" | "span">, lexicon: NoiseLexicon = noiseLexicon()): Rule | null {
  const text = sentence.text.toLowerCase().trim();
  const words = sentence.tokens.filter(isWord);
  const verbs = words.filter(isVerb);
  for (const k of KINDS) {
    if (k === "byline") {
      // The stamp's own word ("Updated", "Posted by") aside, a byline has no verb.
      if (verbs.some((v) => v !== words[0]) || words.length > BYLINE_MAX_WORDS) continue;
      // "By Jane Doe", never "by the end of the year".
      if (/^\W*by\s/i.test(sentence.text) && !/^\W*[Bb][Yy]\s+\p{Lu}/u.test(sentence.text)) continue;
    }
    if (lexicon.starts.get(k)?.test(text)) return RULE_OF[k];
    if (words.length <= CONTAINS_MAX_WORDS && lexicon.contains.get(k)?.test(text)) return RULE_OF[k];
  }
  if (sentence.block === "list-item" && isFragment(sentence, words)) return NOISE_RULES.listFragment;
  if (/:\s*$/.test(text) && words.length > 0) return NOISE_RULES.listFragment;
  return null;
}

/** A list item that is no clause: no verb, or it opens with a topic ("Geopolitical leverage – …", "Maintaining autonomy: …"). */
function isFragment(sentence: Pick<Sentence, "text" | "span">, words: readonly Token[]): boolean {
  if (!words.some(isVerb)) return true;
  const first = words[0];
  // A gerund that opens the item names a topic; a subject and a finite verb make a claim.
  if (first !== undefined && first.pos === "VERB" && /ing$/i.test(first.text)) return true;
  // A participle that opens a noun phrase ("Expanded maintenance facilities", "Enhanced protocols"), no other verb.
  if (first !== undefined && first.pos === "VERB" && /ed$/i.test(first.text) && !words.slice(1).some(isVerb)) return true;
  // "Topic: explanation", "Topic – explanation": a few words before the separator, none a verb.
  const sep = /\s[–—-]\s|:\s/u.exec(sentence.text);
  if (!sep) return false;
  const head = words.filter((w) => w.span[0] - sentence.span[0] < sep.index);
  return head.length > 0 && head.length <= 6 && !head.some(isVerb);
}
