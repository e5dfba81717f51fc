/** @module The Microsoft Research Paraphrase Corpus (MSRP) reader: TSV with a header and a UTF-8 BOM. */
import { readFile } from "node:fs/promises";

export interface MsrpPair {
  readonly label: 0 | 1;
  readonly a: string;
  readonly b: string;
}

/** Parse one MSRP file (`Quality`, `#1 ID`, `#2 ID`, `#1 String`, `#2 String`); malformed rows are skipped. */
export function parseMsrp(text: string): MsrpPair[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const out: MsrpPair[] = [];
  for (const line of lines.slice(1)) {
    const cols = line.split("\t");
    if (cols.length < 5) continue;
    const [q, , , a, b] = cols as [string, string, string, string, string];
    if (q !== "0" && q !== "1") continue;
    out.push({ label: q === "1" ? 1 : 0, a, b });
  }
  return out;
}

export async function readMsrp(path: string): Promise<MsrpPair[]> {
  return parseMsrp(await readFile(path, "utf8"));
}
