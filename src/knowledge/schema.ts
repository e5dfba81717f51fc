/**
 * @module Zod schemas of knowledge packs (packs/*.json): entity records (countries, people,
 * weapons, outlets, organizations, laws, events, places) and ministry kinds. Data only; the
 * loader validates every pack file against `PackFileSchema`.
 */
import { z } from "zod";

export const ENTITY_TYPES = [
  "person",
  "organization",
  "country",
  "place",
  "outlet",
  "weapon",
  "law",
  "event",
  "office",
  "other",
] as const;

export const WEAPON_CATEGORIES = [
  "fighter",
  "bomber",
  "attack-aircraft",
  "transport",
  "tanker",
  "trainer",
  "awacs",
  "patrol-aircraft",
  "helicopter",
  "sam",
  "manpads",
  "missile",
  "cruise-missile",
  "ballistic-missile",
  "hypersonic-missile",
  "anti-ship-missile",
  "air-to-air-missile",
  "anti-tank-missile",
  "torpedo",
  "ship",
  "frigate",
  "destroyer",
  "corvette",
  "carrier",
  "submarine",
  "tank",
  "ifv",
  "apc",
  "artillery",
  "rocket-artillery",
  "drone",
  "loitering-munition",
  "radar",
  "engine",
  "rifle",
] as const;

export const OUTLET_KINDS = ["wire", "newspaper", "broadcaster", "magazine", "online", "state-media"] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");
const entityId = z
  .string()
  .regex(/^[a-z]+:[a-z0-9][a-z0-9.:-]*$/, 'expected an id like "country:in" or "weapon:s-400"');
const nonEmpty = z.string().trim().min(1, "expected a non-empty string");

export const RoleSchema = z.strictObject({
  title: nonEmpty,
  of: entityId,
  from: isoDate.optional(),
  to: isoDate.nullable().optional(),
});

export const PackEntitySchema = z.strictObject({
  id: entityId,
  name: nonEmpty,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(nonEmpty).default([]),
  native: z.array(nonEmpty).optional(),
  country: entityId.optional(),
  note: z.string().optional(),
  // country
  iso2: z.string().regex(/^[A-Z]{2}$/, "expected an upper-case ISO 3166-1 alpha-2 code").optional(),
  demonyms: z.array(nonEmpty).optional(),
  adjectives: z.array(nonEmpty).optional(),
  capital: nonEmpty.optional(),
  capitalMetonyms: z.array(nonEmpty).optional(),
  member: z.enum(["un", "observer", "none"]).optional(),
  // person
  roles: z.array(RoleSchema).optional(),
  /** Family name used alone ("Xi" for Xi Jinping); null when the name has none (popes, kings). */
  surname: nonEmpty.nullable().optional(),
  // weapon
  category: z.enum(WEAPON_CATEGORIES).optional(),
  nato: nonEmpty.optional(),
  maker: nonEmpty.optional(),
  designationFamily: nonEmpty.optional(),
  // outlet
  kind: z.enum(OUTLET_KINDS).optional(),
  // event
  start: isoDate.optional(),
  end: isoDate.nullable().optional(),
});

/** A kind of ministry ("defence", "foreign-affairs") with its generic and country-specific names. */
export const MinistryKindSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z-]*$/, 'expected a lower-case key like "defence"'),
  name: nonEmpty,
  names: z.array(nonEmpty).min(1),
  /** ISO2 (lower case) → names used only for that country's ministry ("State Department"). */
  countryNames: z.record(z.string().regex(/^[a-z]{2}$/), z.array(nonEmpty)).optional(),
  note: z.string().optional(),
});

export const PackFileSchema = z.strictObject({
  pack: nonEmpty,
  version: z.number().int().positive(),
  description: z.string().optional(),
  ministries: z.array(MinistryKindSchema).optional(),
  titles: z.array(nonEmpty).optional(),
  entities: z.array(PackEntitySchema),
});

export type EntityTypeName = (typeof ENTITY_TYPES)[number];
export type WeaponCategory = (typeof WEAPON_CATEGORIES)[number];
export type OutletKind = (typeof OUTLET_KINDS)[number];
export type Role = z.infer<typeof RoleSchema>;
export type PackEntity = z.infer<typeof PackEntitySchema>;
export type MinistryKind = z.infer<typeof MinistryKindSchema>;
export type PackFile = z.infer<typeof PackFileSchema>;
