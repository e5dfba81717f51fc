/**
 * @module The named rules by which quantity extraction leaves a number out: each is an id and a
 * one-line doc, reported through `QuantityOptions.onDrop` so `--explain` can say why a number
 * found in the text is no quantity.
 */
import { rulesById, type Rule } from "../rules.ts";

export type QuantityRule = Rule;

export const QUANTITY_RULES = {
  clock: { id: "quantity.clock-time", doc: "A clock time ('8 a.m.', '11.02am', '10 pm') is a time, not a count." },
  noOne: { id: "quantity.no-one", doc: "'No one' is none, not one." },
  model: { id: "quantity.model-number", doc: "A number right after a name ('an ATR 72', 'a Boeing 737', 'Falcon 9') is a model's number, not a count." },
  oneOf: { id: "quantity.one-of", doc: "'One of the', 'one another', 'one day', 'one side' are no count." },
  score: { id: "quantity.score-or-tally", doc: "'6-3', 'split six to three': a score or a vote tally (the second figure below the first), not a range or a count." },
  gluedName: { id: "quantity.glued-name", doc: "A number glued to letters that are no unit ('76ers', '49ers') is part of a name, not a count." },
  year: { id: "quantity.bare-year", doc: "A bare year ('in 2013', 'the 2023 earthquakes') is a date or names an event, not a count." },
} as const satisfies Record<string, QuantityRule>;

/** Every quantity rule by id. */
export const QUANTITY_RULE_BY_ID: ReadonlyMap<string, QuantityRule> = rulesById(QUANTITY_RULES);
