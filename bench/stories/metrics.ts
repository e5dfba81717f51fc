/**
 * @module Clustering quality: B³ precision/recall/F1 (Bagga & Baldwin 1998, averaged over items)
 * and the adjusted Rand index (Hubert & Arabie 1985), from predicted and gold labels per item.
 */

export interface ClusterScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly ari: number;
}

/** Scores of `predicted` against `gold` (parallel arrays of labels, one per item). */
export function clusterScores(predicted: readonly string[], gold: readonly string[]): ClusterScores {
  const n = predicted.length;
  if (n !== gold.length) throw new Error(`label arrays differ in length: ${n} vs ${gold.length}`);
  if (n === 0) return { precision: 0, recall: 0, f1: 0, ari: 0 };
  const joint = new Map<string, number>();
  const pSize = new Map<string, number>();
  const gSize = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = predicted[i] as string;
    const g = gold[i] as string;
    const k = `${p}\u0000${g}`;
    joint.set(k, (joint.get(k) ?? 0) + 1);
    pSize.set(p, (pSize.get(p) ?? 0) + 1);
    gSize.set(g, (gSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const p = predicted[i] as string;
    const g = gold[i] as string;
    const both = joint.get(`${p}\u0000${g}`) as number;
    precision += both / (pSize.get(p) as number);
    recall += both / (gSize.get(g) as number);
  }
  precision /= n;
  recall /= n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const c2 = (x: number): number => (x * (x - 1)) / 2;
  let sumJoint = 0;
  for (const v of joint.values()) sumJoint += c2(v);
  let sumP = 0;
  for (const v of pSize.values()) sumP += c2(v);
  let sumG = 0;
  for (const v of gSize.values()) sumG += c2(v);
  const expected = (sumP * sumG) / c2(n);
  const max = (sumP + sumG) / 2;
  const ari = max - expected === 0 ? 1 : (sumJoint - expected) / (max - expected);
  return { precision, recall, f1, ari };
}

/** Pair-level precision/recall of predicted pairs against gold pairs (keys "a|b"). */
export function pairScores(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): { precision: number; recall: number; f1: number } {
  let hit = 0;
  for (const k of predicted) if (gold.has(k)) hit++;
  const precision = predicted.size ? hit / predicted.size : gold.size ? 0 : 1;
  const recall = gold.size ? hit / gold.size : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
