/** @module Reading a bundled pack file: its JSON, or a PackError that names the file and the pack. */
import { readFileSync } from "node:fs";
import { PackError } from "../errors.ts";

export function readPackFile(url: URL, what: string): unknown {
  try {
    return JSON.parse(readFileSync(url, "utf8"));
  } catch (err) {
    throw new PackError(`${url.pathname}: could not read the ${what}: ${(err as Error).message}`, { cause: err });
  }
}
