/**
 * @module Short human descriptions of pack entities for explanations ("Su-57, a Russian
 * fighter"; "Narendra Modi, Prime Minister of India").
 */
import type { PackEntity, WeaponCategory } from "./schema.ts";
import type { KnowledgeBase } from "./types.ts";

const CATEGORY_LABEL: Readonly<Record<WeaponCategory, string>> = {
  fighter: "fighter",
  bomber: "bomber",
  "attack-aircraft": "attack aircraft",
  transport: "transport aircraft",
  tanker: "tanker aircraft",
  trainer: "trainer aircraft",
  awacs: "airborne early-warning aircraft",
  "patrol-aircraft": "maritime patrol aircraft",
  helicopter: "helicopter",
  sam: "surface-to-air missile system",
  manpads: "portable air-defence missile",
  missile: "missile",
  "cruise-missile": "cruise missile",
  "ballistic-missile": "ballistic missile",
  "hypersonic-missile": "hypersonic missile",
  "anti-ship-missile": "anti-ship missile",
  "air-to-air-missile": "air-to-air missile",
  "anti-tank-missile": "anti-tank missile",
  torpedo: "torpedo",
  ship: "ship",
  frigate: "frigate",
  destroyer: "destroyer",
  corvette: "corvette",
  carrier: "aircraft carrier",
  submarine: "submarine",
  tank: "tank",
  ifv: "infantry fighting vehicle",
  apc: "armoured personnel carrier",
  artillery: "artillery system",
  "rocket-artillery": "rocket artillery system",
  drone: "drone",
  "loitering-munition": "loitering munition",
  radar: "radar",
  engine: "engine",
  rifle: "rifle",
};

/** "a Russian fighter" / "an Indian surface-to-air missile system". */
function withArticle(words: string): string {
  return /^[aeiou]/i.test(words) ? `an ${words}` : `a ${words}`;
}

export function describeEntity(kb: KnowledgeBase, e: PackEntity): string {
  const country = e.country ? kb.entities.get(e.country) : undefined;
  const adjective = country?.adjectives?.[0] ?? country?.name;
  if (e.type === "weapon" && e.category) {
    const what = CATEGORY_LABEL[e.category];
    return `${e.name}, ${withArticle(adjective ? `${adjective} ${what}` : what)}`;
  }
  if (e.type === "person") {
    const role = e.roles?.find((r) => r.to === null || r.to === undefined) ?? e.roles?.[0];
    const of = role ? kb.entities.get(role.of)?.name : undefined;
    return role ? `${e.name}, ${role.title}${of ? ` of ${of}` : ""}` : e.name;
  }
  return adjective ? `${e.name}, ${withArticle(`${adjective} ${e.type}`)}` : e.name;
}
