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
