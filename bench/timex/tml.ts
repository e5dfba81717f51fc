/** @module TimeML (.tml) reader for the timex benchmark: the document creation time and the TEXT body as plain text with its gold TIMEX3 spans. */

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface TmlDoc {
  readonly id: string;
  /** Document creation time value (the anchor), e.g. "2013-03-22". */
  readonly dct: string | null;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
}

/** Parse one TimeML document; the DCT timex is not part of TEXT, so it is never scored. */
export function parseTml(id: string, xml: string): TmlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dct = dctTag ? attr(dctTag, "value") || null : null;
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>");
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : "";
  let text = "";
  const timexes: GoldTimex[] = [];
  let current: { start: number; type: string; value: string } | null = null;
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === "<") {
      const end = body.indexOf(">", i);
      const tag = body.slice(i, end + 1);
      if (/^<TIMEX3\b/.test(tag)) current = { start: text.length, type: attr(tag, "type"), value: attr(tag, "value") };
      else if (/^<\/TIMEX3>/.test(tag) && current) {
        timexes.push({ ...current, end: text.length });
        current = null;
      }
      i = end + 1;
    } else if (ch === "&") {
      const semi = body.indexOf(";", i);
      const name = body.slice(i + 1, semi);
      const rep = ENTITIES[name] ?? (name.startsWith("#") ? String.fromCodePoint(Number(name.startsWith("#x") ? `0x${name.slice(2)}` : name.slice(1))) : null);
      if (rep !== null && semi > i && semi - i < 10) {
        text += rep;
        i = semi + 1;
      } else {
        text += ch;
        i++;
      }
    } else {
      text += ch;
      i++;
    }
  }
  return { id, dct, text, timexes };
}

/** Sentence-ish chunks of a text (line breaks and sentence-final punctuation before a capital), as [start, end) pairs. */
export function sentenceSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const line = m[0];
    let s = 0;
    const br = /[.!?]["')\]]?\s+(?=["'(]?[A-Z])/g;
    for (let b = br.exec(line); b !== null; b = br.exec(line)) {
      const e = b.index + b[0].length;
      if (/\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|[A-Z])\.\s+$/.test(line.slice(s, e))) continue;
      spans.push([m.index + s, m.index + e]);
      s = e;
    }
    if (line.slice(s).trim()) spans.push([m.index + s, m.index + line.length]);
  }
  return spans;
}
