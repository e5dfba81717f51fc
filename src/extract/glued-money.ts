/**
 * @module Amounts whose currency sign is glued to the number in one token ("R7.2bn", "€6.8m",
 * "NZ$86m"), read as money quantities with their scale and approximation.
 */
import type { Approximation, Quantity, Sentence } from "../types.ts";
import { scaleValue } from "./numbers.ts";
import { GLUED_ABOUT, GLUED_MORE_THAN, isPrevious } from "./quantity-context.ts";
import { partOf, sentenceSlice } from "./quantity-phrase.ts";

/** A sign glued to its amount in one token: "R7.2bn" (rand), "P1.2" (peso), "€6.8m", "NZ$86m". */
const GLUED_MONEY = /^(R|P|N|KSh|SFr|NZ\$|A\$|C\$|HK\$|S\$|US\$|\$|€|£|₦|₹)(\d[\d,]*(?:\.\d+)?)(bn|mn|m|k|tn)?\.?$/;
const GLUED_SIGNS: Readonly<Record<string, string>> = { R: "zar", P: "php", N: "ngn", KSh: "kes", SFr: "chf", "€": "eur", "£": "gbp", "₦": "ngn", "₹": "inr", $: "usd", US$: "usd", NZ$: "nzd", A$: "aud", C$: "cad", HK$: "hkd", S$: "sgd" };

/**
 * An amount whose sign is glued to it in one token ("R7.2bn", "€6.8m", "NZ$86m"), or split by a
 * thousands comma ("R1" "," "200"), with a scale word after it ("P1.2 billion"). A one-letter sign
 * (R, P, N) counts only with a scale, a decimal or a thousands comma, so "R2" or "P5" stay names.
 */
export function gluedMoney(sentence: Sentence, toks: Sentence["tokens"], i: number): { quantity: Quantity; next: number } | null {
  const t = toks[i];
  if (!t) return null;
  let text = t.text;
  let next = i + 1;
  const comma = toks[i + 1];
  const rest = toks[i + 2];
  if (/^[RPN]\d{1,3}$/.test(text) && comma?.text === "," && rest && /^\d{3}(?:\.\d+)?(?:bn|m|k)?$/.test(rest.text) && comma.span[0] === t.span[1] && rest.span[0] === comma.span[1]) {
    text = `${text},${rest.text}`;
    next = i + 3;
  }
  const m = GLUED_MONEY.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const letter = /^[RPN]$/.test(m[1]);
  let value = Number(m[2].replace(/,/g, ""));
  let scale = m[3] ? scaleValue(m[3]) : null;
  const after = toks[next];
  if (scale === null && after && scaleValue(after.text) !== null && !/[.,]$/.test(text)) {
    scale = scaleValue(after.text);
    next++;
  }
  if (letter && scale === null && !/[.,]/.test(m[2])) return null;
  if (!Number.isFinite(value)) return null;
  if (scale !== null) value = Math.round(value * scale * 1e6) / 1e6;
  const unit = GLUED_SIGNS[m[1]] ?? null;
  if (!unit) return null;
  const prev = toks[i - 1]?.text ?? "";
  const approx: Approximation = GLUED_ABOUT().test(prev) ? "about" : GLUED_MORE_THAN().test(prev) ? "more-than" : "exact";
  const endTok = toks[next - 1] ?? t;
  return {
    quantity: { kind: "quantity", span: [t.span[0], endTok.span[1]], sentence: sentence.index, text: sentenceSlice(sentence, t.span[0], endTok.span[1]), value, upper: value, approx, unit, item: null, incremental: false, ...partOf(isPrevious(toks, i, next) ? "previous" : null) },
    next,
  };
}
