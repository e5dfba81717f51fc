/**
 * @module What a quantity counts: formation units (never interchangeable), classes of counted
 * nouns ("jet" ~ "fighter"), materiel and money. Shared by extraction (frames, claims) and the
 * cross-check (values, number roles, consistency).
 */

/** Formation and counting units; formations are never interchangeable with each other. */
export const FORMATION_UNITS: ReadonlySet<string> = new Set([
  "division", "squadron", "regiment", "battery", "battalion", "brigade", "wing", "flotilla", "fleet", "corps", "company", "platoon",
]);

/** Nouns that name what is counted and are interchangeable within a class. */
const UNIT_CLASSES: Readonly<Record<string, string>> = {
  jet: "aircraft", fighter: "aircraft", aircraft: "aircraft", plane: "aircraft", warplane: "aircraft", airplane: "aircraft",
  helicopter: "helicopter", chopper: "helicopter", drone: "drone", uav: "drone",
  tank: "tank", ship: "ship", vessel: "ship", warship: "ship", frigate: "frigate", destroyer: "destroyer", corvette: "corvette",
  submarine: "submarine", sub: "submarine", missile: "missile", rocket: "rocket", launcher: "launcher",
  system: "system", unit: "unit", set: "set",
  soldier: "troops", troop: "troops", personnel: "troops", people: "people", person: "people", civilian: "civilians",
  death: "deaths", dead: "deaths", killed: "deaths", casualty: "casualties", injured: "injuries", injury: "injuries", magnitude: "magnitude",
  percent: "percent", "%": "percent", dollar: "usd", usd: "usd", euro: "eur", rupee: "inr", crore: "inr-crore",
  rand: "zar", naira: "ngn", zloty: "pln", yuan: "cny", yen: "jpy", lei: "ron", leu: "ron", shilling: "kes",
};

const MATERIEL = new Set(["aircraft", "helicopter", "drone", "tank", "ship", "frigate", "destroyer", "corvette", "submarine", "missile", "rocket", "launcher", "system", "unit", "set"]);

/** Does this unit count weapons or military formations (rather than people, money, nations)? */
export function countsMateriel(unit: string | null): boolean {
  if (unit === null) return false;
  return FORMATION_UNITS.has(unit) || MATERIEL.has(unitClass(unit) ?? "");
}

/** Currencies amounts are counted in. */
export const MONEY_UNITS: ReadonlySet<string> = new Set(["usd", "eur", "gbp", "inr", "zar", "php", "ngn", "nzd", "aud", "cad", "hkd", "sgd", "jpy", "cny", "chf", "pln", "ron", "kes", "brl", "mxn", "clp", "pen"]);

/** Does this unit count money? */
export function isMoney(unit: string | null): boolean {
  return unit !== null && MONEY_UNITS.has(unit);
}

/** The class of a unit lemma: formations stand alone, counted nouns collapse ("jet" ~ "fighter"). */
export function unitClass(unit: string | null): string | null {
  if (unit === null) return null;
  if (FORMATION_UNITS.has(unit)) return unit;
  return UNIT_CLASSES[unit] ?? unit;
}
