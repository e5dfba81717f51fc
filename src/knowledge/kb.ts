/**
 * @module The knowledge base: packs merged into one entity map (with ministries synthesized
 * per country), the alias index, and the lookups the pipeline uses. `loadKnowledge` reads
 * packs/*.json plus extra packs and caches the result per option set.
 */
import { buildAliasIndex, type AliasIndex } from "./alias-index.ts";
import { indexCacheDir, indexCacheFile, keepIndex, readIndex } from "./alias-index-cache.ts";
import { foldName } from "./fold.ts";
import { checkPackSet, defaultPacksDir, expandPackPaths, packFilesIn, readPack, type LoadedPack } from "./load.ts";
import { findAliasMatches } from "./matcher.ts";
import type { MinistryKind, PackEntity } from "./schema.ts";
import type { AliasMatch, KnowledgeBase } from "./types.ts";

export interface LoadKnowledgeOptions {
  /** Extra pack files (or folders of *.json packs) to load after the built-in ones. */
  readonly extraPacks?: readonly string[];
  /** Replace the built-in packs folder (tests, custom installations). */
  readonly packsDir?: string;
}

const cache = new Map<string, KnowledgeBase>();

/** Characters of text whose alias matches are kept (a few MB of articles). */
const RECENT_CHARS = 4_000_000;
/** Surfaces whose lookup answer is kept. */
const LOOKUPS_KEPT = 20_000;

export function loadKnowledge(options: LoadKnowledgeOptions = {}): KnowledgeBase {
  const dir = options.packsDir ?? defaultPacksDir();
  const files = [...packFilesIn(dir), ...expandPackPaths(options.extraPacks ?? [])];
  const key = JSON.stringify(files);
  const hit = cache.get(key);
  if (hit) return hit;
  const kb = createKnowledgeBase(files.map(readPack));
  cache.set(key, kb);
  return kb;
}

/** Ministry entities for every country and kind, merged with ones the packs define. */
function synthesizeMinistries(entities: Map<string, PackEntity>, kinds: readonly MinistryKind[]): void {
  const countries = [...entities.values()].filter((e) => e.iso2 !== undefined);
  for (const k of kinds) {
    const generic = `org:ministry-of-${k.key}`;
    if (!entities.has(generic)) entities.set(generic, { id: generic, name: k.name, type: "organization", aliases: [] });
    for (const c of countries) {
      const iso = c.iso2!.toLowerCase();
      const id = `${generic}:${iso}`;
      const specific = k.countryNames?.[iso] ?? [];
      const existing = entities.get(id);
      if (existing) {
        entities.set(id, { ...existing, aliases: [...new Set([...existing.aliases, ...specific])] });
      } else {
        entities.set(id, { id, name: `${k.name} (${c.name})`, type: "organization", aliases: [...specific], country: c.id });
      }
    }
  }
}

/** The alias index of these packs from the index cache, else built (and kept when the packs came from files). */
function cachedIndex(packs: readonly LoadedPack[], build: () => AliasIndex): AliasIndex {
  const file = indexCacheFile(indexCacheDir(), packs);
  const kept = readIndex(file);
  if (kept) return kept;
  const index = build();
  keepIndex(file, index);
  return index;
}

/** Build a knowledge base from already-validated packs. */
export function createKnowledgeBase(packs: readonly LoadedPack[]): KnowledgeBase {
  checkPackSet(packs);
  const entities = new Map<string, PackEntity>();
  const ministries: MinistryKind[] = [];
  const titles: string[] = [];
  for (const { pack } of packs) {
    for (const e of pack.entities) entities.set(e.id, e);
    ministries.push(...(pack.ministries ?? []));
    titles.push(...(pack.titles ?? []));
  }
  synthesizeMinistries(entities, ministries);
  const index = cachedIndex(packs, () => buildAliasIndex(entities.values(), ministries, titles));
  const ctx = { index, entities };
  const eventList = [...entities.values()].filter((e) => e.type === "event" && e.start !== undefined);

  const strip = (s: string): string =>
    s.trim().replace(/^the\s+/i, "").replace(/['’]s$/u, "").trim();

  const resolveWhole = (s: string): PackEntity | null => {
    if (!s) return null;
    const matches = findAliasMatches(ctx, s);
    const whole = matches.find((m) => m.span[0] === 0 && m.span[1] === s.length);
    if (whole && !whole.alternatives) return entities.get(whole.entityId) ?? null;
    const list = index.byKey.get(foldName(s)) ?? [];
    const ids = new Set(list.filter((e) => e.form === list[0]?.form).map((e) => e.entityId));
    const only = ids.size === 1 ? [...ids][0] : undefined;
    return only ? (entities.get(only) ?? null) : null;
  };

  /** The surface as given ("The Hindu"), then without a leading "the" or trailing "'s". */
  const lookup = (surface: string): PackEntity | null =>
    resolveWhole(surface.trim().replace(/[.,;:]+$/, "")) ?? resolveWhole(strip(surface));

  const country = (surface: string): PackEntity | null => {
    const list = index.byKey.get(foldName(strip(surface))) ?? [];
    for (const e of list) {
      const ent = entities.get(e.entityId);
      if (ent?.iso2 !== undefined) return ent;
    }
    return null;
  };

  // The same text is scanned by several stages (story entities for every article first, then
  // garbles and mentions as each story is extracted): answers are kept for texts of up to
  // RECENT_CHARS characters in all, so an article's text is scanned once.
  const recent = new Map<string, readonly AliasMatch[]>();
  let recentChars = 0;
  const lookups = new Map<string, PackEntity | null>();
  return {
    entities,
    findAliases: (text) => {
      const hit = recent.get(text);
      if (hit) return hit;
      const found = findAliasMatches(ctx, text).filter((m) => !insideDesignation(text, m.span));
      recent.set(text, found);
      recentChars += text.length;
      for (const old of recent.keys()) {
        if (recentChars <= RECENT_CHARS || recent.size <= 16) break;
        recent.delete(old);
        recentChars -= old.length;
      }
      return found;
    },
    // Garble detection asks about the same words in every article: answers are kept (bounded).
    lookup: (surface) => {
      const known = lookups.get(surface);
      if (known !== undefined) return known;
      const found = lookup(surface);
      if (lookups.size >= LOOKUPS_KEPT) lookups.clear();
      lookups.set(surface, found);
      return found;
    },
    country,
    events: () => eventList,
    ministries,
    sources: packs.map((p) => p.file),
  };
}

/**
 * A short all-letter match that is the prefix of a designation ("HK" in "HK-42", "Su" in "Su-3")
 * is not a mention of its own: the whole token is a designation, known or garbled.
 */
function insideDesignation(text: string, span: readonly [number, number]): boolean {
  const m = text.slice(span[0], span[1]);
  if (!/^\p{L}{1,4}$/u.test(m)) return false;
  return /^[-‐‑ ]?\d/u.test(text.slice(span[1], span[1] + 2)) || /\d[-‐‑]$/u.test(text.slice(Math.max(0, span[0] - 2), span[0]));
}
