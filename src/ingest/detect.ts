/**
 * @module Byte-level checks before any reader runs: size limit, emptiness, binary content and
 * text decoding (UTF-8 with or without BOM, UTF-16 with BOM). Every failure is an `InputError`.
 */
import type { InputError, InputErrorCode } from "../types.ts";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How many leading bytes the binary check samples. */
const SAMPLE = 8192;
/** Share of control characters above which a sample is considered binary. */
const CONTROL_RATIO = 0.1;

/** File signatures of common binary formats that can start with printable bytes. */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, epub
  [0x89, 0x50, 0x4e, 0x47], // png
  [0x47, 0x49, 0x46, 0x38], // gif
  [0xff, 0xd8, 0xff], // jpeg
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // elf
];

export function inputError(origin: string, code: InputErrorCode, reason: string): InputError {
  return { origin, code, message: `${origin}: ${reason}` };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

export function tooLarge(origin: string, size: number, maxBytes: number): InputError {
  return inputError(origin, "too-large", `${formatBytes(size)} is larger than the limit of ${formatBytes(maxBytes)} (raise maxBytes to read it)`);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * True when the bytes look like a binary file: a known signature, a NUL byte anywhere (one native
 * scan of the whole file: a NUL after the first kilobytes would otherwise reach the database, which
 * refuses it), or many control bytes in any of three samples (start, middle, end).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => startsWith(bytes, m))) return true;
  if (bytes.indexOf(0) !== -1) return true;
  const starts = [0, Math.max(0, (bytes.length >> 1) - (SAMPLE >> 1)), Math.max(0, bytes.length - SAMPLE)];
  return [...new Set(starts)].some((from) => manyControls(bytes, from, Math.min(bytes.length, from + SAMPLE)));
}

function manyControls(bytes: Uint8Array, from: number, to: number): boolean {
  let control = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i] ?? 0;
    // Tab, LF, VT, FF, CR and ESC are common in text; other C0 bytes and DEL are not.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return to > from && control / (to - from) > CONTROL_RATIO;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

function decodeUtf16(origin: string, bytes: Uint8Array, label: "utf-16le" | "utf-16be"): string | InputError {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return inputError(origin, "invalid-utf8", `not valid ${label.toUpperCase()} text although it starts with a ${label.toUpperCase()} byte-order mark`);
  }
}

/**
 * Decode input bytes to text, or say why they cannot be read. Strips a UTF-8 BOM, decodes UTF-16
 * with a BOM, refuses binary content, invalid UTF-8, inputs over `maxBytes` and inputs that are
 * empty or whitespace only.
 */
export function decodeBytes(origin: string, bytes: Uint8Array, options: { maxBytes?: number } = {}): string | InputError {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return tooLarge(origin, bytes.length, maxBytes);
  if (bytes.length === 0) return inputError(origin, "empty", "is empty");
  let text: string | InputError;
  if (startsWith(bytes, [0xff, 0xfe])) text = decodeUtf16(origin, bytes.subarray(2), "utf-16le");
  else if (startsWith(bytes, [0xfe, 0xff])) text = decodeUtf16(origin, bytes.subarray(2), "utf-16be");
  else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return inputError(origin, "binary", "looks like a binary file (NUL or control bytes), not text");
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      const hex = (body[bad] ?? 0).toString(16).padStart(2, "0");
      return inputError(origin, "invalid-utf8", `is not valid UTF-8 (byte 0x${hex} at offset ${bad + (body === bytes ? 0 : 3)}); convert it to UTF-8`);
    }
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  }
  if (typeof text !== "string") return text;
  if (hasManyControls(text)) return inputError(origin, "binary", "looks like a binary file (NUL or control characters), not text");
  if (text.trim() === "") return inputError(origin, "empty", "contains only whitespace");
  return text;
}

function hasManyControls(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1b) || c === 0x7f) control++;
  }
  return n > 0 && control / n > CONTROL_RATIO;
}
