/**
 * @module The hook that turns each analysis into stored alerts: passed as `onAnalysis` to the
 * store's ingest (watch, `triangulate ingest`, POST /api/articles, queue workers), it diffs the
 * story's report before and after and stores the alerts in the transaction that saves the report.
 */
import type { AnalysisChange } from "../store/library.ts";
import type { Alert } from "./types.ts";
import { diffReports, type DiffOptions } from "./diff.ts";

export function recordAlerts(options: DiffOptions = {}, onStored?: (alert: Alert) => void): (change: AnalysisChange) => Promise<void> {
  return async (change) => {
    const stored = await change.store.addAlerts(diffReports(change.storyId, change.before, change.after, options));
    for (const alert of stored) onStored?.(alert);
  };
}
