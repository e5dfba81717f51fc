/**
 * @module A cache of the alias index. Folding every surface form of the bundled packs' 3,000
 * entities (and sorting the keys) takes about 0.1 s of every start, always with the same result:
 * the index is kept as JSON in node_modules/.cache/triangulate/alias-index/, under a key made of
 * the bytes of every pack it was built from (in order) and the code that builds it (this module,
 * alias-index, fold, tokens, kb, schema and text/latin), so a change to any of them builds it
 * again. `npm run build` builds it for the bundled packs (scripts/build-code-cache.mjs); a run
 * with other packs (--pack) keeps one for its own set; the sets used last are kept, a few at most.
 * A file that cannot be read, parsed or written is no error: the index is built as usual.
 * TRIANGULATE_PACK_CACHE=0 turns it off.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { keyExtender, type AliasIndex, type EntryTable, type IndexEntry, type MinistryPhrase } from "./alias-index.ts";
import { packCacheDir } from "./pack-cache.ts";

/** What the cache is keyed by: a pack's bytes (their SHA-256, hex), in the order the packs load. */
export interface PackDigest {
  readonly digest?: string;
}

/** The modules whose code decides the index, beside this one. */
const CODE = ["./alias-index-cache", "./alias-index", "./fold", "./tokens", "./kb", "./schema", "../text/latin"];
const FORMAT = 2;

let codeKey: string | null | undefined;

function indexCodeKey(): string | null {
  if (codeKey !== undefined) return codeKey;
  const ext = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  try {
    const h = createHash("sha256").update(`alias index ${FORMAT}`);
    for (const m of CODE) h.update(readFileSync(new URL(`${m}${ext}`, import.meta.url))).update("\0");
    codeKey = h.digest("hex");
  } catch {
    codeKey = null;
  }
  return codeKey;
}

/** The folder of cached indexes, or null when caching is off. */
export function indexCacheDir(): string | null {
  const packs = packCacheDir();
  return packs === null ? null : join(dirname(packs), "alias-index");
}

/** The cache file for the index of these packs, or null (caching off, or a pack not read from a file). */
export function indexCacheFile(dir: string | null, packs: readonly PackDigest[]): string | null {
  if (dir === null || packs.some((p) => p.digest === undefined)) return null;
  const code = indexCodeKey();
  if (code === null) return null;
  const h = createHash("sha256").update(code);
  for (const p of packs) h.update(`\0${p.digest}`);
  return join(dir, `${h.digest("hex").slice(0, 40)}.json`);
}

/**
 * The index as JSON: entity ids and (via, form, case rule) kinds once each; each key with its
 * entries flattened (entity, kind, alias as written); ministry phrases; titles; the look-ahead
 * bound; and the keys in code-unit order (what keyExtender reads), as positions in the list of
 * alias keys then ministry keys.
 */
interface Stored {
  readonly format: number;
  readonly ids: readonly string[];
  readonly kinds: readonly (readonly [IndexEntry["via"], IndexEntry["form"], IndexEntry["caseRule"]])[];
  readonly byKey: readonly (readonly (string | number)[])[];
  readonly ministries: readonly (readonly [string, string, string | null])[];
  readonly titles: readonly (readonly [string, string])[];
  readonly maxTokens: number;
  readonly sorted: readonly number[];
}

/** Numbers for the strings of a list, in order of first sight. */
function numbering(): { readonly list: string[]; of(s: string): number } {
  const at = new Map<string, number>();
  const list: string[] = [];
  return {
    list,
    of: (s) => at.get(s) ?? (at.set(s, list.length), list.push(s) - 1),
  };
}

export function serializeIndex(index: AliasIndex): string {
  const ids = numbering();
  const kinds = numbering();
  const byKey: (string | number)[][] = [];
  for (const key of index.byKey.keys()) {
    const row: (string | number)[] = [key];
    for (const e of index.byKey.get(key) ?? []) row.push(ids.of(e.entityId), kinds.of(JSON.stringify([e.via, e.form, e.caseRule])), e.alias);
    byKey.push(row);
  }
  const position = new Map<string, number>();
  [...index.byKey.keys(), ...index.ministries.keys()].forEach((k, i) => position.has(k) || position.set(k, i));
  const stored: Stored = {
    format: FORMAT,
    ids: ids.list,
    kinds: kinds.list.map((k) => JSON.parse(k) as Stored["kinds"][number]),
    byKey,
    ministries: [...index.ministries].map(([key, m]) => [key, m.kind, m.country]),
    titles: [...index.titles],
    maxTokens: index.maxTokens,
    sorted: index.sortedKeys.map((k) => position.get(k)!),
  };
  return JSON.stringify(stored);
}

/**
 * The entries of the stored index, made into IndexEntry lists only for the keys asked for (a text
 * asks for a few hundred of the 5,000 keys).
 */
class StoredEntries implements EntryTable {
  private readonly made = new Map<string, readonly IndexEntry[]>();
  constructor(
    private readonly rows: ReadonlyMap<string, readonly (string | number)[]>,
    private readonly stored: Stored,
  ) {}

  has(key: string): boolean {
    return this.rows.has(key);
  }

  keys(): Iterable<string> {
    return this.rows.keys();
  }

  get(key: string): readonly IndexEntry[] | undefined {
    const made = this.made.get(key);
    if (made) return made;
    const row = this.rows.get(key);
    if (!row) return undefined;
    const list: IndexEntry[] = [];
    for (let i = 1; i + 3 <= row.length; i += 3) {
      const [via, form, caseRule] = this.stored.kinds[row[i + 1] as number]!;
      list.push({ entityId: this.stored.ids[row[i] as number]!, via, form, caseRule, alias: row[i + 2] as string });
    }
    this.made.set(key, list);
    return list;
  }
}

/** The index in `json`, or null when it was written in another format (a malformed file throws). */
export function deserializeIndex(json: string): AliasIndex | null {
  const s = JSON.parse(json) as Stored;
  if (s.format !== FORMAT) return null;
  const rows = new Map<string, readonly (string | number)[]>();
  for (const row of s.byKey) rows.set(row[0] as string, row);
  const ministries = new Map<string, MinistryPhrase>(s.ministries.map(([key, kind, country]) => [key, { kind, country }]));
  const keys = [...rows.keys(), ...ministries.keys()];
  const sortedKeys = s.sorted.map((i) => keys[i]!);
  return { byKey: new StoredEntries(rows, s), ministries, titles: new Map(s.titles), maxTokens: s.maxTokens, sortedKeys, extendable: keyExtender(sortedKeys) };
}

/** The index kept in `file`, or null. A file read is marked as used (its time), so it is kept longest. */
export function readIndex(file: string | null): AliasIndex | null {
  if (file === null) return null;
  let index: AliasIndex | null;
  try {
    index = deserializeIndex(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
  try {
    if (index) utimesSync(file, new Date(), new Date());
  } catch {
    // read-only install: the file is used all the same
  }
  return index;
}

/** Indexes kept at most: one per pack set, for the few sets a user runs (each file is about 0.6 MB). */
const KEPT = 8;

/** Keep an index (best effort: a folder that cannot be written is no error), and drop the oldest beyond KEPT. */
export function keepIndex(file: string | null, index: AliasIndex): void {
  if (file === null) return;
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serializeIndex(index));
    renameSync(tmp, file);
    const kept = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }));
    for (const old of kept.sort((a, b) => b.t - a.t).slice(KEPT)) rmSync(join(dir, old.f), { force: true });
  } catch {
    // read-only install: build every time
  }
}
