/**
 * @module The format parsers' packages (linkedom, @mozilla/readability, fast-xml-parser, yaml),
 * loaded on first use: a batch of plain text never loads the HTML, XML or YAML parsers. They are
 * required synchronously (each ships a CommonJS build), so `parseContent` stays synchronous.
 */
import { createRequire } from "node:module";
import type * as Linkedom from "linkedom";
import type * as ReadabilityModule from "@mozilla/readability";
import type * as FastXmlParser from "fast-xml-parser";
import type * as Yaml from "yaml";

const require = createRequire(import.meta.url);

function once<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= require(id) as T);
}

export const linkedom = once<typeof Linkedom>("linkedom");
export const readability = once<typeof ReadabilityModule>("@mozilla/readability");
export const fastXmlParser = once<typeof FastXmlParser>("fast-xml-parser");
export const yaml = once<typeof Yaml>("yaml");
