/**
 * @module One process at a time on an embedded store. PGlite runs the database inside the process
 * that opens it; two processes on one folder (an `ingest` while `serve` runs) both report success
 * and leave a folder that never opens again. So whoever opens a PGlite folder holds its lock
 * (proper-lockfile: a lock directory refreshed every few seconds, stale after STALE_MS) and records
 * who it is; a lock whose holder on this machine is no longer running (killed with `kill -9`) is
 * taken over at once. A second process gets an error that names the holder and, for a server,
 * where its API is.
 */
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import lockfile from "proper-lockfile";
import { StoreError } from "../errors.ts";

/** A lock not refreshed for this long belongs to a dead process and may be taken over. */
export const STALE_MS = 15_000;

export interface Holder {
  readonly pid: number;
  readonly host: string;
  /** What holds it: "triangulate serve", "triangulate ingest", … */
  readonly command: string;
  readonly since: string;
  /** A server's address, once it listens. */
  readonly url?: string;
}

export interface StoreLock {
  /** Say where the holder can be reached (a server, once it listens). */
  announce(url: string): void;
  release(): Promise<void>;
}

const ownerFile = (dir: string): string => path.join(dir, "triangulate.owner.json");

/** The current holder of a folder's lock, as it recorded itself, or null. */
export function lockHolder(dir: string): Holder | null {
  try {
    return JSON.parse(readFileSync(ownerFile(dir), "utf8")) as Holder;
  } catch {
    return null;
  }
}

/** What a process is, for the holder record: the command line's subcommand. */
export function currentCommand(): string {
  const sub = process.argv.slice(2).find((a) => !a.startsWith("-"));
  return sub ? `triangulate ${sub}` : "a triangulate process";
}

/** Take the folder's lock or fail with a StoreError naming who holds it. */
export async function lockStore(dir: string, command: string = currentCommand()): Promise<StoreLock> {
  const lockPath = path.join(dir, "triangulate.lock");
  const take = (): Promise<() => Promise<void>> => lockfile.lock(dir, { lockfilePath: lockPath, stale: STALE_MS, update: STALE_MS / 3, retries: 0, realpath: false });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== "ELOCKED") throw new StoreError(`cannot lock the store in ${dir}: ${(cause as Error).message}`, { cause });
    const holder = lockHolder(dir);
    // A holder on this machine whose process is gone (killed with kill -9, crashed) left its lock
    // behind: take it over now rather than after STALE_MS.
    if (!holder || holder.host !== hostname() || isAlive(holder.pid)) throw new StoreError(inUse(dir, holder), { cause });
    rmSync(lockPath, { recursive: true, force: true });
    try {
      release = await take();
    } catch (again) {
      throw new StoreError(inUse(dir, lockHolder(dir)), { cause: again });
    }
  }
  let holder: Holder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  const write = (): void => writeFileSync(ownerFile(dir), JSON.stringify(holder));
  write();
  return {
    announce(url) {
      holder = { ...holder, url };
      write();
    },
    async release() {
      rmSync(ownerFile(dir), { force: true });
      await release().catch(() => undefined);
    },
  };
}

/** Whether a process of this machine is running (signal 0 only checks). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function inUse(dir: string, h: Holder | null): string {
  if (!h) return `the store in ${dir} is in use by another triangulate process: wait for it to finish, or use another --data DIR`;
  const who = `${h.command} (pid ${h.pid}${h.host !== hostname() ? ` on ${h.host}` : ""}, since ${h.since})`;
  if (h.url) {
    return `the store in ${dir} is in use by ${who}: one process at a time may open it. Read it at ${h.url}/ (JSON API under ${h.url}/api) and add articles with POST ${h.url}/api/articles, or stop the server first`;
  }
  return `the store in ${dir} is in use by ${who}: one process at a time may open it; wait for it to finish, or use another --data DIR`;
}
