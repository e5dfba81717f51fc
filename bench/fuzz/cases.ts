/**
 * @module Fuzz cases: hostile inputs in the families that once broke a batch or took minutes
 * (deep markup and JSON, endless tokens, repeated dates, stray asterisks, entity floods, huge
 * feeds, XML bombs, bad encodings, NULs, control characters, mismatched extensions) and random
 * mutations of the project's own good files (byte flips, cuts, repeats, splices). Deterministic:
 * the same seed gives the same cases.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../data.ts";
import { seededStream } from "../../src/reuse/hash.ts";

export interface FuzzCase {
  readonly name: string;
  /** File name to write it under (its extension picks the reader). */
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** A seeded PRNG in [0, 1), from the reuse stage's mulberry32 stream. */
export function rng(seed: number): () => number {
  const next = seededStream(seed);
  return () => next() / 4294967296;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The project's own good input files (the bundled example and the reader fixtures). */
export function goodFiles(): { file: string; bytes: Uint8Array }[] {
  const dirs = [join(repoRoot, "examples", "summit-story"), join(repoRoot, "src", "ingest", "fixtures")];
  const out: { file: string; bytes: Uint8Array }[] = [];
  for (const dir of dirs)
    for (const f of readdirSync(dir).sort()) {
      if (f === "pack.json" || f === "README.md") continue;
      try {
        out.push({ file: f, bytes: new Uint8Array(readFileSync(join(dir, f))) });
      } catch {
        // a sub-folder: not a file
      }
    }
  return out;
}

/** The structural families, at a size scale (1 for CI, larger for the bench). */
export function familyCases(scale: number): FuzzCase[] {
  const n = (x: number): number => Math.max(1, Math.round(x * scale));
  const cases: FuzzCase[] = [
    { name: "plain text in .html", file: "plain.html", bytes: enc("Heavy rain closed the port on Tuesday.\nFerries were cancelled.") },
    { name: "html nested deep", file: "deep.html", bytes: enc(`<html><body>${"<div>".repeat(n(3000))}deep${"</div>".repeat(n(3000))}</body></html>`) },
    { name: "html unclosed deep", file: "unclosed.html", bytes: enc(`<html><body>${"<span>".repeat(n(3000))}text`) },
    { name: "json nested deep", file: "deep.json", bytes: enc(`{"title":"t","body":"Some text here.","x":${"[".repeat(n(10000))}${"]".repeat(n(10000))}}`) },
    { name: "json deep unterminated", file: "deep2.json", bytes: enc(`{"body":${"{\"a\":".repeat(n(5000))}`) },
    { name: "one endless token", file: "token.txt", bytes: enc(`Title\n\n${"a".repeat(n(80_000))} end.`) },
    { name: "hyphen chain", file: "hyphen.txt", bytes: enc(`Title\n\n${"a-".repeat(n(25_000))}a.`) },
    { name: "repeated dates", file: "dates.txt", bytes: enc(`Title\n\n${"5 May ".repeat(n(5_000))}`) },
    { name: "stray asterisks", file: "stars.md", bytes: enc(`# T\n\n${" *x".repeat(n(20_000))}`) },
    { name: "entity flood", file: "amp.html", bytes: enc(`<html><body><p>${"&amp;".repeat(n(100_000))}</p></body></html>`) },
    { name: "big feed", file: "feed.xml", bytes: enc(`<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>${Array.from({ length: n(300) }, (_, i) => `<item><title>t${i}</title><description>Item ${i} says the port reopened.</description></item>`).join("")}</channel></rss>`) },
    { name: "billion laughs", file: "lol.xml", bytes: enc(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><item><description>&lol3;</description></item></channel></rss>`) },
    { name: "xxe", file: "xxe.xml", bytes: enc(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><description>&x;</description></item></channel></rss>`) },
    { name: "yaml tag", file: "tag.md", bytes: enc(`---\ntitle: !!js/function "function(){return 1}"\n---\nBody text of the article.`) },
    { name: "yaml broken", file: "broken.md", bytes: enc(`---\ntitle: [unclosed\n---\nBody text.`) },
    { name: "empty", file: "empty.txt", bytes: new Uint8Array(0) },
    { name: "whitespace only", file: "blank.txt", bytes: enc(" \n\t\n   ") },
    { name: "binary", file: "bin.txt", bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256) },
    { name: "NUL after 8 KiB", file: "nul.txt", bytes: enc(`Title\n\n${"Words of text. ".repeat(700)}\u0000tail`) },
    { name: "invalid utf-8", file: "bad.txt", bytes: Uint8Array.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x2e]) },
    { name: "utf-16 BOM", file: "u16.txt", bytes: Uint8Array.from([0xff, 0xfe, 0x54, 0x00, 0x69, 0x00, 0x0a, 0x00]) },
    { name: "control characters", file: "ctrl.txt", bytes: enc(`Title\u001b[31m\n\n${"Text \u0007\u0008 with \u001b[2J controls. ".repeat(n(200))}`) },
    { name: "zero-width and bidi", file: "zw.txt", bytes: enc(`Title\n\n${"Port\u200b re\u202eopened\u2066 today. ".repeat(n(500))}`) },
    { name: "one huge line", file: "line.txt", bytes: enc(`Title\n\n${"The port reopened on Tuesday, officials said, ".repeat(n(20_000))}`) },
    { name: "CR-only newlines", file: "cr.txt", bytes: enc(`Title\r\r${"A sentence here.\r".repeat(n(2_000))}`) },
    { name: "json wrong types", file: "types.json", bytes: enc(`[{"title":5,"body":{"a":1}},{"text":["x"]},null,7,"s"]`) },
    { name: "jsonl broken lines", file: "broken.jsonl", bytes: enc(`{"title":"a","body":"Good text here."}\n{broken\n\n{"body":null}\n`) },
    { name: "atom empty entries", file: "empty.atom", bytes: enc(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>${"<entry></entry>".repeat(n(500))}</feed>`) },
    { name: "markdown nested lists", file: "lists.md", bytes: enc(`# T\n\n${Array.from({ length: n(2_000) }, (_, i) => `${"  ".repeat(i % 200)}- item ${i}`).join("\n")}`) },
    { name: "markdown link flood", file: "links.md", bytes: enc(`# T\n\n${"[a](".repeat(n(20_000))}`) },
    { name: "html script flood", file: "scripts.html", bytes: enc(`<html><body>${"<script>alert(1)</script>".repeat(n(10_000))}<p>Real text of the page here.</p></body></html>`) },
    { name: "html attribute flood", file: "attrs.html", bytes: enc(`<html><body><p ${Array.from({ length: n(20_000) }, (_, i) => `a${i}="x"`).join(" ")}>Text here.</p></body></html>`) },
    { name: "numbers flood", file: "numbers.txt", bytes: enc(`Title\n\n${Array.from({ length: n(20_000) }, (_, i) => `${i} people`).join(", ")}.`) },
    { name: "names flood", file: "names.txt", bytes: enc(`Title\n\n${Array.from({ length: n(10_000) }, (_, i) => `Anna Varga${i} Holmgard`).join(" and ")}.`) },
    { name: "wrong extension json as txt", file: "records.txt", bytes: enc(`[{"title":"t","body":"The port reopened."}]`) },
    { name: "wrong extension html as json", file: "page.json", bytes: enc(`<html><body><p>Text</p></body></html>`) },
    { name: "unsupported extension", file: "doc.pdf", bytes: enc("%PDF-1.4 binary") },
  ];
  return cases;
}

/** Random mutations of the good files. */
export function mutationCases(count: number, seed: number): FuzzCase[] {
  const good = goodFiles();
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const specials = ["<", ">", "&", "\"", "'", "{", "}", "[", "]", "\u0000", "\uFFFD", "\u202E", "---\n", "<!--", "]]>", "\\", "\n\n", "&#x0;", "\uD800"];
  const out: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    const base = pick(good);
    let b = Array.from(base.bytes);
    const kind = Math.floor(r() * 6);
    const at = Math.floor(r() * Math.max(1, b.length));
    if (kind === 0) for (let k = 0; k < 1 + Math.floor(r() * 20); k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    else if (kind === 1) b = b.slice(0, at);
    else if (kind === 2) {
      const len = Math.floor(r() * 200);
      const slice = b.slice(at, at + len);
      const times = 1 + Math.floor(r() * 200);
      b = [...b.slice(0, at), ...Array.from({ length: times }, () => slice).flat(), ...b.slice(at)];
    } else if (kind === 3) {
      const other = pick(good).bytes;
      const cut = Math.floor(r() * other.length);
      b = [...b.slice(0, at), ...Array.from(other.slice(cut))];
    } else if (kind === 4) {
      const s = Array.from(enc(pick(specials).repeat(1 + Math.floor(r() * 50))));
      b = [...b.slice(0, at), ...s, ...b.slice(at)];
    } else b = b.filter(() => r() > 0.1);
    const ext = r() < 0.15 ? pick([".txt", ".md", ".html", ".json", ".jsonl", ".xml", ".atom"]) : base.file.slice(base.file.lastIndexOf("."));
    out.push({ name: `mutation ${i} (${["flip", "cut", "repeat", "splice", "special", "drop"][kind]} of ${base.file})`, file: `m${i}${ext}`, bytes: Uint8Array.from(b) });
  }
  return out;
}

/** All cases: the families, then mutations up to `total`. */
export function fuzzCases(total: number, options: { readonly scale?: number; readonly seed?: number } = {}): FuzzCase[] {
  const families = familyCases(options.scale ?? 1);
  return [...families, ...mutationCases(Math.max(0, total - families.length), options.seed ?? 1)];
}
