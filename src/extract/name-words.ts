/** @module The English names pack (packs/lang/en/names.json): words around names that say what a name or a person is, read and validated on first use (see word-lists.ts). */
import { wordListPack } from "./word-lists.ts";

/** The names pack (packs/lang/en/names.json), read on first use. */
export const nameWords = wordListPack("names", ["titleModifiers", "titleHeads", "appositiveHeads", "residenceBefore", "residenceVerbs", "residenceFollowers", "thingFollowers", "placeHyphened", "clauseOpeners", "locativeStrong", "locativeWeak", "orgDescriptors", "orgFollowers", "cricketMarks", "teamNext", "teamPrev", "adjectiveEndings", "stormWords", "compassLast"]);
