/** @module A text as one line for the Markdown report: whitespace collapsed, cut at `n` characters with "…". */
export function clipLine(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length <= n ? one : one.slice(0, n - 1) + "…";
}
