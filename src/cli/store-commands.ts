/**
 * @module The store commands: `ingest`, `stories`, `report`, `search`, `serve`. Each accepts
 * `--data DIR` (PGlite folder, default ./.triangulate; DATABASE_URL selects a Postgres server
 * instead), `--pack FILE` (repeatable) and `--allow-private`. Commands set process.exitCode.
 */
import { Option, type Command } from "commander";
import { ingest } from "../ingest/index.ts";
import type { Store } from "../store/types.ts";
import { SNIPPET_START, SNIPPET_STOP } from "../server/ui-types.ts";
import { FORMATS, csvStdoutHint, formatFromPath, render, writeReport, type Format } from "./analyze.ts";
import { readableDates } from "../report/readable-dates.ts";
import { describeInputError, dim, green, red, warn, yellow } from "./io.ts";
import { OptionError } from "../errors.ts";
import { plural as count } from "../report/findings.ts";

// The store (Kysely, PGlite, pg) and the server (Hono) are imported inside the commands that use
// them, so `triangulate analyze` and `--help` never load them. Their defaults are repeated here for
// the help text; src/cli/defaults.test.ts checks they match store/open.ts and server/serve.ts.
export const DEFAULT_DATA_DIR = ".triangulate";
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

interface CommonOptions {
  data: string;
  pack: string[];
  allowPrivate?: boolean;
}

/** Where the commands print: stdout for results, stderr for messages (tests pass their own). */
export interface CommandIo {
  out(text: string): void;
  err(line: string): void;
}

const processIo: CommandIo = {
  out: (text) => void process.stdout.write(text),
  err: (line) => warn(line),
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function common(command: Command): Command {
  return command
    .option("--data <dir>", "data folder of the embedded database (ignored when DATABASE_URL is set)", DEFAULT_DATA_DIR)
    .option("--pack <file>", "extra knowledge pack (JSON); repeatable", collect, [])
    .option("--allow-private", "allow fetching URLs on private, loopback or link-local addresses");
}

/** Open the store; for a read command it must exist already (a mistyped --data DIR creates nothing). */
async function withStore<T>(opts: CommonOptions, fn: (store: Store) => Promise<T>, access: "read" | "write" = "read"): Promise<T> {
  const { openStore } = await import("../store/open.ts");
  const store = await openStore({ dataDir: opts.data, mustExist: access === "read" });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function positiveInt(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > max) throw new OptionError(`${name} must be an integer from 0 to ${max}, got "${value}"`);
    return n;
  };
}

/** Pads cells into aligned columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ");
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function registerStoreCommands(program: Command, io: CommandIo = processIo): void {
  const out = (text: string): void => io.out(text);
  const warn = (line: string): void => io.err(line);
  common(
    program
      .command("ingest")
      .description("add articles (files, folders, globs, URLs or - for stdin) to the store; stories are updated and re-analyzed")
      .argument("<inputs...>", "files, folders (recursive), globs, http(s) URLs, or - for stdin"),
  ).action(async (inputs: string[], opts: CommonOptions) => {
    const read = await ingest(inputs, opts.allowPrivate ? { allowPrivate: true } : {});
    for (const e of read.errors) warn(red(describeInputError(e)));
    const [{ ingestIntoStore }, { recordAlerts }] = await Promise.all([import("../store/library.ts"), import("../alerts/record.ts")]);
    await withStore(opts, async (store) => {
      // Alerts (see `watch`) are stored for every ingest, so /alerts and its feed tell what changed.
      const result = await ingestIntoStore(store, read.articles, { ...(opts.pack.length > 0 ? { extraPacks: opts.pack } : {}), onAnalysis: recordAlerts() });
      warn(green(`${result.added.length} added, ${count(result.duplicates.length, "duplicate")}, ${read.errors.length} failed`));
      for (const d of result.duplicates) warn(dim(`  duplicate: ${d.id} (same ${d.reason === "url" ? "URL" : "text"} as ${d.existingId})`));
      for (const s of result.stories) {
        warn(`  ${s.created ? "new story" : "updated"} ${s.id}: ${s.title} (${s.articles} article${s.articles === 1 ? "" : "s"}, +${s.added.length})`);
      }
      warn(dim(`store: ${store.backend === "postgres" ? "Postgres (DATABASE_URL)" : opts.data}`));
    }, "write");
    process.exitCode = read.errors.length > 0 ? 1 : 0;
  });

  common(program.command("stories").description("list the stored stories"))
    .option("--json", "print JSON instead of a table")
    .action(async (opts: CommonOptions & { json?: boolean }) => {
      await withStore(opts, async (store) => {
        const stories = await store.listStories();
        if (opts.json) {
          out(JSON.stringify(stories, null, 2) + "\n");
        } else if (stories.length === 0) {
          warn(yellow("no stories yet: add articles with `triangulate ingest PATHS`"));
        } else {
          const rows = stories.map((s) => [s.id, truncate(s.title, 60), String(s.articles), String(s.contested), String(s.singleSource)]);
          out(table(["ID", "TITLE", "ARTICLES", "CONTESTED", "SINGLE-SOURCE"], rows));
        }
      });
      process.exitCode = 0;
    });

  common(program.command("report").description("print or write a stored story's report").argument("<story>", "story id (see `triangulate stories`)"))
    .addOption(new Option("-f, --format <format>", "json, md, html or csv (facts; with --out FILE.csv also FILE-anomalies.csv) (default: md on a terminal, json otherwise)").choices(FORMATS))
    .option("-o, --out <file>", "write the report to this file")
    .action(async (storyId: string, opts: CommonOptions & { format?: Format; out?: string }) => {
      const code = await withStore(opts, async (store) => {
        const report = await store.getReport(storyId);
        if (report === null) {
          const exists = (await store.getStory(storyId)) !== null;
          warn(red(exists ? `story ${storyId} has not been analyzed yet` : `no story ${storyId}; \`triangulate stories\` lists them`));
          return 1;
        }
        const format = opts.format ?? formatFromPath(opts.out) ?? (process.stdout.isTTY ? "md" : "json");
        const texts = format === "html" ? await store.articleTexts(report.articles.map((a) => a.id)) : new Map<string, string>();
        if (opts.out) {
          const written = await writeReport(report, format, opts.out, texts);
          warn(green(`report written to ${written.join(" and ")}`));
        } else {
          csvStdoutHint(format);
          out(render(report, format, texts));
        }
        return 0;
      });
      process.exitCode = code;
    });

  common(program.command("search").description("full-text search over stored articles and facts").argument("<query>", "words, \"a phrase\", or, -word"))
    .option("--limit <n>", "hits per kind (default 20)", positiveInt("--limit", 200))
    .option("--json", "print JSON")
    .action(async (query: string, opts: CommonOptions & { limit?: number; json?: boolean }) => {
      await withStore(opts, async (store) => {
        const hits = await store.search(query, opts.limit === undefined ? {} : { limit: opts.limit });
        if (opts.json) {
          out(JSON.stringify(hits, null, 2).replaceAll(SNIPPET_START, "").replaceAll(SNIPPET_STOP, "") + "\n");
          return;
        }
        const mark = (s: string) => s.replaceAll(SNIPPET_START, "[").replaceAll(SNIPPET_STOP, "]").replace(/\s+/g, " ");
        const lines: string[] = [`${hits.articles.length} article${hits.articles.length === 1 ? "" : "s"}:`];
        for (const a of hits.articles) lines.push(`  ${a.id}  ${a.outlet}: ${a.title ?? "(untitled)"}  [story ${a.storyId ?? "-"}]`, `      ${mark(a.snippet)}`);
        lines.push(`${hits.facts.length} fact${hits.facts.length === 1 ? "" : "s"}:`);
        for (const f of hits.facts) lines.push(`  ${f.storyId}/${f.id}  ${f.verdict}: ${readableDates(f.statement)}`);
        out(lines.join("\n") + "\n");
      });
      process.exitCode = 0;
    });

  common(program.command("serve").description("serve the web UI and JSON API"))
    .option("--port <n>", `port (default ${DEFAULT_PORT})`, positiveInt("--port", 65535))
    .option("--host <host>", `address to listen on (default ${DEFAULT_HOST})`)
    .option("--token <token>", "bearer token required by write endpoints (default: env TRIANGULATE_TOKEN); without one, a server beyond loopback takes no writes")
    .option("--allow-host <name>", "a host name the server answers to (Host header), besides its loopback names; repeatable", collect, [])
    .option("--create", "start with an empty store when --data DIR holds none (without it, a missing store is an error: a mistyped --data DIR)")
    .action(async (opts: CommonOptions & { port?: number; host?: string; token?: string; allowHost: string[]; create?: boolean }) => {
      const [{ openStore }, { isLoopback, startServer }] = await Promise.all([import("../store/open.ts"), import("../server/serve.ts")]);
      const store = await openStore({ dataDir: opts.data, mustExist: opts.create !== true });
      const token = opts.token ?? process.env["TRIANGULATE_TOKEN"] ?? null;
      const host = opts.host ?? DEFAULT_HOST;
      let server;
      try {
        server = await startServer({ store, host, port: opts.port ?? DEFAULT_PORT, token, extraPacks: opts.pack, allowedHosts: opts.allowHost });
      } catch (err) {
        await store.close();
        const reason = err instanceof Error ? err.message : String(err);
        warn(red(`cannot listen on ${host}:${opts.port ?? DEFAULT_PORT}: ${reason}; pick another --port or --host`));
        process.exitCode = 1;
        return;
      }
      store.announce(server.url);
      warn(green(`Triangulate is serving ${store.backend === "postgres" ? "the Postgres store" : opts.data} at ${server.url}/`));
      warn(dim(`JSON API under ${server.url}/api, OpenAPI at ${server.url}/openapi.json; Ctrl-C stops`));
      if (token === null && !isLoopback(host)) warn(yellow("no --token: this server, reachable beyond loopback, takes no writes (POST /api/articles answers 403)"));
      const running = server;
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          warn(dim("stopping…"));
          void running.close().finally(() => store.close().finally(resolve));
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      process.exitCode = 0;
    });
}
