/**
 * @module The knowledge layer's public API: loading packs into a KnowledgeBase, alias
 * matching and lookups, name folding, and garbled-name detection.
 */
export { loadKnowledge, createKnowledgeBase, type LoadKnowledgeOptions } from "./kb.ts";
export { foldName, editDistance } from "./fold.ts";
export { foldHomoglyphs, transliterate, cyrillicReadings } from "./script.ts";
export { findGarbles, type GarbleFinding, type FindGarblesOptions } from "./garble.ts";
export { readPack, defaultPacksDir, type LoadedPack } from "./load.ts";
export { describeEntity } from "./describe.ts";
export { contextCues, type ContextCue } from "./context.ts";
export { parseDesignation, type Designation } from "./designations.ts";
export type { AliasMatch, KnowledgeBase, MatchVia } from "./types.ts";
export type { PackEntity, PackFile, MinistryKind, Role, WeaponCategory, OutletKind } from "./schema.ts";
export { PackFileSchema, PackEntitySchema, ENTITY_TYPES, WEAPON_CATEGORIES } from "./schema.ts";
