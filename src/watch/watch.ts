/**
 * @module `watch`: rounds over the sources, every `everyMs` until stopped (or once). With the
 * embedded store one process does it all: collect, store, file, analyze, alert. On Postgres a
 * round queues a fetch job per URL source (and the articles of local sources) for the workers
 * (this process runs `workers` of its own too); `once` then waits for the queue to drain. After a
 * round, alerts not yet delivered go to each webhook. Never throws for bad sources or feeds: they
 * are reported and tried again (after a backoff) next round.
 */
import type { Article, InputError } from "../types.ts";
import type { Alert } from "../alerts/types.ts";
import { deliverAlerts } from "../alerts/webhook.ts";
import type { DiffOptions } from "../alerts/diff.ts";
import type { Pipeline } from "../store/pipeline-port.ts";
import type { Store } from "../store/types.ts";
import { Collector, type CollectOptions } from "./collect.ts";
import { PoliteFetcher, type PoliteOptions } from "./polite.ts";
import { ingestArticles, type ProcessDeps } from "./process.ts";
import type { JobQueue } from "./queue.ts";
import { sourceName, type WatchSource } from "./sources.ts";

export interface Webhook {
  readonly url: string;
  readonly secret?: string | null;
}

export interface WatchOptions {
  readonly sources: readonly WatchSource[];
  /** Pause between rounds (default 10 min). */
  readonly everyMs?: number;
  readonly once?: boolean;
  readonly webhooks?: readonly Webhook[];
  readonly polite?: PoliteOptions;
  readonly collect?: CollectOptions;
  readonly pipeline?: Pipeline;
  readonly extraPacks?: readonly string[];
  readonly diff?: DiffOptions;
  /** Postgres: the job queue (rounds queue jobs instead of doing the work inline). */
  readonly queue?: JobQueue;
  /** Webhook retry pacing (tests). */
  readonly webhookBaseDelayMs?: number;
  /** Stops the loop between rounds. */
  readonly signal?: AbortSignal;
  readonly log?: (line: string) => void;
}

export interface RoundResult {
  readonly added: number;
  readonly duplicates: number;
  readonly alerts: readonly Alert[];
  readonly errors: readonly InputError[];
  readonly delivered: number;
  /** Webhook problems (a webhook that kept failing, an alert it refused). */
  readonly deliveryErrors: readonly string[];
}

const DEFAULT_EVERY_MS = 10 * 60_000;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

export class Watcher {
  readonly #store: Store;
  readonly #options: WatchOptions;
  readonly collector: Collector;

  constructor(store: Store, options: WatchOptions) {
    this.#store = store;
    this.#options = options;
    this.collector = new Collector(store, new PoliteFetcher(store, options.polite ?? {}), options.collect ?? {});
  }

  /** What the processing steps need (also for workers in this process). */
  get deps(): ProcessDeps {
    const o = this.#options;
    return {
      store: this.#store,
      ...(o.pipeline === undefined ? {} : { pipeline: o.pipeline }),
      ...(o.extraPacks === undefined ? {} : { extraPacks: o.extraPacks }),
      ...(o.diff === undefined ? {} : { diff: o.diff }),
    };
  }

  async round(): Promise<RoundResult> {
    const log = this.#options.log ?? (() => {});
    const queue = this.#options.queue;
    const articles: Article[] = [];
    const errors: InputError[] = [];
    const urls: string[] = [];
    const lastSeq = (await this.#store.listAlerts({ limit: 1 }))[0]?.seq ?? 0;
    for (const source of this.#options.sources) {
      if (queue !== undefined && source.kind === "url") {
        urls.push(source.url);
        continue;
      }
      const got = await this.collector.collect(source);
      if (got.backingOff) log(`  ${sourceName(source)}: failed before; next try after ${got.backingOff}`);
      // One push per item: a folder of 100,000 files spread into push would overflow the call stack.
      for (const article of got.articles) articles.push(article);
      for (const error of got.errors) errors.push(error);
    }
    let added = 0;
    let duplicates = 0;
    if (queue === undefined) {
      if (articles.length > 0) {
        const result = await ingestArticles(this.deps, articles);
        added = result.added.length;
        duplicates = result.duplicates.length;
      }
      await this.collector.commit();
    } else {
      const before = await this.#store.countArticles();
      if (articles.length > 0) await queue.sendArticles(articles);
      await this.collector.commit();
      await queue.sendSources(urls);
      if (this.#options.once) {
        await queue.drain();
        // What the workers stored during this round (theirs, and any other writer's).
        added = (await this.#store.countArticles()) - before;
      }
    }
    // The alerts this round stored (by this process or, on Postgres, by any worker).
    const alerts = await this.#store.listAlerts({ afterSeq: lastSeq, order: "asc", limit: 1000 });
    const delivered = await this.#deliver();
    return { added, duplicates, alerts, errors, delivered: delivered.count, deliveryErrors: delivered.errors };
  }

  async #deliver(): Promise<{ count: number; errors: string[] }> {
    let count = 0;
    const errors: string[] = [];
    for (const hook of this.#options.webhooks ?? []) {
      const result = await deliverAlerts(this.#store, {
        url: hook.url,
        ...(hook.secret ? { secret: hook.secret } : {}),
        ...(this.#options.webhookBaseDelayMs === undefined ? {} : { baseDelayMs: this.#options.webhookBaseDelayMs }),
        ...(this.#options.polite?.userAgent ? { userAgent: this.#options.polite.userAgent } : {}),
      });
      count += result.delivered;
      errors.push(...result.rejected);
      if (result.error !== null) errors.push(result.error);
    }
    return { count, errors };
  }

  /** Rounds until `once` or the signal; each round's result goes to `onRound`. */
  async run(onRound: (result: RoundResult, round: number) => void): Promise<void> {
    const every = this.#options.everyMs ?? DEFAULT_EVERY_MS;
    for (let round = 1; ; round++) {
      const started = Date.now();
      try {
        onRound(await this.round(), round);
      } catch (err) {
        // A dead database or a failing analysis ends a one-shot run; a watcher tries again next round.
        if (this.#options.once) throw err;
        this.#options.log?.(`round ${round} failed: ${err instanceof Error ? err.message : String(err)}; trying again next round`);
      }
      if (this.#options.once || this.#options.signal?.aborted) return;
      await sleep(Math.max(0, every - (Date.now() - started)), this.#options.signal);
      if (this.#options.signal?.aborted) return;
    }
  }
}
