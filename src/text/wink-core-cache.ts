/**
 * @module The wink-nlp English core model kept in a binary form that loads without parsing: its
 * 3 MB JSON (a 1.9 MB base64 lexicon and a list of 87,593 words) costs about 0.1 s of every start
 * to parse, decode and index, and its 87,593 strings and word → index table are copied again by
 * the garbage collector as they age. The file (node_modules/.cache/triangulate/wink-core.bin)
 * holds one JSON line (the model's small tables and where each part is) followed by the lexicon
 * and expansions as raw 32-bit words, the word list joined by NUL, and the word indexes in
 * code-unit order of their words. The word → index table wink-nlp reads and writes
 * (`features.lexeme.hash`) is then a binary search over that order (words wink-nlp adds while
 * reading go to a map), not an object of 87,593 properties built at start, and the word list
 * (`features.lexeme.list`) cuts a word out of the joined list when it is first read (wordList),
 * instead of splitting it into 87,593 strings at start. The line names the size
 * and modification time of the JSON it was made from: another model is read from its JSON again.
 * The file is written when the model is first read from JSON (best effort); TRIANGULATE_PACK_CACHE=0
 * turns it off like the other caches in that folder.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const FORMAT = 1;
const SEPARATOR = "\0";

/** The model's JSON as the package ships it: what loadCore reads (wink-model.ts). */
export interface RawCore {
  lexicon: string;
  xpansions: string;
  features: { lexeme: { list: string[] } };
}

/** The model with its two tables decoded and a word → index table over the word list. */
export interface DecodedCore {
  /** Every other part of the model, as in the JSON. */
  readonly rest: Omit<RawCore, "lexicon" | "xpansions">;
  readonly lexicon: Uint32Array;
  readonly xpansions: Uint32Array;
  readonly lexemeHash: Record<string, number>;
}

interface Header {
  readonly format: number;
  readonly size: number;
  readonly mtimeMs: number;
  /** [byte offset, byte length] of each part, from the start of the file. */
  readonly parts: Readonly<Record<"rest" | "lexicon" | "xpansions" | "list" | "order", readonly [number, number]>>;
}

/** The cache file, or null when caching is off. */
export function winkCoreCacheFile(): string | null {
  if (process.env["TRIANGULATE_PACK_CACHE"] === "0") return null;
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "node_modules", ".cache", "triangulate", "wink-core.bin");
}

/**
 * The word → index table wink-nlp reads as an object (`hash[word]`, `hash[word] = index`): a plain
 * object holding the words wink-nlp added while reading and the words of the model already asked
 * for, over a prototype that finds any other word of the model by binary search over `order`
 * (their indexes in code-unit order of the words `wordAt` gives below `known`) and keeps it on the
 * object. wink-nlp looks every token up, once or twice: a text's common words are then an own
 * property, read without a search or a trap.
 */
export function lexemeTable(wordAt: (index: number) => string, order: Uint32Array, known: number): Record<string, number> {
  const find = (word: string): number | undefined => {
    let lo = 0;
    let hi = known;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (wordAt(order[mid]!) < word) lo = mid + 1;
      else hi = mid;
    }
    return lo < known && wordAt(order[lo]!) === word ? order[lo] : undefined;
  };
  // Only a word not on the table reaches the prototype; one written there (no `set` trap) becomes
  // the table's own property, as on a plain object.
  const model = new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key, table: Record<string, number>) => {
      const index = typeof key === "string" ? find(key) : undefined;
      if (index !== undefined) Object.defineProperty(table, key, { value: index, writable: true, enumerable: true, configurable: true });
      return index;
    },
  });
  return Object.create(model) as Record<string, number>;
}

/** The model's word list, and its words by index, read from the list's words joined by SEPARATOR. */
export interface WordList {
  /** What wink-nlp reads as `features.lexeme.list`: an array of the model's words, which it extends. */
  readonly list: string[];
  /** The model's word at `index` (below the model's size), as `list[index]`, cut afresh (for searches, which read many words once). */
  readonly wordAt: (index: number) => string;
}

/**
 * The words of `joined` (joined by SEPARATOR; `count` of them, else null) as wink-nlp's word list,
 * without making 87,593 strings at start (that split, and the collector copying the strings as
 * they age, cost ~20 ms of every start): an array of `count` holes over a prototype that cuts a
 * word out of `joined` when its index is first read and keeps it in the array. Reads of an index
 * below `count`, `length` and `push` (wink-nlp's words met in the texts, from `count` on) behave as
 * on the array of all words.
 */
export function wordList(joined: string, count: number): WordList | null {
  const starts = new Uint32Array(count + 1);
  let n = 1;
  for (let at = joined.indexOf(SEPARATOR); at >= 0; at = joined.indexOf(SEPARATOR, at + 1)) {
    if (n >= count) return null;
    starts[n++] = at + 1;
  }
  if (n !== count) return null;
  starts[count] = joined.length + 1;
  const cut = (index: number): string => joined.slice(starts[index], starts[index + 1]! - 1);
  const words = new Proxy(Array.prototype as unknown as Record<string | symbol, unknown>, {
    get: (proto, key, list: string[]) => {
      if (typeof key === "string") {
        const index = indexOf(key);
        if (index >= 0 && index < count) {
          const word = cut(index);
          Object.defineProperty(list, key, { value: word, writable: true, enumerable: true, configurable: true });
          return word;
        }
      }
      return Reflect.get(proto, key, list);
    },
  });
  const list = new Array<string>(count);
  Object.setPrototypeOf(list, words);
  return { list, wordAt: cut };
}

/** `key` as an array index, or -1. */
function indexOf(key: string): number {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const n = Number(key);
  return Number.isInteger(n) && String(n) === key ? n : -1;
}

/** Indexes of `list` in code-unit order of its words. */
function orderOf(list: readonly string[]): Uint32Array {
  const order = Uint32Array.from(list.keys());
  return order.sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
}

const words32 = (buf: Buffer, [offset, length]: readonly [number, number]): Uint32Array =>
  new Uint32Array(buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + length));

/** The model kept in `file` for the JSON at `source`, or null (no file, another model, damaged). */
export function readWinkCore(file: string | null, source: string): DecodedCore | null {
  if (file === null) return null;
  try {
    const buf = readFileSync(file);
    const nl = buf.indexOf(10);
    const header = JSON.parse(buf.toString("utf8", 0, nl)) as Header;
    const s = statSync(source);
    if (header.format !== FORMAT || header.size !== s.size || header.mtimeMs !== s.mtimeMs) return null;
    const { parts } = header;
    const text = (part: readonly [number, number]): string => buf.toString("utf8", part[0], part[0] + part[1]);
    const rest = JSON.parse(text(parts.rest)) as DecodedCore["rest"];
    const order = words32(buf, parts.order);
    const words = wordList(text(parts.list), order.length);
    if (words === null) return null;
    rest.features.lexeme.list = words.list;
    return { rest, lexicon: words32(buf, parts.lexicon), xpansions: words32(buf, parts.xpansions), lexemeHash: lexemeTable(words.wordAt, order, order.length) };
  } catch {
    return null;
  }
}

/** Keep the model read from the JSON at `source` (best effort: a folder that cannot be written is no error). */
export function keepWinkCore(file: string | null, source: string, raw: RawCore): void {
  const list = raw.features.lexeme.list;
  if (file === null || list.some((w) => w.includes(SEPARATOR))) return;
  try {
    const { lexicon, xpansions, ...rest } = raw;
    const restJson = JSON.stringify({ ...rest, features: { ...rest.features, lexeme: { ...rest.features.lexeme, list: [] } } });
    const order = orderOf(list);
    const chunks = [Buffer.from(restJson), Buffer.from(lexicon, "base64"), Buffer.from(xpansions, "base64"), Buffer.from(list.join(SEPARATOR)), Buffer.from(order.buffer)];
    const names = ["rest", "lexicon", "xpansions", "list", "order"] as const;
    const s = statSync(source);
    // The header's length moves every offset: lay the parts out after a header of fixed width.
    const width = 400;
    const parts: Record<string, [number, number]> = {};
    let at = width;
    chunks.forEach((c, i) => {
      parts[names[i]!] = [at, c.length];
      at += c.length + ((4 - (c.length % 4)) % 4);
    });
    const header = JSON.stringify({ format: FORMAT, size: s.size, mtimeMs: s.mtimeMs, parts });
    if (header.length >= width) return;
    const out = Buffer.alloc(at);
    out.write(`${header}\n`);
    chunks.forEach((c, i) => c.copy(out, parts[names[i]!]![0]));
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  } catch {
    // read-only install: read the JSON every time
  }
}
