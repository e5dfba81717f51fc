/**
 * @module Fetching an article by URL, defensively: http(s) only; every host resolved with
 * dns.lookup (all addresses) and refused when any address is private, loopback, link-local,
 * CGNAT, unspecified or an IPv4-mapped form of these (unless `allowPrivate`); redirects followed
 * by hand (at most 5), each hop re-checked; a timeout; a size limit enforced while the body
 * streams; and only textual article/feed content types accepted.
 *
 * DNS rebinding: the connection is made by undici through an Agent whose own lookup resolves the
 * host and checks every address it is about to connect to (guardedLookup), so the address checked
 * is the address connected to; a hostile DNS server answering differently the second time gains
 * nothing.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { lookup as dnsLookupCallback, type LookupAddress, type LookupOptions } from "node:dns";
import { isIP } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import type { InputError } from "../types.ts";
import { blockedReason } from "./address.ts";
import { DEFAULT_MAX_BYTES, inputError, tooLarge } from "./detect.ts";
import { isAcceptedContentType } from "./format.ts";

export const MAX_REDIRECTS = 5;
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Resolves a host name to all its addresses. */
export type LookupFn = (host: string) => Promise<readonly string[]>;

export interface FetchOptions {
  readonly maxBytes?: number;
  readonly allowPrivate?: boolean;
  readonly timeoutMs?: number;
  readonly fetchImpl?: typeof fetch;
  /** Host resolution (tests); defaults to dns.lookup with all: true. */
  readonly lookup?: LookupFn;
  /** Extra request headers (a User-Agent; If-None-Match / If-Modified-Since for a conditional GET). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Fetched {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly finalUrl: string;
  /** The response's validators, for a later conditional GET. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** 304: the resource has not changed since the validators sent (`bytes` is empty). */
  readonly notModified?: boolean;
}

const defaultLookup: LookupFn = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** "HOST resolves to ADDRESS, a REASON address" for the first special-purpose address, or null. */
function firstBlocked(host: string, addresses: readonly string[]): string | null {
  for (const address of addresses) {
    const reason = blockedReason(address);
    if (reason) return `${host} resolves to ${address}, a ${reason} address`;
  }
  return null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A socket lookup that refuses special-purpose addresses: used by the connection itself, so the
 * address it connects to is one it checked (resolve once, connect to the checked address).
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookupCallback(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const list = addresses;
    const blocked = firstBlocked(hostname, list.map((a) => a.address));
    if (blocked) return callback(Object.assign(new Error(blocked), { code: "EREFUSEDADDRESS" }), []);
    if (options.all) return callback(null, list);
    const first = list[0];
    if (!first) return callback(Object.assign(new Error(`${hostname}: no addresses`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

let guardedAgent: Agent | undefined;

/** fetch through an Agent that connects only to checked addresses. */
const pinnedFetch: typeof fetch = (input, init) => {
  guardedAgent ??= new Agent({ connect: { lookup: guardedLookup } });
  return undiciFetch(input as string, { ...(init as object), dispatcher: guardedAgent }) as unknown as Promise<Response>;
};

/** Refusal reason for a URL's host, or null when it may be fetched. */
async function checkHost(url: URL, options: FetchOptions): Promise<InputError | null> {
  const origin = url.href;
  if (url.protocol !== "http:" && url.protocol !== "https:") return inputError(origin, "refused", `only http and https URLs are fetched, not ${url.protocol}`);
  if (url.username || url.password) return inputError(origin, "refused", "URLs with credentials are not fetched");
  if (options.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: readonly string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (options.lookup ?? defaultLookup)(host);
    } catch (err) {
      return inputError(origin, "fetch-failed", `could not resolve ${host}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (addresses.length === 0) return inputError(origin, "fetch-failed", `could not resolve ${host}: no addresses`);
  const blocked = firstBlocked(host, addresses);
  return blocked ? inputError(origin, "refused", `${blocked}; pass allowPrivate (--allow-private) to fetch it`) : null;
}

/** Read a response body, stopping as soon as it exceeds maxBytes. */
async function readBody(res: Response, origin: string, maxBytes: number): Promise<Uint8Array | InputError> {
  const declared = Number(res.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return tooLarge(origin, declared, maxBytes);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(origin, size, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

function failure(origin: string, err: unknown, timeoutMs: number): InputError {
  const e = err as { name?: string; message?: string; cause?: { message?: string; code?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return inputError(origin, "fetch-failed", `timed out after ${timeoutMs} ms`);
  if (e?.cause?.code === "EREFUSEDADDRESS") return inputError(origin, "refused", `${e.cause.message ?? "a special-purpose address"} when connecting; pass allowPrivate (--allow-private) to fetch it`);
  const cause = e?.cause?.code ?? e?.cause?.message;
  return inputError(origin, "fetch-failed", `request failed: ${e?.message ?? String(err)}${cause ? ` (${cause})` : ""}`);
}

/** Fetch a URL's bytes with the checks above. Failures are returned as InputError, never thrown. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched | InputError> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Without allowPrivate, the connection re-checks the address it connects to (DNS rebinding).
  const doFetch = options.fetchImpl ?? (options.allowPrivate ? fetch : pinnedFetch);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return inputError(url, "refused", "is not a valid URL");
  }
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const refused = await checkHost(current, options);
    if (refused) return hop === 0 ? refused : { ...refused, origin: url, message: `${url}: redirected to ${refused.message}` };
    let res: Response;
    try {
      res = await doFetch(current.href, {
        redirect: "manual",
        signal,
        headers: { accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/json,text/plain;q=0.8,*/*;q=0.1", ...options.headers },
      });
    } catch (err) {
      return failure(url, err, timeoutMs);
    }
    const validators = { etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      return { bytes: new Uint8Array(0), contentType: "", finalUrl: current.href, notModified: true, ...validators };
    }
    if (res.status >= 300 && res.status < 400 && res.headers.has("location")) {
      await res.body?.cancel().catch(() => undefined);
      try {
        current = new URL(res.headers.get("location") ?? "", current);
      } catch {
        return inputError(url, "fetch-failed", `redirect to an invalid location: ${res.headers.get("location")}`);
      }
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return inputError(url, "fetch-failed", `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    }
    const contentType = res.headers.get("content-type") ?? "";
    if (!isAcceptedContentType(contentType)) {
      await res.body?.cancel().catch(() => undefined);
      return inputError(url, "unsupported", `content type "${contentType || "(none)"}" is not HTML, plain text, JSON, RSS, Atom or XML`);
    }
    try {
      const body = await readBody(res, url, maxBytes);
      if (!(body instanceof Uint8Array)) return body;
      return { bytes: body, contentType, finalUrl: current.href, ...validators };
    } catch (err) {
      return failure(url, err, timeoutMs);
    }
  }
  return inputError(url, "fetch-failed", `more than ${MAX_REDIRECTS} redirects`);
}
