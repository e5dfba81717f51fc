/**
 * @module `npm run bench -- durability [--kills 20] [--records 240] [--seed 3]`: the kill -9 loop
 * of run.ts on the embedded store. Prints each kill, then kills, lost articles, stores that did
 * not open and the final count against the batch, last line machine-readable.
 */
import { durability } from "./run.ts";

const arg = (args: readonly string[], name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isFinite(v) ? v : fallback;
};

export async function main(args: string[]): Promise<void> {
  const started = performance.now();
  const r = await durability({ kills: arg(args, "kills", 20), records: arg(args, "records", 240), seed: arg(args, "seed", 3) });
  r.kills.forEach((k, i) =>
    process.stdout.write(`kill ${String(i + 1).padStart(2)} after ${String(k.delayMs).padStart(5)} ms: ${k.before} → ${k.after} articles${k.opened ? "" : "  STORE DID NOT OPEN"}${k.lost ? `  LOST ${k.lost}` : ""}  (reopened in ${k.openMs.toFixed(0)} ms)\n`),
  );
  const lost = r.kills.reduce((n, k) => n + k.lost, 0);
  const unopened = r.kills.filter((k) => !k.opened).length + (r.finalOpened ? 0 : 1);
  process.stdout.write(
    `${r.kills.length} kills in ${((performance.now() - started) / 1000).toFixed(0)} s: ${lost} articles lost, ${unopened} stores that did not open; after a last full ingest ${r.final} of ${r.expected} articles stored\n`,
  );
  process.stdout.write(`durability kills=${r.kills.length} lost=${lost} unopened=${unopened} final=${r.final} expected=${r.expected}\n`);
  if (lost > 0 || unopened > 0 || r.final !== r.expected) process.exitCode = 1;
}
