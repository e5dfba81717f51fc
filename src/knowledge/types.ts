/**
 * @module Public types of the knowledge layer: the KnowledgeBase interface and alias matches.
 */
import type { AliasForm } from "./alias-index.ts";
import type { MinistryKind, PackEntity } from "./schema.ts";

export type { PackEntity, MinistryKind } from "./schema.ts";

export type MatchVia = "alias" | "native" | "homoglyph" | "transliteration" | "adjective" | "title";

export interface AliasMatch {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly entityId: string;
  readonly via: MatchVia;
  /** Which kind of surface form matched ("surname", "capital", "ministry", ...). */
  readonly form?: AliasForm | "ministry";
  /** Other entities the same surface names (ambiguous aliases such as "S-70"). */
  readonly alternatives?: readonly string[];
  /** For people: the title written before the name ("Prime Minister", "press secretary"). */
  readonly role?: string;
  /** For people: the country of the adjective before the title ("Russian President ..."). */
  readonly roleOf?: string;
}

export interface KnowledgeBase {
  readonly entities: ReadonlyMap<string, PackEntity>;
  /** All pack names in `text` (longest match, word-bounded, folded), spans into `text`. */
  findAliases(text: string): readonly AliasMatch[];
  /** Resolve one surface form ("Su 57", "the Defense Ministry of India") or null. */
  lookup(surface: string): PackEntity | null;
  /** Entity for a country adjective/demonym/name/capital ("Indian" → country:in). */
  country(surface: string): PackEntity | null;
  /** Events (wars...) with start dates, for temporal checks. */
  events(): readonly PackEntity[];
  /** Ministry kinds known to the packs. */
  readonly ministries: readonly MinistryKind[];
  /** Files the knowledge was loaded from. */
  readonly sources: readonly string[];
}
