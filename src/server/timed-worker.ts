/**
 * @module One worker thread that answers requests one at a time, each with a time budget: a call
 * is sent to the thread only when the one before it has answered (so its budget counts its own
 * work, never a wait behind another), and a call past its budget stops the thread (restarted for
 * the next call) and fails with the error `onTimeout` makes. Used for the server's analysis
 * (worker-pipeline.ts) and for reading posted bodies (body-worker.ts), so neither blocks requests.
 */
import type { Transferable, Worker } from "node:worker_threads";
import { projectWorker } from "../worker-thread.ts";

/** What a thread module receives (`{ id, request }`) and answers (`{ id, reply }` or `{ id, error }`). */
export interface Envelope<T> {
  readonly id: number;
  readonly request: T;
}
export type Answer<R> = { readonly id: number; readonly reply: R } | { readonly id: number; readonly error: string };

interface Call<T, R> {
  readonly request: T;
  readonly transfer: readonly Transferable[];
  readonly resolve: (r: R) => void;
  readonly reject: (e: Error) => void;
}

/** Threads not yet closed, so a stopping server can stop them all (closeServerThreads). */
const live = new Set<{ close(): Promise<void> }>();

/** Stop every timed worker's thread (server shutdown): a worker's message port would keep the process alive. */
export async function closeServerThreads(): Promise<void> {
  await Promise.all([...live].map((w) => w.close()));
}

export interface TimedWorker<T, R> {
  /** Run one request in the thread, after the calls before it, within the time budget. */
  call(request: T, transfer?: readonly Transferable[]): Promise<R>;
  /** Calls sent or waiting. */
  readonly pending: number;
  /** Stop the thread; waiting calls fail. */
  close(): Promise<void>;
}

/**
 * A thread running `moduleUrl` (a .ts module from source, .js from the build), started on the first
 * call; the process may exit while it idles (the thread is unref'ed).
 */
export function timedWorker<T, R>(moduleUrl: URL, options: { readonly timeoutMs: number; readonly onTimeout: (ms: number) => Error }): TimedWorker<T, R> {
  let worker: Worker | null = null;
  let next = 0;
  let closed = false;
  const queue: Call<T, R>[] = [];
  let current: { readonly id: number; readonly call: Call<T, R>; readonly timer: NodeJS.Timeout } | null = null;

  const finish = (id: number, outcome: { reply: R } | { error: Error }): void => {
    if (current === null || current.id !== id) return;
    const { call, timer } = current;
    clearTimeout(timer);
    current = null;
    if ("reply" in outcome) call.resolve(outcome.reply);
    else call.reject(outcome.error);
    pump();
  };
  const stop = (w: Worker): void => {
    if (worker === w) worker = null;
    void w.terminate();
  };
  const start = (): Worker => {
    const w = projectWorker(moduleUrl);
    w.unref();
    w.on("message", (answer: Answer<R>) => finish(answer.id, "reply" in answer ? { reply: answer.reply } : { error: new Error(answer.error) }));
    // A thread that dies (out of memory, a native crash) fails the call it was running; the next call starts a new one.
    w.on("error", (err) => {
      stop(w);
      if (current) finish(current.id, { error: err });
    });
    w.on("exit", () => {
      if (worker !== w) return;
      worker = null;
      if (current) finish(current.id, { error: new Error("the worker thread stopped") });
    });
    return w;
  };
  function pump(): void {
    if (current !== null || closed) return;
    const call = queue.shift();
    if (call === undefined) return;
    const w = (worker ??= start());
    const id = next++;
    const timer = setTimeout(() => {
      stop(w);
      finish(id, { error: options.onTimeout(options.timeoutMs) });
    }, options.timeoutMs);
    current = { id, call, timer };
    w.postMessage({ id, request: call.request } satisfies Envelope<T>, [...call.transfer]);
  }

  const self: TimedWorker<T, R> = {
    call(request, transfer = []) {
      if (closed) return Promise.reject(new Error("the worker thread was closed"));
      return new Promise<R>((resolve, reject) => {
        queue.push({ request, transfer, resolve, reject });
        pump();
      });
    },
    get pending() {
      return queue.length + (current === null ? 0 : 1);
    },
    async close() {
      closed = true;
      live.delete(self);
      const failed = new Error("the worker thread was closed");
      for (const call of queue.splice(0)) call.reject(failed);
      if (current) {
        clearTimeout(current.timer);
        current.call.reject(failed);
        current = null;
      }
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
  live.add(self);
  return self;
}

/** The thread side: answers each `{ id, request }` with `handle`'s result or its error's message. */
export function serveRequests<T, R>(port: { on(event: "message", fn: (m: Envelope<T>) => void): unknown; postMessage(m: Answer<R>): void } | null, handle: (request: T) => Promise<R>): void {
  port?.on("message", (m) => {
    void handle(m.request).then(
      (reply) => port.postMessage({ id: m.id, reply }),
      (err: unknown) => port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) }),
    );
  });
}
