/**
 * @module `npm run bench -- fuzz [--cases N] [--budget MS] [--scale X] [--seed S]`: hostile inputs
 * (cases.ts: the families that once broke a batch, then mutations of good files), each read beside
 * a good file in a worker with a time budget. Prints every case that failed, then cases, failures,
 * hangs, crashes and the worst time and heap, last line machine-readable.
 */
import { fuzzCases } from "./cases.ts";
import { runCases } from "./runner.ts";

const arg = (args: readonly string[], name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : Number.NaN;
  return Number.isFinite(v) ? v : fallback;
};

export async function main(args: string[]): Promise<void> {
  const total = arg(args, "cases", 2000);
  const budgetMs = arg(args, "budget", 20_000);
  const cases = fuzzCases(total, { scale: arg(args, "scale", 3), seed: arg(args, "seed", 1) });
  const started = performance.now();
  const results = await runCases(cases, {
    budgetMs,
    onResult: (r, done) => {
      if (r.outcome !== "ok") process.stdout.write(`${r.outcome.toUpperCase()}  ${r.name}: ${r.why} (${r.ms.toFixed(0)} ms)\n`);
      if (done % 250 === 0) process.stderr.write(`… ${done}/${cases.length}\n`);
    },
  });
  const count = (o: string): number => results.filter((r) => r.outcome === o).length;
  const worst = results.reduce((w, r) => (r.ms > w.ms ? r : w), results[0] ?? { ms: 0, name: "-" });
  const heaviest = results.reduce((w, r) => (r.heapMb > w.heapMb ? r : w), results[0] ?? { heapMb: 0, name: "-" });
  process.stdout.write(
    `${results.length} cases in ${((performance.now() - started) / 1000).toFixed(0)} s: ${count("ok")} ok, ${count("failed")} failed, ${count("hang")} over the ${budgetMs} ms budget, ${count("crash")} crashed\n` +
      `worst time ${worst.ms.toFixed(0)} ms (${worst.name}); largest heap ${heaviest.heapMb.toFixed(0)} MB (${heaviest.name})\n`,
  );
  process.stdout.write(`fuzz cases=${results.length} failed=${count("failed")} hangs=${count("hang")} crashes=${count("crash")} worstMs=${worst.ms.toFixed(0)} worstHeapMb=${heaviest.heapMb.toFixed(0)}\n`);
  if (count("ok") !== results.length) process.exitCode = 1;
}
