/** @module A named rule: an id a trace and a test can name, and a one-line doc that says what it does. */
export interface Rule {
  readonly id: string;
  readonly doc: string;
}
