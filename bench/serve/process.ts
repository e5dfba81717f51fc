/**
 * @module A real `triangulate serve` process on a data folder, for benchmarks and end-to-end tests:
 * started with tsx from the checkout on a free port, resolved once it says where it listens.
 */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import path from "node:path";
import type { Readable } from "node:stream";
import { repoRoot } from "../data.ts";

export interface ServeProcess {
  readonly url: string;
  /** What the server wrote to stderr so far (its log: startup lines, errors behind a 500). */
  log(): string;
  /** SIGTERM, then wait for the process to exit. */
  stop(): Promise<void>;
}

export async function startServeProcess(dataDir: string, env: NodeJS.ProcessEnv): Promise<ServeProcess> {
  const cli = path.join(repoRoot, "src", "cli", "main.ts");
  const child: ChildProcessByStdio<null, null, Readable> = spawn(process.execPath, ["--import", "tsx", cli, "serve", "--data", dataDir, "--port", "0"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${log}`)), 60_000);
      child.stderr.on("data", (chunk: Buffer) => {
        log += chunk.toString();
        const m = /at (http:\/\/[^\s/]+)\//.exec(log);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once("exit", () => reject(new Error(`serve exited: ${log}`)));
    });
    return { url, stop, log: () => log };
  } catch (err) {
    await stop();
    throw err;
  }
}
