/**
 * @module The `watch` and `worker` commands. `watch SOURCES…` follows feeds, sitemaps, folders and
 * list files, ingests what is new, stores alerts and delivers them to webhooks; with DATABASE_URL
 * its rounds queue jobs that `worker` processes (any number, on any machine sharing the database).
 */
import type { Command } from "commander";
import { OptionError } from "../errors.ts";
import type { Store } from "../store/types.ts";
import { DEFAULT_DATA_DIR, type CommandIo } from "./store-commands.ts";
import { describeInputError, dim, green, red, warn, yellow } from "./io.ts";
import { parseInterval } from "../watch/sources.ts";
import type { RoundResult } from "../watch/watch.ts";
import type { JobQueue } from "../watch/queue.ts";

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function integer(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new OptionError(`${name} must be an integer from ${min} to ${max}, got "${value}"`);
    return n;
  };
}

function interval(value: string): number {
  const ms = parseInterval(value);
  if (ms === null) throw new OptionError(`--every must be a duration of at least 1 s such as 30s, 10m, 2h or 1d, got "${value}"`);
  return ms;
}

function webhookUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OptionError(`--webhook must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OptionError(`--webhook must be an http(s) URL, got "${value}"`);
  return url.href;
}

interface WatchCliOptions {
  data: string;
  pack: string[];
  allowPrivate?: boolean;
  every?: number;
  once?: boolean;
  webhook: string[];
  webhookSecret?: string;
  minArticles?: number;
  hostDelay?: number;
  maxPages?: number;
  workers?: number;
  userAgent?: string;
}

/** Postgres connections for `n` jobs of each queue at once: a lock and a query connection per job, and some to spare. */
const poolFor = (n: number): number => Math.max(10, 4 * n + 4);

const processIo: CommandIo = { out: (text) => void process.stdout.write(text), err: (line) => warn(line) };

/** Stops on SIGINT/SIGTERM: resolves the returned controller's signal. */
function stopSignal(say: (line: string) => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const stop = () => {
    say(dim("stopping after this round…"));
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return { signal: controller.signal, dispose: () => (process.off("SIGINT", stop), process.off("SIGTERM", stop), undefined) };
}

export function registerWatchCommands(program: Command, io: CommandIo = processIo): void {
  const say = (line: string): void => io.err(line);
  program
    .command("watch")
    .description("follow feeds, sitemaps, folders and list files; ingest new articles, update stories, store and deliver alerts")
    .argument("<sources...>", "RSS/Atom feed or sitemap URLs, folders (new files), feed files (.xml/.rss/.atom), or list files (one source per line)")
    .option("--data <dir>", "data folder of the embedded database (ignored when DATABASE_URL is set)", DEFAULT_DATA_DIR)
    .option("--pack <file>", "extra knowledge pack (JSON); repeatable", collect, [])
    .option("--allow-private", "allow fetching URLs on private, loopback or link-local addresses")
    .option("--every <duration>", "pause between rounds, e.g. 30s, 10m, 2h (default 10m)", interval)
    .option("--once", "do one round and exit (cron, tests)")
    .option("--webhook <url>", "POST each new alert as JSON to this URL (retried with backoff); repeatable", collect, [])
    .option("--webhook-secret <secret>", "sign webhook bodies: X-Triangulate-Signature: sha256=HMAC (default: env TRIANGULATE_WEBHOOK_SECRET)")
    .option("--min-articles <n>", "alert when a story reaches this many articles (default 3; 0: never)", integer("--min-articles", 0, 1_000_000))
    .option("--host-delay <ms>", "pause between two requests to one host in ms (default 1000; robots.txt Crawl-delay wins when longer)", integer("--host-delay", 0, 600_000))
    .option("--max-pages <n>", "pages fetched from one sitemap per round (default 50)", integer("--max-pages", 1, 10_000))
    .option("--workers <n>", "with DATABASE_URL: jobs this process works on besides queueing them (default 1; 0: only queue)", integer("--workers", 0, 64))
    .option("--user-agent <ua>", "User-Agent sent with every request (default: Triangulate/0.1 …)")
    .action(async (specs: string[], opts: WatchCliOptions) => {
      for (const url of opts.webhook) webhookUrl(url);
      const { resolveSources } = await import("../watch/sources.ts");
      const { sources, errors } = await resolveSources(specs);
      for (const e of errors) say(red(describeInputError(e)));
      if (sources.length === 0) {
        say(red("nothing to watch: give feed or sitemap URLs, folders, feed files or a list file"));
        process.exitCode = 2;
        return;
      }
      const { openStore } = await import("../store/open.ts");
      // On Postgres a job may hold a connection for its lock (a host, a story) while it queries on another.
      const store = await openStore({ dataDir: opts.data, poolSize: poolFor(opts.workers ?? 1) });
      const secret = opts.webhookSecret ?? process.env["TRIANGULATE_WEBHOOK_SECRET"] ?? null;
      const stop = opts.once ? null : stopSignal(say);
      let queue: JobQueue | undefined;
      let failedRound = false;
      try {
        if (store.backend === "postgres") {
          const { openQueue } = await import("../watch/queue.ts");
          queue = await openQueue({ databaseUrl: process.env["DATABASE_URL"] ?? "", pollingIntervalSeconds: 1, log: (l) => say(yellow(l)) });
        }
        const { Watcher } = await import("../watch/watch.ts");
        const watcher = new Watcher(store, {
          sources,
          ...(opts.every === undefined ? {} : { everyMs: opts.every }),
          once: opts.once === true,
          webhooks: opts.webhook.map((url) => ({ url: webhookUrl(url), secret })),
          polite: {
            ...(opts.allowPrivate ? { allowPrivate: true } : {}),
            ...(opts.hostDelay === undefined ? {} : { hostDelayMs: opts.hostDelay }),
            ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
          },
          collect: { ...(opts.maxPages === undefined ? {} : { maxPages: opts.maxPages }), ...(opts.once ? { ignoreBackoff: true } : {}) },
          ...(opts.pack.length > 0 ? { extraPacks: opts.pack } : {}),
          ...(opts.minArticles === undefined ? {} : { diff: { minStoryArticles: opts.minArticles } }),
          ...(queue === undefined ? {} : { queue }),
          ...(stop === null ? {} : { signal: stop.signal }),
          log: (line) => say(dim(line)),
        });
        if (queue !== undefined && (opts.workers ?? 1) > 0) {
          const { startWorker } = await import("../watch/queue.ts");
          await startWorker(queue, watcher.deps, { concurrency: opts.workers ?? 1, pollingIntervalSeconds: 1, collector: watcher.collector, log: (l) => say(red(l)) });
        }
        say(dim(`watching ${sources.length} source${sources.length === 1 ? "" : "s"} (${store.backend === "postgres" ? "Postgres: jobs in the queue" : opts.data})${opts.once ? ", one round" : ""}`));
        await watcher.run((result, round) => {
          report(result, round, say);
          if (result.errors.length > 0 || result.deliveryErrors.length > 0) failedRound = true;
        });
      } finally {
        stop?.dispose();
        await queue?.close();
        await store.close();
      }
      process.exitCode = opts.once && failedRound ? 1 : 0;
    });

  program
    .command("worker")
    .description("with DATABASE_URL: work on the job queue (fetch sources, store articles, file and re-analyze stories, store alerts) until stopped")
    .option("--pack <file>", "extra knowledge pack (JSON); repeatable", collect, [])
    .option("--allow-private", "allow fetching URLs on private, loopback or link-local addresses")
    .option("--concurrency <n>", "jobs of each queue this process works on at once (default 1)", integer("--concurrency", 1, 64))
    .option("--host-delay <ms>", "pause between two requests to one host in ms (default 1000)", integer("--host-delay", 0, 600_000))
    .option("--min-articles <n>", "alert when a story reaches this many articles (default 3; 0: never)", integer("--min-articles", 0, 1_000_000))
    .action(async (opts: { pack: string[]; allowPrivate?: boolean; concurrency?: number; hostDelay?: number; minArticles?: number }) => {
      const url = process.env["DATABASE_URL"] ?? "";
      if (url.trim() === "") {
        say(red("triangulate worker needs a Postgres store: set DATABASE_URL=postgres://… (with the embedded store, `triangulate watch` does all the work itself)"));
        process.exitCode = 2;
        return;
      }
      const [{ openStore }, { openQueue, startWorker }, { Collector }, { PoliteFetcher }] = await Promise.all([
        import("../store/open.ts"), import("../watch/queue.ts"), import("../watch/collect.ts"), import("../watch/polite.ts"),
      ]);
      const store: Store = await openStore({ databaseUrl: url, poolSize: poolFor(opts.concurrency ?? 1) });
      const queue = await openQueue({ databaseUrl: url, log: (l) => say(yellow(l)) });
      const polite = { ...(opts.allowPrivate ? { allowPrivate: true } : {}), ...(opts.hostDelay === undefined ? {} : { hostDelayMs: opts.hostDelay }) };
      const collector = new Collector(store, new PoliteFetcher(store, polite));
      const deps = {
        store,
        ...(opts.pack.length > 0 ? { extraPacks: opts.pack } : {}),
        ...(opts.minArticles === undefined ? {} : { diff: { minStoryArticles: opts.minArticles } }),
      };
      await startWorker(queue, deps, { concurrency: opts.concurrency ?? 1, collector, log: (l) => say(red(l)) });
      say(green(`worker started (concurrency ${opts.concurrency ?? 1}); Ctrl-C stops`));
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          say(dim("stopping: finishing the jobs in hand…"));
          void queue.close().finally(() => store.close().finally(resolve));
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      process.exitCode = 0;
    });
}

function report(result: RoundResult, round: number, say: (line: string) => void): void {
  for (const e of result.errors) say(red(describeInputError(e)));
  say(green(`round ${round}: ${result.added} added, ${result.duplicates} already stored, ${result.alerts.length} alert${result.alerts.length === 1 ? "" : "s"}${result.delivered > 0 ? `, ${result.delivered} delivered` : ""}`));
  for (const a of result.alerts) say(`  [${a.kind}] ${a.storyId}: ${a.title}`);
  for (const e of result.deliveryErrors) say(red(`webhook: ${e}`));
}
