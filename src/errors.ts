/**
 * @module Exceptions for bugs and misconfiguration (a broken pack, a bad option, a dead
 * database). Data failures are values (`InputError`), never these.
 */

export type ErrorCode =
  | "PACK_INVALID"
  | "PACK_NOT_FOUND"
  | "BAD_OPTION"
  | "STORE_FAILED"
  | "NOT_FOUND"
  | "FETCH_REFUSED"
  | "INTERNAL";

/** Base class: a stable `code`, a message saying what was expected, what was found and how to fix it. */
export class TriangulateError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

export class PackError extends TriangulateError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("PACK_INVALID", message, options);
  }
}

export class OptionError extends TriangulateError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("BAD_OPTION", message, options);
  }
}

export class StoreError extends TriangulateError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("STORE_FAILED", message, options);
  }
}
