/**
 * @module `triangulate analyze`: read inputs, cross-check them, write the report (JSON, Markdown
 * or self-contained HTML) to stdout, a file, or a folder holding all three.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { ingest } from "../ingest/index.ts";
import { renderHtml } from "../report/html.ts";
import { renderMarkdown } from "../report/markdown.ts";
import { anomaliesCsv, factsCsv } from "../report/csv.ts";
import type { Report } from "../report/types.ts";
import { OptionError } from "../errors.ts";
import type { InputError } from "../types.ts";
import { plural as count } from "../report/findings.ts";
import { describeInputError, dim, green, progress, red, warn } from "./io.ts";

export type Format = "json" | "md" | "html" | "csv";

/** Formats `--format` accepts. */
export const FORMATS: readonly Format[] = ["json", "md", "html", "csv"];

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
  /** Worker threads for the stories (see AnalyzeOptions.threads; default "auto"). */
  readonly threads?: number | "auto";
}

export function render(report: Report, format: Format, texts: ReadonlyMap<string, string>): string {
  switch (format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "md":
      return renderMarkdown(report);
    case "html":
      return renderHtml(report, { texts });
    case "csv":
      return factsCsv(report);
  }
}

/**
 * The files a report in `format` is written as at `path`: the report itself, and for CSV (facts)
 * the anomalies beside it ("facts.csv" → "facts-anomalies.csv").
 */
export function reportFiles(report: Report, format: Format, path: string, texts: ReadonlyMap<string, string>): [string, string][] {
  const files: [string, string][] = [[path, render(report, format, texts)]];
  if (format === "csv") files.push([anomaliesPath(path), anomaliesCsv(report)]);
  return files;
}

export function anomaliesPath(path: string): string {
  const ext = extname(path);
  return `${ext ? path.slice(0, -ext.length) : path}-anomalies${ext || ".csv"}`;
}

/** Write a report's files, creating folders; returns the paths written. */
export async function writeReport(report: Report, format: Format, path: string, texts: ReadonlyMap<string, string>): Promise<string[]> {
  const written: string[] = [];
  for (const [file, text] of reportFiles(report, format, path, texts)) {
    await writeOrFail(file, async () => {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    });
    written.push(file);
  }
  return written;
}

/** On a terminal, where the anomalies of a CSV printed to stdout can be had. */
export function csvStdoutHint(format: Format): void {
  if (format === "csv" && process.stderr.isTTY) warn(dim("(facts only: --out FILE.csv also writes FILE-anomalies.csv, --out-dir writes facts.csv and anomalies.csv)"));
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
  // The pipeline (extraction, knowledge packs, cross-checking) loads here, so `--help` and the
  // store commands that only read reports never load it.
  const { analyzeArticles } = await import("../pipeline.ts");
  const report = await analyzeArticles(ingested.articles, {
    errors: ingested.errors,
    ...(options.pack && options.pack.length > 0 ? { extraPacks: options.pack } : {}),
    ...(options.singleStory ? { singleStory: true } : {}),
    ...(options.explain ? { explain: true } : {}),
    threads: options.threads ?? "auto",
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
    for (const [name, csv] of [["facts.csv", factsCsv], ["anomalies.csv", anomaliesCsv]] as const) {
      const path = join(options.outDir, name);
      await writeOrFail(path, () => writeFile(path, csv(report)));
      written.push(path);
    }
    warn(green(`${summaryLine(report)}\nreports written to:\n${written.map((p) => `  ${p}`).join("\n")}`));
  } else {
    const format = options.format ?? formatFromPath(options.out) ?? (process.stdout.isTTY ? "md" : "json");
    if (options.out) {
      const written = await writeReport(report, format, options.out, texts);
      warn(green(`${summaryLine(report)}\nreport written to ${written.join(" and ")}`));
    } else {
      csvStdoutHint(format);
      process.stdout.write(render(report, format, texts));
    }
  }
  return ingested.errors.length > 0 ? 1 : 0;
}

/** File-system failures writing the report become one clear error, not a stack trace. */
export async function writeOrFail(path: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new OptionError(`could not write the report to ${path}: ${code} (${(err as Error).message}). Choose a writable path with --out or --out-dir.`, { cause: err });
  }
}

/** `--out report.html` without `--format` means HTML. */
export function formatFromPath(path: string | undefined): Format | null {
  const ext = path ? extname(path).toLowerCase() : "";
  return ext === ".json" ? "json" : ext === ".md" || ext === ".markdown" ? "md" : ext === ".html" || ext === ".htm" ? "html" : ext === ".csv" ? "csv" : null;
}

export function summaryLine(r: Report): string {
  const contested = r.facts.filter((f) => f.verdict === "contested").length;
  const corroborated = r.facts.filter((f) => f.verdict === "corroborated").length;
  return `${count(r.articles.length, "article")}, ${count(r.stories.length, "story", "stories")}, ${count(r.facts.length, "fact")} (${corroborated} corroborated, ${contested} contested), ${count(r.anomalies.length, "anomaly", "anomalies")}, ${count(r.errors.length, "input error")}`;
}

function describeError(e: InputError): string {
  return describeInputError(e);
}
