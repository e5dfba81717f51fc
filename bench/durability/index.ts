/**
 * @module `npm run bench -- durability [--kills 20] [--records 240] [--seed 3]`: the kill -9 loop
 * of run.ts on the embedded store. Prints each kill, then cases (kills), failures, lost articles,
 * stores that did not open, the final count against the batch, the worst reopen time and the
 * largest ingest's resident memory, last line machine-readable.
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
  process.stdout.write(`one uninterrupted ingest of the batch took ${(r.fullIngestMs / 1000).toFixed(1)} s; kills are drawn up to then\n`);
  r.kills.forEach((k, i) =>
    process.stdout.write(
      `kill ${String(i + 1).padStart(2)} after ${String(k.delayMs).padStart(5)} ms: ${k.before} → ${k.after} articles${k.opened ? "" : "  STORE DID NOT OPEN"}${k.lost ? `  LOST ${k.lost}` : ""}  (reopened in ${k.openMs.toFixed(0)} ms; ingest peak ${k.peakMb.toFixed(0)} MB)\n`,
    ),
  );
  const lost = r.kills.reduce((n, k) => n + k.lost, 0);
  const unopened = r.kills.filter((k) => !k.opened).length + (r.finalOpened ? 0 : 1);
  const failures = r.kills.filter((k) => k.lost > 0 || !k.opened).length + (r.finalOpened && r.final === r.expected ? 0 : 1);
  const landed = r.kills.filter((k) => k.after > 0).length;
  const worstOpen = r.kills.reduce((w, k) => Math.max(w, k.openMs), 0);
  const peakMb = r.kills.reduce((w, k) => Math.max(w, k.peakMb), r.finalPeakMb);
  process.stdout.write(
    `${r.kills.length} kills in ${((performance.now() - started) / 1000).toFixed(0)} s (${landed} after something was stored): ${failures} failures, ${lost} articles lost, ${unopened} stores that did not open; ` +
      `after a last full ingest ${r.final} of ${r.expected} articles stored; worst reopen ${worstOpen.toFixed(0)} ms, largest ingest ${peakMb.toFixed(0)} MB resident\n`,
  );
  process.stdout.write(
    `durability cases=${r.kills.length} failures=${failures} lost=${lost} unopened=${unopened} final=${r.final} expected=${r.expected} kills_after_commit=${landed} worstOpenMs=${worstOpen.toFixed(0)} worstRssMb=${peakMb.toFixed(0)}\n`,
  );
  if (failures > 0) process.exitCode = 1;
}
