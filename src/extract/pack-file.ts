/**
 * @module Bundled pack files: reading one (its JSON, or a PackError naming the file and the pack)
 * and validating it against its schema (a PackError naming the file, the path and what was expected).
 */
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { PackError } from "../errors.ts";

/** Parse options for data checked once per process (see validatePack). */
export const ONCE = { jitless: true } as const;

export function readPackFile(url: URL, what: string): unknown {
  try {
    return JSON.parse(readFileSync(url, "utf8"));
  } catch (err) {
    throw new PackError(`${url.pathname}: could not read the ${what}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * `data` checked against `schema`; `what` names the pack ("frames pack"), `expected` its shape.
 * Each bundled pack is checked once per process: zod's fast path, a function it generates with
 * `new Function` per object schema, costs more to compile than it saves on one parse (and is
 * never in the CLI's code cache), so it is skipped. The result is the same.
 */
export function validatePack<T>(schema: z.ZodType<T>, data: unknown, file: string, what: string, expected: string): T {
  const parsed = schema.safeParse(data, ONCE);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new PackError(`${file}: invalid ${what} at $.${issue?.path.join(".") ?? ""}: ${issue?.message ?? "unknown problem"}. Expected ${expected}.`);
}

/** A bundled pack, read, validated and built on first use, then kept for the process. */
export function bundledPack<T>(url: URL, what: string, parse: (data: unknown, file: string) => T): () => T {
  let cached: T | undefined;
  return () => (cached ??= parse(readPackFile(url, what), url.pathname));
}
