/**
 * @module A fact's statement, in words: "India approved buying S-400 Triumf from Russia (5
 * divisions)", "Earthquake in Turkey, death toll (41 killed / at least 30 killed)", "Vladimir
 * Putin visits India on 4–5 Dec", "Anna Varga: “…”". A stage is stated only when the accounts
 * agree on it.
 */
import { CONTRACT_ITEM } from "../extract/frames.ts";
import type { Claim } from "../types.ts";
import type { ClaimGroup } from "./group.ts";
import { dimensionLabel } from "./values.ts";


const STATUS_WORDS: Readonly<Record<string, string>> = {
  considering: "is considering buying",
  negotiating: "is negotiating to buy",
  approved: "approved buying",
  ordered: "ordered",
  delivering: "is receiving",
  delivered: "has received",
  cancelled: "cancelled its order of",
};

export interface StatementOptions {
  /** How many accounts (variants with figures) the fact has. */
  readonly accounts: number;
  /** The date of the one account, if there is one account and it gives a date. */
  readonly date: string | null;
  /** The buyer most procurement claims of the story name, for claims that name none. */
  readonly defaultBuyer: string | null;
  /** The dimension of figures the fact compares (see `dimensionOf`), or null for all. */
  readonly dimension: string | null;
  /** The one account's figures, described, or null. */
  readonly single: string | null;
  /** Say no stage: the accounts differ on it, or one denies the deal. */
  readonly neutral: boolean;
}

/** The fact's statement from its group's kind, its claims' frames and its accounts. */
export function statementOf(group: ClaimGroup, claims: readonly Claim[], options: StatementOptions): string {
  const { defaultBuyer, accounts } = options;
  const dimension = options.dimension ? dimensionLabel(options.dimension) : null;
  const label = dimension ? `, ${dimension}` : "";
  const frame = claims.find((c) => c.frame)?.frame;
  const buyer = majority(claims.map((c) => c.frame?.roles["buyer"] ?? "").filter(Boolean)) || defaultBuyer;
  const r: Record<string, string> = { ...(frame?.roles ?? {}), ...(buyer ? { buyer } : {}) };
  const status = majority(claims.map((c) => c.frame?.status ?? "").filter(Boolean));
  const figure = label + (options.single !== null ? ` (${options.single})` : accounts > 1 ? " (figures differ)" : "");
  // A fact a label cannot state checkably is stated by a sentence: the group's representative, or its first.
  const told = (preferred: Claim | undefined): string => pasteable(claims, preferred)?.text ?? "";
  const representative = group.representative && claims.includes(group.representative) ? group.representative : claims[0];
  switch (group.kind) {
    case "procurement":
      // A contract of no party named ("signed an extension to his contract") is told by its sentence.
      if (r["item"] === CONTRACT_ITEM && !r["buyer"] && accounts <= 1 && claims[0]) return told(claims[0]);
      if (r["item"] === CONTRACT_ITEM) return `Signing of the contract${r["buyer"] ? ` (${r["buyer"]}${r["seller"] ? `–${r["seller"]}` : ""})` : ""}${accounts > 1 ? ": accounts differ" : ""}`;
      // A stage is stated only when the claims agree on it: a mention that one article denies, or a
      // fact about another dimension (the deal's value), names the deal without saying how far it got.
      if (options.neutral || (options.dimension !== null && options.dimension !== "count")) return `${r["buyer"] ?? "A buyer"}'s ${r["item"] ?? "arms"} deal${r["seller"] ? ` with ${r["seller"]}` : ""}${figure}`;
      return `${r["buyer"] ?? "A buyer"} ${STATUS_WORDS[status] ?? "may buy"} ${r["item"] ?? "weapons"}${r["seller"] ? ` from ${r["seller"]}` : ""}${figure}`;
    case "delivery":
      return `Deliveries of ${r["item"] ?? "weapons"}${r["buyer"] ? ` to ${r["buyer"]}` : ""}${status ? ` (${status})` : ""}`;
    case "visit": {
      const date = options.date;
      // "on 4 Dec", but "in Feb 2025" for a month or a year.
      const dated = date ? ` ${/^[\dX]{4}-\d{2}-\d{2}/.test(date) ? "on" : "in"} ${date}` : accounts > 1 ? " (accounts differ)" : "";
      const dest = majority(claims.map((c) => c.frame?.roles["destination"] ?? "").filter(Boolean));
      // A label names a visit to a place on a date; any other ("during the visit, she picked up ...",
      // "beat visiting Evansville") is told by its sentence, which a reader can check.
      const place = claims.flatMap((c) => c.mentions).find((m) => m.canonical === dest && (m.type === "country" || m.type === "place"));
      if ((!place || !date) && accounts <= 1 && claims[0]) return told(claims[0]);
      return `${r["visitor"] ?? "A leader"} visits ${dest || "the host country"}${dated}`;
    }
    case "sanction":
      return `${r["by"] ? `${r["by"]} sanctions` : "Sanctions"}${r["on"] ? `${r["by"] ? "" : " on"} ${r["on"]}` : ""}${r["law"] ? ` under ${r["law"]}` : ""}${status === "imposed" ? " (imposed)" : " (threatened or possible)"}`;
    case "incident": {
      // With no figure to name, a label ("Attack in Palmer") says nothing a reader can check: the sentence does.
      if (options.single === null && accounts <= 1 && options.dimension === null && claims[0]) return told(representative);
      const place = majority(claims.map((c) => c.frame?.roles["place"] ?? "").filter(Boolean));
      // One account of an incident at no place named ("a handgun like the one that killed the girl") is told by its sentence.
      if (!place && accounts <= 1 && claims[0]) return told(claims[0]);
      const what = r["incident"] || "Incident";
      return `${what.charAt(0).toUpperCase()}${what.slice(1)}${place ? ` in ${place}` : ""}${figure}`;
    }
    case "statement": {
      const who = majority(claims.map((c) => c.attribution?.source ?? "").filter(Boolean)) || group.key.slice("statement|".length);
      const said = pasteable(claims, claims[0]);
      const text = said?.text ?? "";
      // A sentence is pasted whole, never cut; it is prefixed with its speaker only when it does not
      // name them itself (in any words: "the UN said" for the United Nations), and quoted only once.
      if (namesSpeaker(text, who) || (said && creditsInside(said))) return text;
      return `${who}: ${/^\s*["“‘']/u.test(text) ? text : `“${text}”`}`;
    }
    case "generic":
      return told(representative);
  }
}

/** A sentence its source cut off ("… gunfire erupted outside..."): a reader cannot paste it as a statement. */
const CUT_OFF = /(?:…|\.\.\.)\s*["”’]?\s*$/u;

/** The sentence to state a fact with: `preferred`, unless its source cut it off and another of the claims is whole. */
function pasteable(claims: readonly Claim[], preferred: Claim | undefined): Claim | undefined {
  if (!preferred || !CUT_OFF.test(preferred.text)) return preferred;
  return claims.find((c) => !CUT_OFF.test(c.text)) ?? preferred;
}

/** Whether the sentence itself credits its source ("..., the UN said"), rather than a sentence around it. */
function creditsInside(c: Claim): boolean {
  const a = c.attribution;
  return a !== null && a.span[0] >= c.span[0] && a.span[1] <= c.span[1];
}

/** Does the sentence already name the speaker (their full name or its last word)? */
function namesSpeaker(text: string, who: string): boolean {
  const last = who.trim().split(/\s+/).pop() ?? "";
  const lower = text.toLowerCase();
  return lower.includes(who.toLowerCase()) || (last.length >= 3 && /^\p{Lu}/u.test(last) && lower.includes(last.toLowerCase()));
}

function majority(xs: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
}
