/**
 * @module The role of a number before anything compares it. A number with a counted noun is a
 * count or a measure ("12 children", "$1 million"); a bare number right after a person's name
 * ("Horton, 34,", "Williams, aged 32") is that person's age, compared only with that person's age
 * in other accounts; any other bare number (an address "200 W. American Blvd", a clause's stray
 * figure) fills no slot and is never a rival. Each role is a named rule.
 */
import { foldName } from "../knowledge/fold.ts";
import type { Claim, Quantity } from "../types.ts";

export interface NumberRule {
  readonly id: string;
  readonly doc: string;
}

export const NUMBER_RULES = {
  age: { id: "number.age-after-name", doc: "A bare number after a person's name and a comma ('Horton, 34,') is that person's age: it is compared only with the same person's age." },
  bare: { id: "number.bare-no-slot", doc: "A bare number with no counted noun and no age reading (an address, a stray figure) fills no slot and is never compared." },
} as const satisfies Record<string, NumberRule>;

export type NumberRole =
  | { readonly role: "counted" }
  | { readonly role: "age"; readonly person: string; readonly rule: NumberRule }
  | { readonly role: "bare"; readonly rule: NumberRule };

const AFTER_NAME = /^\s*,\s*(?:aged\s+)?$/i;
const AGE_END = /^\s*(?:,|\)|\.(?:\s|$)|$|-year-old\b|\s+years?\s+old\b)/i;

/** The role of a quantity of a claim (see the module's doc). */
export function numberRole(q: Quantity, c: Claim): NumberRole {
  if (q.unit !== null) return { role: "counted" };
  const at = q.span[0] - c.span[0];
  const after = c.text.slice(q.span[1] - c.span[0], q.span[1] - c.span[0] + 12);
  const person = c.mentions
    .filter((m) => m.type === "person" && m.span[1] <= q.span[0] && AFTER_NAME.test(c.text.slice(m.span[1] - c.span[0], at)))
    .sort((a, b) => b.span[1] - a.span[1])[0];
  if (person && Number.isInteger(q.value) && q.value > 0 && q.value < 120 && AGE_END.test(after)) return { role: "age", person: foldName(person.canonical), rule: NUMBER_RULES.age };
  return { role: "bare", rule: NUMBER_RULES.bare };
}
