/**
 * @module Bench datasets for story clustering: the UCI News Aggregator sample (headlines; STORY is
 * the gold story; the file's last row is cut and dropped) and WikiRef220 (articles; the gold topic
 * is the file-name prefix). Read from the bench-data folder, never copied.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { StoryDoc } from "../../src/stories/index.ts";

export interface LabelledDoc extends StoryDoc {
  readonly label: string;
}

export const UCI_FILE = "uci-news-aggregator-sample/uci-news-aggregator-first6367.csv";
export const WIKIREF_DIR = "wikiref220/WikiRef220";

/** RFC 4180 rows; a final row left inside an open quote (a cut file) is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (!quoted && (field || row.length)) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** UCI headlines in file order; rows with missing fields (the cut last row) are skipped. */
export function loadUci(dataDir: string): LabelledDoc[] | null {
  const path = join(dataDir, UCI_FILE);
  if (!existsSync(path)) return null;
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  if (!header) return [];
  const col = (name: string): number => header.indexOf(name);
  const [id, title, story, ts] = [col("ID"), col("TITLE"), col("STORY"), col("TIMESTAMP")];
  const out: LabelledDoc[] = [];
  for (const r of rows) {
    if (r.length !== header.length) continue;
    const time = Number(r[ts]);
    if (!r[title] || !r[story] || !Number.isFinite(time) || String(r[ts]).length < 13) continue;
    out.push({
      id: `uci${String(r[id]).padStart(6, "0")}`,
      title: r[title],
      text: "",
      published: new Date(time).toISOString(),
      label: r[story],
    });
  }
  return out;
}

/** The topic label of a WikiRef file name: "ParisAttacks2015 (3).txt" → "ParisAttacks2015", "premier.league.7.txt" → "premier.league". */
export function wikirefLabel(file: string): string {
  const base = file.replace(/\.txt$/i, "");
  return /\s*\(\d+\)$/.test(base) ? base.replace(/\s*\(\d+\)$/, "") : base.replace(/[._-]?\d+$/, "");
}

export function loadWikiref(dataDir: string): LabelledDoc[] | null {
  const dir = join(dataDir, WIKIREF_DIR);
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f, title: null, text: readFileSync(join(dir, f), "utf8"), published: null, label: wikirefLabel(f) }));
}
