/**
 * @module Date extraction for the extract stage: calendar dates, ranges, fiscal years, quarters, seasons,
 * decades and expressions relative to the publication date, as TIMEX3-like `DateValue`s. Year-less dates
 * keep an unknown year ("XXXX-12-04") when there is no anchor. Durations and sets are not dates: see
 * `extractTimexes` in ./dates/extract.ts for those.
 */
import type { DateValue } from "../types.ts";
import { extractTimexes } from "./dates/extract.ts";

export interface DateOptions {
  /** Article publication date (ISO) or null. */
  readonly anchor: string | null;
  /** Added to spans (the text's offset in the article). */
  readonly offset?: number;
  /** Sentence index recorded on each value. */
  readonly sentence?: number;
}

/** Dates (TimeML DATE and TIME expressions) in `text`, in text order. */
export function extractDates(text: string, options: DateOptions): readonly DateValue[] {
  const offset = options.offset ?? 0;
  const sentence = options.sentence ?? 0;
  return extractTimexes(text, { anchor: options.anchor, types: ["DATE", "TIME"] }).map((t) => ({
    kind: "date",
    span: [t.start + offset, t.end + offset],
    sentence,
    text: text.slice(t.start, t.end),
    value: t.value,
    start: t.bounds ? t.bounds[0] : null,
    end: t.bounds ? t.bounds[1] : null,
    granularity: t.granularity,
    role: t.role,
  }));
}
