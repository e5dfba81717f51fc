/**
 * @module How the store recognizes the same article twice: the sha256 of its normalized text
 * (case, Unicode form, whitespace and quote style folded) and its canonical URL (scheme and
 * host lower-cased, default port, fragment, tracking parameters and trailing slash dropped).
 */
import { createHash } from "node:crypto";

/** sha256 (hex) of the text folded for comparison. */
export function contentHash(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  return createHash("sha256").update(folded, "utf8").digest("hex");
}

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|cmpid|ocid|smid|guccounter)$/i;

/** The canonical form of an http(s) URL, or null when it is not one. */
export function canonicalUrl(url: string | null): string | null {
  if (url === null || url.trim() === "") return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "").replace(/\.$/, "");
  const params = [...parsed.searchParams.entries()]
    .filter(([key]) => !TRACKING.test(key))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : "";
  let path = parsed.pathname.replace(/\/{2,}/g, "/");
  if (path.length > 1) path = path.replace(/\/+$/, "");
  if (path === "/") path = "";
  const port = parsed.port === "" ? "" : `:${parsed.port}`;
  // http and https serve the same article: the scheme is not part of its identity.
  return `${host}${port}${path}${query}`;
}
