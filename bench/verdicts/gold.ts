/**
 * @module Gold facts for the verdict benchmark: the file format (bench/verdicts/LABELLING.md),
 * loading and validation, reading an event's article text from the bench data, and the anchor
 * matching rule shared by scoring and by the agreement between labelling passes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const Anchors = z.record(z.string(), z.string().min(1));

const GoldFact = z.object({
  id: z.string(),
  subject: z.string(),
  slot: z.string(),
  type: z.string(),
  value: z.string(),
  statedBy: Anchors,
  /** Independent origins when fewer than the files: all relay one upstream report (a wire, one outlet's interview). */
  origins: z.number().int().min(1).optional(),
  note: z.string().optional(),
});

const GoldValue = z.object({ value: z.string(), statedBy: Anchors });

const GoldDisagreement = z.object({
  id: z.string(),
  subject: z.string(),
  slot: z.string(),
  kind: z.enum(["conflict", "update"]),
  values: z.array(GoldValue).min(2),
  note: z.string().optional(),
});

const GoldName = z.object({
  entity: z.string(),
  type: z.string(),
  kind: z.enum(["variant", "garble"]),
  spellings: z.record(z.string(), z.array(z.string()).min(1)),
  note: z.string().optional(),
});

export const GoldEvent = z.object({
  event: z.string(),
  corpus: z.enum(["ecbplus-dev", "wikiref220"]),
  folder: z.string(),
  files: z.array(z.string()).min(4),
  split: z.enum(["tune", "heldout"]),
  summary: z.string(),
  labeller: z.string(),
  settled: z.string().optional(),
  copies: z.array(z.array(z.string()).min(2)).default([]),
  facts: z.array(GoldFact),
  disagreements: z.array(GoldDisagreement).default([]),
  names: z.array(GoldName).default([]),
  junk: z.record(z.string(), z.array(z.string())).default({}),
});
export type GoldEvent = z.infer<typeof GoldEvent>;
export type GoldFact = z.infer<typeof GoldFact>;
export type GoldDisagreement = z.infer<typeof GoldDisagreement>;

/** Lower case, one kind of quote and dash, single spaces: what anchor matching ignores. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

function words(text: string): string[] {
  return normalizeForMatch(text)
    .split(/[^\p{L}\p{N}$%.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ""))
    .filter((w) => w.length > 0);
}

/**
 * Does a quote support an anchor? It contains the anchor, the anchor contains it (a clause of
 * at least 12 characters), or at least 60 % of the anchor's words (and three or more) appear in
 * the quote as one run of consecutive words.
 */
export function quoteMatchesAnchor(quote: string, anchor: string): boolean {
  const q = normalizeForMatch(quote);
  const a = normalizeForMatch(anchor);
  if (q.length === 0 || a.length === 0) return false;
  if (q.includes(a) || (q.length >= 12 && a.includes(q))) return true;
  const aw = words(anchor);
  const qw = words(quote);
  if (aw.length === 0) return false;
  // longest common run of consecutive words
  let best = 0;
  for (let i = 0; i < aw.length; i++) {
    for (let j = 0; j < qw.length; j++) {
      let k = 0;
      while (i + k < aw.length && j + k < qw.length && aw[i + k] === qw[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best >= Math.max(3, Math.ceil(aw.length * 0.6));
}

// Windows-1252's 0x80–0x9F (Node 20's TextDecoder("windows-1252") decodes them as Latin-1 C1 controls).
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** The bytes of a bench file as text: UTF-8, or Windows-1252 where it is not valid UTF-8. */
export function decodeBenchFile(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    let text = "";
    for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    return { text, encoding: "windows-1252" };
  }
}

export function eventDir(dataDir: string, gold: GoldEvent): string {
  return join(dataDir, gold.folder);
}

/** Every gold file of a folder, parsed and sorted by event name; throws naming the bad file. */
export function loadGoldDir(dir: string): GoldEvent[] {
  if (!existsSync(dir)) return [];
  const out: GoldEvent[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const raw: unknown = JSON.parse(readFileSync(join(dir, name), "utf8"));
    const parsed = GoldEvent.safeParse(raw);
    if (!parsed.success) throw new Error(`${join(dir, name)}: ${z.prettifyError(parsed.error)}`);
    out.push(parsed.data);
  }
  return out;
}

/** Every anchor of an event with where it belongs, for validation and reports. */
export function anchorsOf(gold: GoldEvent): { where: string; file: string; anchor: string }[] {
  const out: { where: string; file: string; anchor: string }[] = [];
  for (const f of gold.facts) for (const [file, anchor] of Object.entries(f.statedBy)) out.push({ where: f.id, file, anchor });
  for (const d of gold.disagreements)
    for (const v of d.values) for (const [file, anchor] of Object.entries(v.statedBy)) out.push({ where: `${d.id}=${v.value}`, file, anchor });
  for (const [file, list] of Object.entries(gold.junk)) for (const anchor of list) out.push({ where: "junk", file, anchor });
  return out;
}

/** Problems of one gold event against the bench data: unknown files, anchors not in their article. */
export function validateGold(gold: GoldEvent, dataDir: string): string[] {
  const problems: string[] = [];
  const dir = eventDir(dataDir, gold);
  const texts = new Map<string, string>();
  for (const file of gold.files) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push(`${gold.event}: file ${file} not found in ${dir}`);
      continue;
    }
    texts.set(file, normalizeForMatch(decodeBenchFile(readFileSync(path)).text));
  }
  const ids = new Set<string>();
  for (const item of [...gold.facts, ...gold.disagreements]) {
    if (ids.has(item.id)) problems.push(`${gold.event}: duplicate id ${item.id}`);
    ids.add(item.id);
  }
  for (const { where, file, anchor } of anchorsOf(gold)) {
    const text = texts.get(file);
    if (text === undefined) {
      problems.push(`${gold.event} ${where}: file ${file} is not one of the event's files`);
      continue;
    }
    if (!text.includes(normalizeForMatch(anchor))) problems.push(`${gold.event} ${where}: anchor not found in ${file}: "${anchor}"`);
    const n = anchor.trim().split(/\s+/).length;
    if (where !== "junk" && (n < 2 || n > 16)) problems.push(`${gold.event} ${where}: anchor in ${file} has ${n} words (3–12 wanted): "${anchor}"`);
  }
  for (const group of gold.copies) for (const file of group) if (!texts.has(file)) problems.push(`${gold.event}: copies name unknown file ${file}`);
  for (const name of gold.names)
    for (const [spelling, files] of Object.entries(name.spellings))
      for (const file of files) {
        const text = texts.get(file);
        if (text === undefined) problems.push(`${gold.event} names ${name.entity}: unknown file ${file}`);
        else if (!text.includes(normalizeForMatch(spelling))) problems.push(`${gold.event} names ${name.entity}: "${spelling}" not in ${file}`);
      }
  return problems;
}
