#!/usr/bin/env node
/**
 * @module The `triangulate` command line: analyze (one-shot, no database) plus the store commands
 * (ingest, stories, report, search, serve) and the watch commands (watch, worker). Exit codes: 0 ok, 1 some inputs failed, 2 usage error.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { TriangulateError } from "../errors.ts";
import { FORMATS, runAnalyze, type Format } from "./analyze.ts";
import { red, warn } from "./io.ts";
import { registerStoreCommands } from "./store-commands.ts";
import { registerWatchCommands } from "./watch-commands.ts";
import { useWordVectors } from "../knowledge/vectors.ts";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

const threads = (value: string): number | "auto" => {
  if (value === "auto") return "auto";
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError(`expected "auto" or a whole number from 1 to 64, got "${value}"`);
  return n;
};
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
const bytes = (value: string): number => {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`expected a size such as 10MB or 500kb, got "${value}"`);
  const unit = (m[2] ?? "b").toLowerCase();
  const mult = unit.startsWith("g") ? 1024 ** 3 : unit.startsWith("m") ? 1024 ** 2 : unit.startsWith("k") ? 1024 : 1;
  return Math.floor(Number(m[1]) * mult);
};

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("triangulate")
    .description("Cross-check many articles about one event: what sources agree on, where they differ, who copies whom, what looks garbled.")
    .version(pkg.version)
    .showHelpAfterError()
    .exitOverride()
    .option("--no-embeddings", "do not use word vectors (run on exact and morphological word matching alone; also TRIANGULATE_NO_EMBEDDINGS=1)")
    .hook("preAction", (cmd) => {
      if (cmd.opts<{ embeddings?: boolean }>().embeddings === false) useWordVectors(null);
    });
  program
    .command("analyze")
    .description("analyze files, folders, globs, URLs or - (stdin) and write a cross-source report")
    .argument("<inputs...>", "files, folders (recursive), globs, http(s) URLs, or - for stdin")
    .addOption(new Option("-f, --format <format>", "report format: json, md, html, or csv (facts; with --out FILE.csv also FILE-anomalies.csv) (default: md on a terminal, json otherwise)").choices(FORMATS))
    .option("-o, --out <file>", "write the report to this file instead of stdout (format from its extension)")
    .option("--out-dir <dir>", "write report.json, report.md, report.html, facts.csv and anomalies.csv into this folder")
    .option("--pack <file>", "extra knowledge pack (JSON); repeatable", collect, [])
    .option("--max-bytes <size>", "skip inputs larger than this (default 10MB)", bytes)
    .option("--allow-private", "allow fetching URLs on private, loopback or link-local addresses")
    .option("--single-story", "treat all inputs as one story instead of clustering them")
    .option("--explain", "say why: for each contested fact the accounts compared and the rule, for each number left out the rule that dropped it (Markdown section, JSON `trace`)")
    .option("--threads <n>", "worker threads for the stories: a number, or auto (one per core for 100 articles or more); the report is the same", threads, "auto")
    .action(async (inputs: string[], opts: { format?: Format; out?: string; outDir?: string; pack: string[]; maxBytes?: number; allowPrivate?: boolean; singleStory?: boolean; explain?: boolean; threads: number | "auto" }) => {
      process.exitCode = await runAnalyze(inputs, {
        pack: opts.pack,
        ...(opts.format ? { format: opts.format } : {}),
        ...(opts.out ? { out: opts.out } : {}),
        ...(opts.outDir ? { outDir: opts.outDir } : {}),
        ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
        ...(opts.allowPrivate ? { allowPrivate: true } : {}),
        ...(opts.singleStory ? { singleStory: true } : {}),
        ...(opts.explain ? { explain: true } : {}),
        threads: opts.threads,
      });
    });
  registerStoreCommands(program);
  registerWatchCommands(program);
  return program;
}

/** A reader that stops reading (`triangulate report … | head`) is no error: stop writing and exit quietly. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  quietOnClosedPipe(process.stdout);
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof TriangulateError) {
      warn(red(`triangulate: ${err.message}`));
      process.exitCode = err.code === "BAD_OPTION" || err.code === "PACK_INVALID" || err.code === "PACK_NOT_FOUND" ? 2 : 1;
      return;
    }
    throw err;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) await main(process.argv);
