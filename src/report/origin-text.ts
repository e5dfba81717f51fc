/**
 * @module How one independent origin of a fact reads: "A, B, C → The Times of India" (all credit
 * one upstream source), "A ≈ B" (copies of one text), or just the article's outlet (own reporting).
 */
import type { OriginChain } from "./types.ts";
import { readableDates } from "./readable-dates.ts";

export function originText(o: OriginChain): string {
  const parts = o.chain.filter(Boolean);
  switch (o.reason) {
    case "shared-upstream": {
      const upstream = parts[parts.length - 1] ?? o.root;
      const carriers = parts.slice(0, -1);
      return readableDates(`${carriers.join(", ")} → ${upstream}`);
    }
    case "copy":
      return parts.join(" ≈ ");
    case "own-reporting":
      return parts.join(", ");
  }
}
