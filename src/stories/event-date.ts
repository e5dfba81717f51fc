/**
 * @module The day of an article's event, when it can be told: its publication date, or, for an
 * undated article, the first full date its title or lead gives ("on Sunday, February 1, 2009").
 * Stories are dated by their articles' event days, so that coverage of an earthquake in 2008 and
 * of another in 2013 does not join even when the articles carry no publication date. Dated
 * articles cost nothing; an undated one costs one date scan of its lead.
 */
import { extractDates } from "../extract/dates.ts";
import type { StoryDoc } from "./types.ts";

/** Characters of the text read as its lead (the first sentences: where news gives the event's day). */
const LEAD_CHARS = 400;

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** The event's day as epoch milliseconds, or null when neither the publication date nor the lead tells it. */
export function eventTime(doc: StoryDoc): number | null {
  const published = doc.published ? Date.parse(doc.published) : Number.NaN;
  if (Number.isFinite(published)) return published;
  const end = doc.text.length > LEAD_CHARS ? doc.text.indexOf(". ", LEAD_CHARS) : -1;
  const lead = `${doc.title ?? ""}\n${end > 0 ? doc.text.slice(0, end + 1) : doc.text.slice(0, LEAD_CHARS * 2)}`;
  for (const d of extractDates(lead, { anchor: null })) {
    if (d.granularity !== "day" || d.role === "deadline" || !d.start) continue;
    const t = Date.parse(d.start);
    // A day outside any news archive is a misread expression, not the event's day.
    if (Number.isFinite(t) && t >= EARLIEST && t < LATEST) return t;
  }
  return null;
}
