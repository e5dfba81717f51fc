/**
 * @module `npm run bench -- stories [--data DIR] [--peer]`: story clustering quality. B³ P/R/F1 and
 * adjusted Rand index on WikiRef220 (topics; label = file-name prefix; noise topics count as
 * their own labels) and on the UCI News Aggregator sample (headlines; STORY = gold). Parameters
 * are tuned on a tuning split (UCI: first half of the file; WikiRef: even-numbered files in name
 * order) and reported on the held-out split and on everything.
 *
 * UCI is run three ways. The headline figure is TEXT ONLY in a story-blind arrival order: in this
 * sample every story's rows were crawled within seconds and sit together in the file, so both the
 * crawl timestamps and the file order (the ids) separate the stories by themselves. The text-only
 * run drops the timestamps and hashes the ids (three salts, i.e. three arrival orders; tuning
 * picks the best mean, scores are means). The time-assisted run and the text-only run in file
 * order are printed too, labelled as such. `--peer` runs bench/stories/peer.py (scikit-learn
 * TF-IDF + cosine + agglomerative clustering, linkage, n-grams and threshold tuned on the same
 * tuning split) and prints both systems' F1 and time side by side.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { loadUci, loadWikiref, UCI_FILE, WIKIREF_DIR, type LabelledDoc } from "./data.ts";
import type { ClusterScores } from "./metrics.ts";
import { runPeer, type PeerOutcome } from "./peer.ts";
import { grid, tuneAndRun, type Outcome, type Split } from "./tune.ts";
import { ownStories } from "./own.ts";
import { ecbCrossValidation, ecbPeer, loadEcb } from "./ecb.ts";
import { benchDataDir } from "../data.ts";


const THRESHOLDS = [0.025, 0.035, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
/** Merge thresholds tried (1: never merge). */
const MERGES = [0.15, 0.2, 0.25, 0.3, 0.5, 1];
const ORDER_SALTS = ["a", "b", "c"];

/** The same documents with timestamps dropped and ids hashed, so that canonical order (undated: by id) says nothing about the story. */
function storyBlind(docs: readonly LabelledDoc[], salt: string): LabelledDoc[] {
  return docs.map((d) => ({ ...d, published: null, id: `u${createHash("sha256").update(`${salt}\u0000${d.id}`).digest("hex").slice(0, 16)}` }));
}

function splitHalves(docs: readonly LabelledDoc[]): Split {
  const half = Math.floor(docs.length / 2);
  return { tune: docs.slice(0, half), test: docs.slice(half), all: docs };
}

const f3 = (x: number): string => x.toFixed(3);
const line = (s: ClusterScores): string => `P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)} ARI ${f3(s.ari)}`;
const spread = (o: Outcome, r: readonly [number, number]): string => (o.orders > 1 ? `  (F1 over ${o.orders} orders: ${f3(r[0])}–${f3(r[1])})` : "");

export async function main(args: string[]): Promise<void> {
  const data = benchDataDir(args);
  const withPeer = args.includes("--peer");
  const own = ownStories();
  if (own) {
    console.log(`own multi-outlet stories (bench/paraphrase/stories, default options): ${own.stories} stories, ${own.articles} articles`);
    console.log(`  each fed alone: ${own.splitAlone} of ${own.stories} split into more than one story`);
    console.log(`  all fed together: ${line(own.mixed)}`);
    console.log(`stories own_split_alone=${own.splitAlone} own_stories=${own.stories} own_mixed_f1=${f3(own.mixed.f1)}`);
  }
  const uci = loadUci(data);
  const wiki = loadWikiref(data);
  if (!uci && !wiki) {
    console.log(`stories: no bench data under ${data}: expected ${UCI_FILE} and ${WIKIREF_DIR}/ (see bench-data/README.md for sources); pass --data DIR or set TRIANGULATE_BENCH_DATA`);
    console.log("stories skipped=1");
    return;
  }
  const outcomes: Outcome[] = [];
  const peers: { peer: PeerOutcome | string; ours: Outcome }[] = [];
  let headline: Outcome | null = null;
  if (uci) {
    const split = splitHalves(uci);
    outcomes.push(
      tuneAndRun("uci_text_time", "uci (text + crawl timestamps, which alone separate this sample's stories)", [split], grid({}, { threshold: THRESHOLDS, timeWeight: [0, 0.2, 0.4], timeScaleDays: [0.001, 0.01, 0.1, 3] })),
    );
    const textGrid = grid({}, { threshold: [0.035, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25], entityWeight: [0, 0.3], mergeThreshold: MERGES });
    const blind = ORDER_SALTS.map((salt) => splitHalves(storyBlind(uci, salt)));
    headline = tuneAndRun("uci_text_only", "uci (text only, story-blind arrival order)", blind, textGrid);
    // The same options in file order: what the order alone is worth.
    const undated = (xs: readonly LabelledDoc[]): LabelledDoc[] => xs.map((d) => ({ ...d, published: null }));
    outcomes.push(tuneAndRun("uci_text_file_order", "uci (text only, file order, which groups each story's rows; the options above)", [{ tune: undated(split.tune), test: undated(split.test), all: undated(split.all) }], [headline.options]));
    if (withPeer) peers.push({ peer: runPeer(split, (d) => d.title ?? ""), ours: headline });
  } else console.log(`stories: UCI sample missing (${join(data, UCI_FILE)}); skipped`);
  if (wiki) {
    const split: Split = { tune: wiki.filter((_, i) => i % 2 === 0), test: wiki.filter((_, i) => i % 2 === 1), all: wiki };
    const res = tuneAndRun("wikiref220", "wikiref220", [split], grid({}, { threshold: THRESHOLDS, entityWeight: [0, 0.3], mergeThreshold: [0.2, 0.3, 0.5, 1], splitThreshold: [0, 0.22], joinThreshold: [0, 0.2] }));
    outcomes.push(res);
    if (withPeer) peers.push({ peer: runPeer(split, (d) => d.text), ours: res });
  } else console.log(`stories: WikiRef220 missing (${join(data, WIKIREF_DIR)}); skipped`);
  if (headline) outcomes.push(headline);
  const ecbDocs = await loadEcb(data);
  const ecb = ecbDocs ? ecbCrossValidation(ecbDocs) : null;
  const ecbPeerOutcome = ecbDocs && withPeer ? ecbPeer(ecbDocs) : null;
  if (!ecbDocs) console.log(`stories: ECB+ dev missing (${join(data, "ecbplus-dev")}); skipped`);

  console.log("Triangulate story clustering (tuned on the tuning split; B³ and adjusted Rand index):");
  for (const o of outcomes) {
    console.log(`  ${o.label}: options ${JSON.stringify(o.options)}, tune F1 ${f3(o.tuneF1)}${o.orders > 1 ? ` (mean over ${o.orders} orders)` : ""}`);
    console.log(`    held-out: ${line(o.test)}${spread(o, o.testRange)}`);
    console.log(`    overall:  ${line(o.all)}${spread(o, o.allRange)}  (${o.docs} docs in ${o.seconds.toFixed(2)} s)`);
  }
  for (const p of peers) {
    if (typeof p.peer === "string") {
      console.log(`  peer on ${p.ours.label}: ${p.peer}`);
      continue;
    }
    const q = p.peer;
    console.log(`  ${p.ours.label}: Triangulate vs scikit-learn (TF-IDF ${q.ngrams} + cosine + ${q.linkage}-linkage agglomerative, threshold ${q.threshold.toFixed(3)}, tuned on the same split)`);
    console.log(`    held-out F1: ours ${f3(p.ours.test.f1)}  peer ${f3(q.test.f1)}`);
    console.log(`    overall  F1: ours ${f3(p.ours.all.f1)}  peer ${f3(q.all.f1)}   time: ours ${p.ours.seconds.toFixed(2)} s  peer ${q.seconds.toFixed(2)} s  (peer/ours ${(q.seconds / Math.max(1e-9, p.ours.seconds)).toFixed(1)}×)`);
  }
  if (ecb) {
    const [lo, hi] = [Math.min(...ecb.f1s), Math.max(...ecb.f1s)];
    console.log(`  ecb+ dev (21 topics × 2 similar events, ${ecbDocs?.length ?? 0} articles; split threshold / bisection ratio / stray threshold / signature weight chosen per topic on the other 20 topics; 3 arrival orders):`);
    console.log(`    topic cross-validation: ${line(ecb.mean)}  (F1 over 3 orders: ${f3(lo)}–${f3(hi)}, spread ${f3(hi - lo)}; ${ecb.seconds.toFixed(1)} s)`);
    console.log(`    split/ratio/stray/signature chosen: ${[...new Set(ecb.chosen)].sort().join(", ")}; with the default settings (split 0.2 / ratio 0.8 / no strays / no signatures, kept low so one event's varied coverage stays one story): F1 ${f3(ecb.defaults)}; without the refinement: F1 ${f3(ecb.noRefine)} (target ≥ 0.92)`);
    if (ecbPeerOutcome !== null) console.log(typeof ecbPeerOutcome === "string" ? `    peer: ${ecbPeerOutcome}` : `    scikit-learn peer, same folds: F1 ${f3(ecbPeerOutcome.f1)} (tuning and clustering ${ecbPeerOutcome.seconds.toFixed(1)} s)`);
  }
  if (headline) console.log(`  headline: UCI text only (no timestamps, story-blind order): held-out B³ F1 ${f3(headline.test.f1)}, overall ${f3(headline.all.f1)} (target 0.90)`);
  const kv: string[] = [];
  const ordered = headline ? [headline, ...outcomes.filter((o) => o !== headline)] : outcomes;
  for (const o of ordered) kv.push(`${o.key}_f1=${f3(o.all.f1)}`, `${o.key}_heldout_f1=${f3(o.test.f1)}`, `${o.key}_ari=${f3(o.all.ari)}`);
  for (const p of peers) if (typeof p.peer !== "string") kv.push(`peer_${p.ours.key}_f1=${f3(p.peer.all.f1)}`, `peer_${p.ours.key}_heldout_f1=${f3(p.peer.test.f1)}`, `peer_${p.ours.key}_seconds=${p.peer.seconds.toFixed(2)}`);
  if (ecb) kv.push(`ecb_cv_f1=${f3(ecb.mean.f1)}`, `ecb_cv_order_spread=${f3(Math.max(...ecb.f1s) - Math.min(...ecb.f1s))}`, `ecb_default_f1=${f3(ecb.defaults)}`, `ecb_no_refine_f1=${f3(ecb.noRefine)}`);
  if (ecbPeerOutcome !== null && typeof ecbPeerOutcome !== "string") kv.push(`peer_ecb_cv_f1=${f3(ecbPeerOutcome.f1)}`);
  console.log(`stories ${kv.join(" ")}`);
}
