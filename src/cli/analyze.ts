/**
 * @module `triangulate analyze`: read inputs, cross-check them, write the report (JSON, Markdown
 * or self-contained HTML) to stdout, a file, or a folder holding all three.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ingest } from "../ingest/index.ts";
import { analyzeArticles } from "../pipeline.ts";
import { renderHtml } from "../report/html.ts";
import { renderMarkdown } from "../report/markdown.ts";
import type { Report } from "../report/types.ts";
import type { InputError } from "../types.ts";
import { dim, green, progress, red, warn } from "./io.ts";

export type Format = "json" | "md" | "html";

export interface AnalyzeCommandOptions {
  readonly format?: Format;
  readonly out?: string;
  readonly outDir?: string;
  readonly pack?: readonly string[];
  readonly maxBytes?: number;
  readonly allowPrivate?: boolean;
  readonly singleStory?: boolean;
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
    ...(ingested.articles.length > 20 ? { onProgress: progress("cross-checking stories") } : {}),
  });
  const texts = new Map(ingested.articles.map((a) => [a.id, a.text]));
  if (options.outDir) {
    await mkdir(options.outDir, { recursive: true });
    const written: string[] = [];
    for (const f of ["json", "md", "html"] as const) {
      const path = join(options.outDir, `report.${f}`);
      await writeFile(path, render(report, f, texts));
      written.push(path);
    }
    warn(green(`${summaryLine(report)}\nreports written to:\n${written.map((p) => `  ${p}`).join("\n")}`));
  } else {
    const format = options.format ?? (process.stdout.isTTY ? "md" : "json");
    const text = render(report, format, texts);
    if (options.out) {
      await mkdir(dirname(options.out), { recursive: true });
      await writeFile(options.out, text);
      warn(green(`${summaryLine(report)}\nreport written to ${options.out}`));
    } else {
      process.stdout.write(text);
    }
  }
  return ingested.errors.length > 0 ? 1 : 0;
}

function summaryLine(r: Report): string {
  const contested = r.facts.filter((f) => f.verdict === "contested").length;
  const corroborated = r.facts.filter((f) => f.verdict === "corroborated").length;
  return `${r.articles.length} articles, ${r.stories.length} stor${r.stories.length === 1 ? "y" : "ies"}, ${r.facts.length} facts (${corroborated} corroborated, ${contested} contested), ${r.anomalies.length} anomalies, ${r.errors.length} input errors`;
}

function describeError(e: InputError): string {
  return e.message.startsWith(e.origin) ? `error: ${e.message}` : `error: ${e.origin}: ${e.message}`;
}
