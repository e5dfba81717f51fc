/**
 * @module `triangulate analyze`: read inputs, cross-check them, write the report (JSON, Markdown
 * or self-contained HTML) to stdout, a file, or a folder holding all three.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { ingest } from "../ingest/index.ts";
import { analyzeArticles } from "../pipeline.ts";
import { renderHtml } from "../report/html.ts";
import { renderMarkdown } from "../report/markdown.ts";
import type { Report } from "../report/types.ts";
import { OptionError } from "../errors.ts";
import type { InputError } from "../types.ts";
import { describeInputError, dim, green, progress, red, warn } from "./io.ts";

export type Format = "json" | "md" | "html";

export interface AnalyzeCommandOptions {
  readonly format?: Format;
  readonly out?: string;
  readonly outDir?: string;
  readonly pack?: readonly string[];
  readonly maxBytes?: number;
  readonly allowPrivate?: boolean;
  readonly singleStory?: boolean;
  /** Keep the rules' trace: why each fact is contested, which numbers were left out and by which rule. */
  readonly explain?: boolean;
}

export function render(report: Report, format: Format, texts: ReadonlyMap<string, string>): string {
  switch (format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "md":
      return renderMarkdown(report);
    case "html":
      return renderHtml(report, { texts });
  }
}

/** Runs the command; returns the exit code (0 all inputs analyzed, 1 some failed). */
export async function runAnalyze(inputs: readonly string[], options: AnalyzeCommandOptions): Promise<number> {
  const many = inputs.length > 20;
  if (many) warn(dim(`reading ${inputs.length} inputs…`));
  const ingested = await ingest(inputs, {
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.allowPrivate ? { allowPrivate: true } : {}),
  });
  for (const e of ingested.errors) warn(red(describeError(e)));
  const report = await analyzeArticles(ingested.articles, {
    errors: ingested.errors,
    ...(options.pack && options.pack.length > 0 ? { extraPacks: options.pack } : {}),
    ...(options.singleStory ? { singleStory: true } : {}),
    ...(options.explain ? { explain: true } : {}),
    ...(ingested.articles.length > 20 ? { onProgress: progress("cross-checking stories") } : {}),
  });
  const texts = new Map(ingested.articles.map((a) => [a.id, a.text]));
  if (options.outDir) {
    await writeOrFail(options.outDir, () => mkdir(options.outDir ?? ".", { recursive: true }));
    const written: string[] = [];
    for (const f of ["json", "md", "html"] as const) {
      const path = join(options.outDir, `report.${f}`);
      await writeOrFail(path, () => writeFile(path, render(report, f, texts)));
      written.push(path);
    }
    warn(green(`${summaryLine(report)}\nreports written to:\n${written.map((p) => `  ${p}`).join("\n")}`));
  } else {
    const format = options.format ?? formatFromPath(options.out) ?? (process.stdout.isTTY ? "md" : "json");
    const text = render(report, format, texts);
    if (options.out) {
      const out = options.out;
      await writeOrFail(out, async () => {
        await mkdir(dirname(out), { recursive: true });
        await writeFile(out, text);
      });
      warn(green(`${summaryLine(report)}\nreport written to ${options.out}`));
    } else {
      process.stdout.write(text);
    }
  }
  return ingested.errors.length > 0 ? 1 : 0;
}

/** File-system failures writing the report become one clear error, not a stack trace. */
async function writeOrFail(path: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new OptionError(`could not write the report to ${path}: ${code} (${(err as Error).message}). Choose a writable path with --out or --out-dir.`, { cause: err });
  }
}

/** `--out report.html` without `--format` means HTML. */
function formatFromPath(path: string | undefined): Format | null {
  const ext = path ? extname(path).toLowerCase() : "";
  return ext === ".json" ? "json" : ext === ".md" || ext === ".markdown" ? "md" : ext === ".html" || ext === ".htm" ? "html" : null;
}

function summaryLine(r: Report): string {
  const contested = r.facts.filter((f) => f.verdict === "contested").length;
  const corroborated = r.facts.filter((f) => f.verdict === "corroborated").length;
  return `${r.articles.length} articles, ${r.stories.length} stor${r.stories.length === 1 ? "y" : "ies"}, ${r.facts.length} facts (${corroborated} corroborated, ${contested} contested), ${r.anomalies.length} anomalies, ${r.errors.length} input errors`;
}

function describeError(e: InputError): string {
  return describeInputError(e);
}
