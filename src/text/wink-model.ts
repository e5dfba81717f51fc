/**
 * @module The wink-nlp English lite model (wink-eng-lite-web-model, pinned), assembled from the
 * package's own parts with a faster core loader. The package's `core()` requires its 3 MB lexicon
 * JSON when the package is first imported (even by `triangulate --help`), then copies it through
 * `JSON.parse(JSON.stringify(...))` and decodes two base64 tables one character at a time: about
 * 0.3 s of every start. This loader reads the same JSON once, only when `core()` is called, into a
 * fresh object (so nothing shared is changed, as the copy ensured) and decodes base64 with Buffer.
 * The result is the same model: src/text/wink-model.test.ts compares it with the package's own.
 * The CLI's model reads the core from a binary copy instead when there is one (wink-core-cache.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Model } from "wink-nlp";
import { keepWinkCore, readWinkCore, winkCoreCacheFile, type RawCore } from "./wink-core-cache.ts";

// scripts/bundle-cli.mjs drops this line from the CommonJS bundle, whose own `require` then
// bundles the parts SENTENCE_POS_PARTS names in full (compiled from its code cache, not read from
// node_modules at every start).
const require = createRequire(import.meta.url);
/** Loads the model's other files at run time, in every build. */
const runtimeRequire = createRequire(import.meta.url);
const PACKAGE = "wink-eng-lite-web-model";

/** The packed layout of one feature: [offset, mask, shift, computed(0)/intrinsic, extension]. */
type Layout = Record<string, [number, number, number, number, number]>;
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: string[] | Set<number>[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** Base64 → a Uint32Array over a buffer of its own (as the package's atob loop makes). */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

const SOURCE = `${PACKAGE}/dist/languages/cur/models/eng-core-web-model.json`;

/** The package's read-core-model.js and load-core-model.js, without the copy. */
export function loadCore(): CoreModel {
  const model = JSON.parse(readFileSync(runtimeRequire.resolve(SOURCE), "utf8")) as CoreModel;
  return indexed(model, words32(model.lexicon as string), words32(model.xpansions as string), lexemeObject(model.features.lexeme.list));
}

/**
 * The core model as loadCore builds it, read from the binary copy kept in the cache when there is
 * one for this model (wink-core-cache.ts), else from the JSON, keeping the copy for next time.
 * Its word → index table answers every word as loadCore's object does, but is not an object.
 */
export function cachedCore(): CoreModel {
  const source = runtimeRequire.resolve(SOURCE);
  const file = winkCoreCacheFile();
  const kept = readWinkCore(file, source);
  if (kept) return indexed(kept.rest as unknown as CoreModel, kept.lexicon, kept.xpansions, kept.lexemeHash);
  const raw = JSON.parse(readFileSync(source, "utf8")) as RawCore;
  keepWinkCore(file, source, raw);
  const model = raw as unknown as CoreModel;
  return indexed(model, words32(raw.lexicon), words32(raw.xpansions), lexemeObject(model.features.lexeme.list));
}

function lexemeObject(list: readonly string[]): Record<string, number> {
  const lexemes: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) lexemes[list[k] as string] = k;
  return lexemes;
}

/** The model with its decoded tables, the word → index table and the small features' tables. */
function indexed(model: CoreModel, lexicon: Uint32Array, xpansions: Uint32Array, lexemeHash: Record<string, number>): CoreModel {
  const { packing, features, pos } = model;
  model.lexicon = lexicon;
  model.xpansions = xpansions;
  for (const f in packing.layout) {
    if (packing.layout[f]?.[3] !== 0) continue;
    const feature = features[f] as Feature;
    const hash: Record<string, number> = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k++) hash[feature.list[k] as string] = k;
    feature.hash = hash;
  }
  features.lexeme.hash = lexemeHash;
  features.posClusters.list = (features.posClusters.list as string[]).map((c) => new Set(c.split("_").map((e) => pos.hash[e] || 0)));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (!layout) continue;
    if (layout[3] === 0) {
      const feature = features[f] as Feature;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

type Part = (name: string) => unknown;

/** The parts the sentence and POS model loads, each required by its full name. */
const SENTENCE_POS_PARTS: Readonly<Record<string, () => unknown>> = {
  "load-sbd-model": (): unknown => require("wink-eng-lite-web-model/dist/load-sbd-model.js"),
  "load-pos-model": (): unknown => require("wink-eng-lite-web-model/dist/load-pos-model.js"),
  "load-negation-model": (): unknown => require("wink-eng-lite-web-model/dist/load-negation-model.js"),
  "load-cer-meta-model": (): unknown => require("wink-eng-lite-web-model/dist/load-cer-meta-model.js"),
  feature: (): unknown => require("wink-eng-lite-web-model/dist/feature.js"),
  "porter-stemmer": (): unknown => require("wink-eng-lite-web-model/dist/porter-stemmer.js"),
  lemmatize: (): unknown => require("wink-eng-lite-web-model/dist/lemmatize.js"),
  "readability-stats": (): unknown => require("wink-eng-lite-web-model/dist/readability-stats.js"),
};

/** A part of the package: the loader its dist/<name>.js exports. */
const part: Part = (name) => SENTENCE_POS_PARTS[name]?.() ?? runtimeRequire(`${PACKAGE}/dist/${name}.js`);

function assemble(partOf: Part, core: () => CoreModel): Model {
  const model = Object.create(null) as Record<string, unknown>;
  model["core"] = core;
  model["sbd"] = partOf("load-sbd-model");
  model["pos"] = partOf("load-pos-model");
  model["ner"] = partOf("load-ner-model");
  model["negation"] = partOf("load-negation-model");
  model["sa"] = partOf("load-sa-model");
  model["metaCER"] = partOf("load-cer-meta-model");
  model["featureFn"] = partOf("feature");
  const addons = Object.create(null) as Record<string, unknown>;
  addons["stem"] = partOf("porter-stemmer");
  addons["lemmatize"] = partOf("lemmatize");
  addons["readabilityStats"] = partOf("readability-stats");
  addons["wordVectors"] = undefined;
  model["addons"] = addons;
  return model as unknown as Model;
}

/** The English lite model, as the package's dist/model.js builds it, with the faster core loader. */
export function englishLiteModel(): Model {
  return assemble(part, loadCore);
}

/** A machine that recognizes nothing, as wink-nlp's automaton exports an empty one. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
const NO_ENTITIES = (): unknown => ({ machines: [], transformers: [] });
const NO_SENTIMENT = (): unknown => ({ machines: [EMPTY_MACHINE], setter: () => undefined });

/**
 * The English lite model for the "sbd" and "pos" pipe, all this tool runs (src/text/nlp.ts).
 * wink-nlp loads every part of a model when an instance is made, used or not: here the named
 * entity and sentiment parts, 0.6 MB of JSON read and parsed on every start for nothing, recognize
 * nothing and are never read. Tokens, ids, sentences and tags are the same as with the full model.
 */
export function sentencePosModel(): Model {
  return assemble((name) => (name === "load-ner-model" ? NO_ENTITIES : name === "load-sa-model" ? NO_SENTIMENT : part(name)), cachedCore);
}
