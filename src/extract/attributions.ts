/**
 * @module Attributions: who a sentence says the information comes from. "According to X, citing Y",
 * "X reported on DATE that", "X told Z that", "a report by X", "X, the press secretary, said",
 * "citing X", "as reported by X", and vague sources ("analysts say", "an unnamed source").
 */
import type { Attribution, DateValue, Mention, Sentence, SourceType, Span } from "../types.ts";

const NAME = String.raw`(?:[Tt]he\s+)?\*?[\p{Lu}][\p{L}\d.&'’-]*\*?(?:\s+(?:of|the|for|and|de|al|du|des|&)?\s*\*?[\p{Lu}][\p{L}\d.&'’-]*\*?){0,6}`;
const VAGUE = String.raw`(?:an?\s+|the\s+)?(?:(?:unnamed|anonymous|unidentified|senior|top|two|three|several|other|some|western|government|defen[cs]e|military|diplomatic|industry|official|knowledgeable|informed|u\.s\.|us|american|russian|indian|chinese|european)\s+)*(?:source|sources|official|officials|people|person|insider|insiders|analysts?|experts?|observers?|diplomats?|specialists?)(?:\s+(?:familiar|close|with knowledge|aware)\s+(?:with|to|of)\s+(?:the\s+)?(?:matter|talks|deal|discussions|plans?))?`;
const SRC = `(${NAME}|${VAGUE})`;
const SAY = String.raw`(?:has\s+|have\s+|had\s+)?(?:reported|reports|said|says|confirmed|confirms|announced|stated|states|told|tells|revealed|wrote|writes|noted|notes|claimed|claims|warned|warns|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underscored?|underscores|added|explained|quoted|cited|insisted|denied|denies|briefed|disclosed|highlighted|indicated|say|note|stress|warn|argue|argued|argues|believe|believes|suggest|suggests|suggested|observe|observes|caution|cautions|cautioned|point out|points out|pointed out|promised|promises|pledged|pledges|vowed|vows|urged|urges|called for|calls for|acknowledged|acknowledges|admitted|admits|predicted|predicts|estimated|estimates)`;

interface Pattern {
  readonly re: RegExp;
  readonly cue: string;
  /** A test every text the pattern matches in passes (the words the pattern cannot do without): the pattern runs only where it passes. */
  readonly needs: (text: string) => boolean;
}
/** A saying verb anywhere: the said-patterns' matches hold one. */
const SAY_ANYWHERE = new RegExp(SAY, "u");
const PATTERNS: readonly Pattern[] = [
  { re: new RegExp(String.raw`\b[Aa]ccording\s+to\s+${SRC}(?:,?\s+(?:citing|quoting|which\s+cited)\s+${SRC})?`, "gu"), cue: "according to", needs: (t) => t.includes("ccording") },
  { re: new RegExp(String.raw`\b[Aa]s\s+(?:first\s+)?reported\s+by\s+${SRC}`, "gu"), cue: "reported by", needs: (t) => t.includes("reported") },
  { re: new RegExp(String.raw`\b(?:an?\s+|the\s+)?(?:[\p{L}\d ]{0,24}\s)?reports?\s+(?:by|from|in)\s+${SRC}`, "gu"), cue: "report by", needs: (t) => t.includes("report") },
  { re: new RegExp(String.raw`${SRC},\s+(?:the\s+|a\s+|an\s+)?[^,]{0,80}?(?:spokes(?:man|woman|person)|secretary|minister|official|adviser|advisor|ambassador|envoy|chief|head|director|president|aide|analyst|expert)[^,]{0,40},\s+(${SAY})`, "gu"), cue: "said", needs: (t) => t.includes(",") && SAY_ANYWHERE.test(t) },
  { re: new RegExp(String.raw`${SRC}\s+(${SAY})\b(?!-)`, "gu"), cue: "said", needs: (t) => SAY_ANYWHERE.test(t) },
  { re: new RegExp(String.raw`\b[Cc]iting\s+${SRC}`, "gu"), cue: "citing", needs: (t) => t.includes("iting") },
];
const CITING_AFTER = new RegExp(String.raw`^,?\s+(?:citing|quoting)\s+${SRC}`, "u");
const TOLD = new RegExp(String.raw`told\s+${SRC}`, "u");

const ANON = /\b(unnamed|anonymous|unidentified|source|sources|insider|people familiar|person familiar)\b/i;
const VAGUE_GROUP = /\b(analysts?|experts?|observers?|specialists?|diplomats?|officials?)\b/i;

export interface AttributionOptions {
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateValue[];
}

/** Attributions of one sentence, in text order, without overlaps. */
export function extractAttributions(sentence: Sentence, options: AttributionOptions): readonly Attribution[] {
  const found: Attribution[] = [];
  const base = sentence.span[0];
  for (const { re, cue, needs } of PATTERNS) {
    if (!needs(sentence.text)) continue;
    re.lastIndex = 0;
    for (const m of sentence.text.matchAll(re)) {
      const srcText = m[1];
      if (!srcText) continue;
      const srcStart = base + m.index + m[0].indexOf(srcText);
      const span: Span = [base + m.index, base + m.index + m[0].length];
      if (found.some((f) => f.span[0] < span[1] && span[0] < f.span[1])) continue;
      let source = resolveSource(srcText, [srcStart, srcStart + srcText.length], options.mentions);
      if (!source) continue;
      // "Race organisers in Seoul said": the people named before the place are the source.
      if (source.type === "government") {
        const lead = /((?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{L}-]*)\s+(?:in|near|from|at|outside)\s+(?:the\s+)?$/u.exec(sentence.text.slice(Math.max(0, srcStart - base - 60), srcStart - base));
        if (lead?.[1] && !/^(?:said|says|told|officials?|police)$/i.test(lead[1].split(/\s+/).pop() ?? "") && !VAGUE_GROUP.test(lead[1])) {
          source = { name: `${lead[1].replace(/^(?:the|a|an)\s+/i, "")} ${sentence.text.slice(srcStart - base - (lead[0].length - lead[1].length), srcStart - base).trim()} ${srcText}`.replace(/\s+/g, " ").trim(), type: "official" };
        }
      }
      const upstream: string[] = [];
      const second = m[2] && cue === "according to" ? m[2] : null;
      const citing = second ?? citingAfter(sentence.text.slice(m.index + m[0].length));
      if (citing) {
        const cs = base + sentence.text.indexOf(citing, m.index);
        const up = resolveSource(citing, [cs, cs + citing.length], options.mentions);
        if (up) upstream.push(up.name);
      }
      const verb = cue === "said" ? (m[2] ?? "said").replace(/^(has|have|had)\s+/, "") : cue;
      const via = verb === "told" ? toldVia(sentence.text.slice(m.index + m[0].length - 4), options.mentions, base + m.index + m[0].length - 4) : null;
      // The date of the report or statement: a calendar date in or shortly after the attribution.
      const date = options.dates.find((d) => /\d/.test(d.value) && d.role !== "relative" && d.span[0] >= span[0] - 2 && d.span[0] <= span[1] + 90) ?? null;
      found.push({
        kind: "attribution",
        span,
        sentence: sentence.index,
        source: source.name,
        sourceType: source.type,
        upstream,
        via,
        date: date?.value ?? null,
        cue: verb,
      });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

function citingAfter(rest: string): string | null {
  const m = CITING_AFTER.exec(rest);
  return m?.[1] ?? null;
}

function toldVia(rest: string, mentions: readonly Mention[], offset: number): string | null {
  const m = TOLD.exec(rest);
  if (!m?.[1]) return null;
  const s = offset + m.index + m[0].indexOf(m[1]);
  const mention = mentions.find((mn) => mn.span[0] >= s && mn.span[0] < s + m[1]!.length && mn.type === "outlet");
  return mention?.canonical ?? null;
}

const PRONOUN = /^(it|he|she|they|this|that|these|those|which|who|we|i|you)$/i;
const NOT_SOURCE = /^(the\s+)?(move|deal|report|visit|meeting|summit|talks|agreement|purchase|announcement|statement|government)$/i;

/**
 * A place named inside a longer source phrase is not itself the source: "Athletics Kenya", "Police
 * Scotland", "the Bank of Lithuania" (a capitalized name around it: that name is the source), or
 * "race organisers in Seoul", "relatives in a village near Kapsowar" (a lower-case head before a
 * preposition: those people are). "Kenya said", "Kenyan officials", "Kenya's government" stay Kenya.
 */
function placeWithinName(text: string, span: Span, place: Mention): { name: string; type: SourceType } | null {
  const at = place.span[0] - span[0];
  const end = place.span[1] - span[0];
  const before = text.slice(0, Math.max(0, at)).replace(/\*/g, "");
  const after = text.slice(Math.max(0, end)).replace(/\*/g, "");
  const name = /((?:\p{Lu}[\p{L}'’-]*\s+)+(?:(?:of|for|and|the)\s+)*)$/u.exec(before)?.[1] ?? "";
  const tail = /^((?:\s+\p{Lu}[\p{L}'’-]*)+)/u.exec(after)?.[1] ?? "";
  const opening = /^(?:The|A|An|In|On|At|By|Then|But|And)\s+$/.test(name);
  if ((name && !opening) || tail) {
    const full = `${opening ? "" : name}${text.slice(Math.max(0, at), Math.max(0, end))}${tail}`.replace(/^the\s+/i, "").trim();
    if (full !== place.text) return { name: full, type: "agency" };
  }
  const head = /^(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{L}-]*\s+)(?:in|near|from|at|outside)\s+(?:the\s+|her\s+|his\s+|their\s+)?[^,]*$/iu.exec(before);
  if (head?.[1] && !VAGUE_GROUP.test(head[1].trim())) return { name: text.replace(/\*/g, "").replace(/^the\s+/i, "").trim(), type: "official" };
  return null;
}

/** Turn a captured source phrase into a canonical source and its type. */
export function resolveSource(text: string, span: Span, mentions: readonly Mention[]): { name: string; type: SourceType } | null {
  const clean = text.replace(/\*/g, "").trim();
  if (!clean || PRONOUN.test(clean) || NOT_SOURCE.test(clean)) return null;
  const inside = mentions.filter((m) => m.span[0] >= span[0] && m.span[1] <= span[1] + 1);
  const pick =
    inside.find((m) => m.type === "outlet") ??
    inside.find((m) => m.type === "person") ??
    inside.find((m) => m.type === "organization" || m.type === "office") ??
    inside.find((m) => m.type === "country" || m.type === "place");
  if (pick) {
    const type: SourceType =
      pick.type === "outlet" ? "outlet" : pick.type === "person" ? (pick.role ? "official" : "person") : pick.type === "country" || pick.type === "place" ? "government" : "official";
    if (pick.type === "country" || pick.type === "place") {
      const within = placeWithinName(text, span, pick);
      if (within) return within;
      if (VAGUE_GROUP.test(clean)) return { name: `${pick.canonical} officials`, type: "official" };
    }
    return { name: pick.canonical, type };
  }
  if (ANON.test(clean)) return { name: "an anonymous source", type: "anonymous" };
  if (VAGUE_GROUP.test(clean) && /^(an?\s+|the\s+)?[\p{Ll}\s.]+$/u.test(clean.replace(/^[A-Z]/, (c) => c.toLowerCase()))) {
    return { name: `unnamed ${clean.replace(/^(an?|the)\s+/i, "").toLowerCase()}`, type: "anonymous" };
  }
  if (/^[\p{Lu}]/u.test(clean) && !/^(The|A|An|This|That|It|As|In|On)$/.test(clean)) {
    const type: SourceType = /\b(Times|News|Post|Press|Agency|Journal|Herald|Daily|Tribune|Gazette|Ledger|Courier|Mirror|Telegraph|Wire|Radio|TV|Television|Today|Express|Observer|Chronicle)\b/.test(clean) ? "outlet" : "person";
    return { name: clean.replace(/^the\s+/i, (s) => (type === "outlet" ? s.charAt(0).toUpperCase() + s.slice(1) : "")), type };
  }
  return null;
}
