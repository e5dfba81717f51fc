/** @module Terminal output helpers for the CLI: colour (honouring NO_COLOR and TTYs) and stderr lines. */

const useColor = (stream: NodeJS.WriteStream): boolean => Boolean(stream.isTTY) && !("NO_COLOR" in process.env) && process.env["TERM"] !== "dumb";

export function paint(stream: NodeJS.WriteStream, code: number, s: string): string {
  return useColor(stream) ? `\u001b[${code}m${s}\u001b[0m` : s;
}

export const red = (s: string): string => paint(process.stderr, 31, s);
export const yellow = (s: string): string => paint(process.stderr, 33, s);
export const dim = (s: string): string => paint(process.stderr, 2, s);
export const green = (s: string): string => paint(process.stderr, 32, s);

export function warn(line: string): void {
  process.stderr.write(line + "\n");
}

/** A one-line progress indicator on stderr, only when stderr is a terminal. */
export function progress(label: string): (done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  return (done, total) => {
    process.stderr.write(`\r${dim(`${label} ${done}/${total}`)}${done === total ? "\n" : ""}`);
  };
}

/**
 * A name or message as one safe terminal line: control characters (a newline, an escape sequence
 * in a file name) shown as \u escapes, so no input can rewrite the terminal or fake output lines.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** One input error as the CLI prints it: "error: ORIGIN: MESSAGE", control characters escaped. */
export function describeInputError(e: { readonly origin: string; readonly message: string }): string {
  return printable(e.message.startsWith(e.origin) ? `error: ${e.message}` : `error: ${e.origin}: ${e.message}`);
}


