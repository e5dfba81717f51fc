/** @module The English names pack (packs/lang/en/names.json): words around names that say what a name or a person is, read and validated on first use (see word-lists.ts). */
import { alternatives, wordListPack } from "./word-lists.ts";

/** The names pack (packs/lang/en/names.json), read on first use. */
export const nameWords = wordListPack("names", ["titleModifiers", "titleHeads", "appositiveHeads", "residenceBefore", "residenceVerbs", "residenceFollowers", "thingFollowers", "placeHyphened", "clauseOpeners", "locativeStrong", "locativeWeak", "orgDescriptors", "orgFollowers", "cricketMarks", "teamNext", "teamPrev", "adjectiveEndings", "stormWords", "compassLast", "ageBefore", "ageUnit", "ageUnitPlural", "ageOld"]);

/** The words of an age after its number: the unit in the singular or plural ("years?"), and "old". */
export const ageWords = (): { unit: string; units: string; old: string } => {
  const w = nameWords();
  return { unit: alternatives(w.ageUnit), units: `${alternatives(w.ageUnitPlural)}|${alternatives(w.ageUnit)}`, old: alternatives(w.ageOld) };
};
