/**
 * @module Event frames: procurement (buyer, seller, item, quantity, status), delivery, visit
 * (visitor, destination, date) and sanction (by, on, law). Status follows the SIPRI convention:
 * a deal counts as ordered only once a contract is signed; talk and approval are earlier steps.
 * The cue phrases come from the frames pack (packs/frames/events.json, see frame-lexicon.ts), the
 * words around them from the English events pack (packs/lang/en/events.json, see event-words.ts).
 */
import type { DateValue, DealStatus, Frame, Mention, Modality, Quantity, Sentence } from "../types.ts";
import { frameLexicon, globalOf } from "./frame-lexicon.ts";
import { countsMateriel, isMoney } from "./units.ts";
import { foldName } from "../knowledge/fold.ts";
import { BUYING, CONTRACT_SIGNING, DEAL_MENTION, DEAL_REF, DEFINITE_VISIT, DELIVERED, DELIVERING, HOST_BEFORE, MORE_DELIVERIES, NOT_SIGNED, OTHER_EVENT, OTHER_TIME_DAY, OTHER_TIME_RANGE, REFERS_BACK, SANCTION_BY, SANCTION_IMPOSED, SANCTION_ON } from "./event-words.ts";

export const CONTRACT_ITEM = "the contract";

const negatedStatus = (text: string, status: DealStatus): boolean =>
  status === "ordered" &&
  NOT_SIGNED().test(text);

/** How far a deal got according to this sentence. */
export function dealStatus(text: string): DealStatus | null {
  for (const [status, re] of frameLexicon().statuses) if (re.test(text) && !negatedStatus(text, status)) return status;
  return null;
}

export interface FrameInput {
  readonly sentence: Sentence;
  readonly mentions: readonly Mention[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateValue[];
  readonly modality: Modality;
  /** Weapon-of-origin lookup: canonical weapon name → origin country canonical name. */
  readonly originOf: (weapon: string) => string | null;
  /** Items the article mentioned in earlier procurement sentences (for "the purchase" with no item). */
  readonly recentItems: readonly string[];
  /** The visitor of the article's last visit sentence (for "The visit, scheduled for ..."). */
  readonly recentVisitor: string | null;
  /** A country's capital as the packs name it (canonical country name → capital), for "visit Beijing". */
  readonly capitalOf?: (country: string) => string | null;
}

/** All frames of one sentence (one per item for procurement and delivery). */
export function extractFrames(input: FrameInput): readonly Frame[] {
  const { sentence, mentions } = input;
  const text = sentence.text;
  const frames: Frame[] = [];
  const weapons = unique(mentions.filter((m) => m.type === "weapon").map((m) => m.canonical));
  const countries = mentions.filter((m) => m.type === "country");
  const lex = frameLexicon();
  const isProcurement = lex.procurement.test(text);
  const isDelivery = lex.delivery.test(text);
  // "The deal, worth about $6.5 billion, ...", "The $6.5 billion contract ...": the value of the deal last discussed.
  const dealValue = weapons.length === 0 && DEAL_REF().test(text) && input.quantities.some((q) => isMoney(q.unit));
  const items =
    weapons.length > 0
      ? weapons
      : CONTRACT_SIGNING().test(text)
        ? [CONTRACT_ITEM]
        : ((isProcurement || isDelivery) && DEAL_MENTION().test(text)) || REFERS_BACK().test(text) || dealValue
          ? input.recentItems.slice(-1)
          : [];
  for (const item of items) {
    const seller = input.originOf(item);
    const buyer = countries.find((c) => c.canonical !== seller)?.canonical ?? null;
    const roles: Record<string, string> = { item };
    if (buyer) roles["buyer"] = buyer;
    if (seller) roles["seller"] = seller;
    const q = input.quantities.find((x) => x.item === item) ?? (weapons.length === 1 ? input.quantities.find((x) => !x.part && (x.unit === null || countsMateriel(x.unit))) : undefined);
    if (q) roles["quantity"] = `${q.value}${q.unit ? " " + q.unit : ""}`;
    const date = input.dates[0];
    if (date) roles["date"] = date.value;
    if (isDelivery && !BUYING().test(text)) {
      frames.push({ type: "delivery", roles, status: deliveryStatus(text) });
    } else if (isProcurement || isDelivery || dealValue || (weapons.length === 0 && REFERS_BACK().test(text))) {
      frames.push({ type: "procurement", roles, status: dealStatus(text) });
    }
  }
  frames.push(...visitFrames(input));
  if (lex.sanction.test(text) && countries.length > 0 && lex.sanctionAction.test(text)) {
    const law = mentions.find((m) => m.type === "law");
    const local = (m: Mention): readonly [number, number] => [m.span[0] - sentence.span[0], m.span[1] - sentence.span[0]];
    const places = mentions.filter((m) => m.type === "country" || m.type === "place");
    const target = places.find((m) => SANCTION_ON().test(text.slice(Math.max(0, local(m)[0] - 12), local(m)[0])));
    const by =
      places.find((m) => m !== target && SANCTION_BY().test(text.slice(local(m)[1], local(m)[1] + 30))) ??
      places.find((m) => m !== target && /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, local(m)[0] - 8), local(m)[0])));
    const roles: Record<string, string> = {};
    if (by) roles["by"] = by.canonical;
    if (target) roles["on"] = target.canonical;
    if (law) roles["law"] = law.canonical;
    const imposed = SANCTION_IMPOSED().test(text) && input.modality !== "possible";
    frames.push({ type: "sanction", roles, status: imposed ? "imposed" : "threatened" });
  }
  return frames;
}

/**
 * One frame per visit cue with its own visitor: "X's visit", "X will visit", "X prepares for his
 * visit" (the nearest person before the cue with no host phrase between), "a trip by X", else the
 * visitor the article named in an earlier visit sentence ("The visit, scheduled for ..."). The
 * destination is the first place after the visitor (a city is kept beside its country as "city";
 * a trip may take in several, so cities are not compared), the date
 * the visit's own (see `visitDate`), up to the next cue ("The visit follows a trip by Y in May").
 */
function visitFrames(input: FrameInput): Frame[] {
  const { sentence, mentions } = input;
  const text = sentence.text;
  const visit = frameLexicon().visit;
  if (!visit.test(text)) return [];
  const cues = [...text.matchAll(globalOf(visit))];
  const byVisitor = new Map<string, Record<string, string>>();
  cues.forEach((cue, k) => {
    const cueAt = sentence.span[0] + cue.index;
    const cueEnd = cueAt + cue[0].length;
    const nextCue = cues[k + 1] ? sentence.span[0] + (cues[k + 1]?.index ?? 0) : sentence.span[1];
    const byWhom = /^\s+(?:\w+\s+){0,1}by\s+/i.exec(text.slice(cueEnd - sentence.span[0]));
    const after = byWhom ? mentions.find((m) => m.type === "person" && m.span[0] >= cueEnd && m.span[0] - cueEnd <= byWhom[0].length + 40) : undefined;
    const before = mentions.filter((m) => m.type === "person" && m.span[1] <= cueAt && cueAt - m.span[1] <= 150 && !HOST_BEFORE().test(text.slice(0, m.span[0] - sentence.span[0])));
    const named = after ?? before[before.length - 1];
    const definite = DEFINITE_VISIT().test(text);
    const visitorName = named?.canonical ?? (k === 0 ? (input.recentVisitor ?? (definite ? UNNAMED_VISITOR : null)) : null);
    if (visitorName === null) return;
    const anchorEnd = named ? named.span[1] : cueAt;
    const home = named ? homeOf(named, mentions) : null;
    // "a visit by a Kestrian head of state to Norland": the adjective after "by" is the visitor's own country.
    const visitorsOwn = (m: Mention): boolean => /\bby\s+(?:a|an|the)?\s*$/i.test(text.slice(Math.max(0, m.span[0] - sentence.span[0] - 8), m.span[0] - sentence.span[0]));
    const dest = mentions.find((m) => (m.type === "country" || m.type === "place") && m.span[0] > anchorEnd && m.span[0] < nextCue && m.canonical !== home && !visitorsOwn(m));
    const roles: Record<string, string> = { visitor: visitorName };
    if (dest) {
      roles["destination"] = dest.canonical;
      const capital = dest.type === "country" ? input.capitalOf?.(dest.canonical) : null;
      if (dest.type === "place") roles["city"] = dest.canonical;
      else if (capital && foldName(capital) === foldName(dest.text)) roles["city"] = capital;
    }
    const date = visitDate(text, cueEnd, input.dates.filter((d) => d.span[0] < nextCue), sentence.span[0]);
    if (date) roles["date"] = date.value;
    // A visitor's later cue in the sentence ("travels to X this week for a state visit on 12-13
    // March") adds what the earlier one left out.
    const earlier = byVisitor.get(visitorName);
    if (earlier) for (const [role, value] of Object.entries(roles)) earlier[role] ??= value;
    else byVisitor.set(visitorName, roles);
  });
  return [...byVisitor.values()].map((roles) => ({ type: "visit", roles, status: null }));
}

/** Placeholder visitor for "the visit" when the article names no one; grouping resolves it. */
export const UNNAMED_VISITOR = "";

/**
 * The visit's own date: the first calendar date after the cue within 80 characters ("visit to
 * Holmgard, the capital of Norland, on 12-13 March"); else a date before the cue when the sentence
 * names no other event it could belong to (a briefing on December 2). `base` is the sentence's offset.
 */
function visitDate(text: string, cueEnd: number, dates: readonly DateValue[], base: number): DateValue | undefined {
  // "since 2017", "before May", "from May": another time, not the visit's; but "from December 4
  // to 5" is the visit's own range.
  const calendar = dates.filter((d) => {
    if (!/\d/.test(d.value) || d.role === "relative") return false;
    const lead = text.slice(Math.max(0, d.span[0] - base - 12), d.span[0] - base);
    return !(d.value.includes("/") ? OTHER_TIME_RANGE() : OTHER_TIME_DAY()).test(lead);
  });
  const after = calendar.find((d) => d.span[0] >= cueEnd && d.span[0] - cueEnd <= 80);
  if (after) return after;
  if (OTHER_EVENT().test(text)) return undefined;
  return calendar.filter((d) => d.span[1] <= cueEnd).pop();
}

function deliveryStatus(text: string): DealStatus {
  if (DELIVERED().test(text) && !MORE_DELIVERIES().test(text)) return "delivered";
  if (DELIVERING().test(text)) return "delivering";
  return dealStatus(text) ?? "delivering";
}

function homeOf(person: Mention, mentions: readonly Mention[]): string | null {
  // An adjective right before the person ("Russian President X") names their own country.
  const before = mentions.filter((m) => m.type === "country" && m.span[1] <= person.span[0] && person.span[0] - m.span[1] < 25);
  return before[before.length - 1]?.canonical ?? null;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
