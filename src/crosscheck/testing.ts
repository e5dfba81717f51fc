/** @module Test helpers: build small Claims without running extraction. */
import type { Attribution, Claim, Frame, Quantity } from "../types.ts";

export function quantity(value: number, unit: string | null, extra: Partial<Quantity> = {}): Quantity {
  return { kind: "quantity", span: [0, 1], sentence: 0, text: `${value} ${unit ?? ""}`, value, upper: value, approx: "exact", unit, item: null, incremental: false, part: false, ...extra };
}

export function attribution(source: string, upstream: string[] = [], sourceType: Attribution["sourceType"] = "outlet"): Attribution {
  return { kind: "attribution", span: [0, 1], sentence: 0, source, sourceType, upstream, via: null, date: null, cue: "according to" };
}

export function claim(articleId: string, sentence: number, text: string, extra: Partial<Claim> = {}): Claim {
  return {
    kind: "claim",
    id: `${articleId}:${sentence}:0`,
    articleId,
    sentence,
    span: [0, text.length],
    text,
    subjects: [],
    mentions: [],
    quantities: [],
    dates: [],
    attribution: null,
    modality: "asserted",
    hedges: [],
    frame: null,
    commentary: false,
    ...extra,
  };
}

export function procurement(item: string, status: Frame["status"] = "approved"): Frame {
  return { type: "procurement", roles: { item, buyer: "India", seller: "Russia" }, status };
}
