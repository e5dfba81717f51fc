/**
 * @module Run the product on one gold event, as a user would: its files through `ingest` and
 * `analyzeArticles` (what `triangulate analyze FOLDER` does). WikiRef220 files are Windows-1252,
 * which the product rejects as invalid UTF-8, so they are handed over as UTF-8 copies in a
 * temporary folder under their own names.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeArticles, ingest, type KnowledgeBase, type Report } from "../../src/index.ts";
import { decodeBenchFile, eventDir, type GoldEvent } from "./gold.ts";

export interface EventRun {
  readonly report: Report;
  readonly textOf: (articleId: string) => string | undefined;
  readonly ms: number;
}

export async function runEvent(gold: GoldEvent, dataDir: string, kb: KnowledgeBase): Promise<EventRun> {
  const dir = eventDir(dataDir, gold);
  let tmp: string | null = null;
  let paths: string[];
  if (gold.corpus === "ecbplus-dev") paths = [dir];
  else {
    tmp = mkdtempSync(join(tmpdir(), "triangulate-verdicts-"));
    const t = tmp;
    paths = gold.files.map((file) => {
      const out = join(t, file);
      writeFileSync(out, decodeBenchFile(readFileSync(join(dir, file))).text);
      return out;
    });
  }
  try {
    const started = performance.now();
    const { articles, errors } = await ingest(paths);
    const report = await analyzeArticles(articles, { kb, errors, generatedAt: "2000-01-01T00:00:00Z" });
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    return { report, textOf: (id) => texts.get(id), ms: performance.now() - started };
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
