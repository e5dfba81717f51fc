/**
 * @module People in a sentence: one key per person however fully named, and where a sentence says
 * a person lives ("LaSalle, 36, of Bloomington"). Used by the figure slots and the disputes.
 */
import type { Claim } from "../types.ts";
import { foldName } from "../knowledge/fold.ts";

/** A person's key: first and last name folded, so "Anthony LaSalle" and "Anthony Phillip LaSalle" are one person. */
export function personKey(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length <= 2 ? foldName(name) : foldName(`${words[0]} ${words[words.length - 1]}`);
}

/** "LaSalle, 36, of Bloomington," / "Raj Chohan, of South Ozone Park" / "Chohan, who lived half a mile away in South Ozone Park": the capitalized place after a name (and age). */
const RESIDENCE = /^,\s*(?:(?:aged\s+)?\d{1,3},\s*)?(?:of|from|who\s+(?:lived|lives|had\s+lived)\s+(?:[\p{Ll}\s]{0,24}\s)?in)\s+(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})(?=[,.;]|\s+(?:was|is|has|had|who|and)\b)/u;

/** Where the people a sentence names live, by the "Name, age, of Place" convention (not "of" an organisation). */
export function residences(c: Claim): { person: string; place: string; span: readonly [number, number] }[] {
  const out: { person: string; place: string; span: readonly [number, number] }[] = [];
  for (const m of c.mentions) {
    if (m.type !== "person") continue;
    const rest = c.text.slice(m.span[1] - c.span[0]);
    const r = RESIDENCE.exec(rest);
    const place = r?.[1];
    if (!r || !place) continue;
    const at = m.span[1] + r[0].length - place.length;
    // With an age before it the convention is sure; without one, "Jane Doe, of Amnesty International" is an affiliation.
    const aged = /\d/.test(r[0]);
    const org = !aged && c.mentions.some((x) => x.type === "organization" && x.span[0] <= at && at < x.span[1]);
    if (!org) out.push({ person: m.canonical, place, span: [at, at + place.length] });
  }
  return out;
}

/** A figure's owner as a key: the surname, so "Horton" and "Zurana Horton" are one person. */
export function ownerKey(name: string): string {
  return personKey(name.split(/\s+/).filter(Boolean).pop() ?? name);
}
