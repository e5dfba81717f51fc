/** @module Stable, order-independent ids: a prefix plus the first 10 hex digits of a SHA-256. */
import { createHash } from "node:crypto";

export function stableId(prefix: string, ...parts: readonly string[]): string {
  return prefix + createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 10);
}
