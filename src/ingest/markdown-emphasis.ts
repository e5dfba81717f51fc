/**
 * @module Markdown emphasis removal in one pass per marker. Each pass gives exactly what
 * `line.replace(/(^|[^\w*\\])(\*{1,3})(?=\S)(.{1,1000}?)(?<=\S)\2(?![\w*])/gu, "$1$3")` gives
 * (and the `_` and `~~` forms), but finds each opener's closer from a precomputed list instead of
 * scanning up to 1,000 characters: a line of 333,000 stray ` *x` made the regex try 1,000
 * lengths at every opener (4 s for 1 MB, minutes with more markers); here it is linear.
 */

/** One emphasis form: its marker, how many markers make a run, and the characters allowed around it. */
interface EmphasisForm {
  readonly marker: string;
  /** Run lengths tried, longest first (the regex's greedy `\*{1,3}`, or exactly `~~`). */
  readonly lengths: readonly number[];
  /** May this code point stand just before an opener (the regex's group 1)? */
  readonly before: (cp: string) => boolean;
  /** May this code point (undefined at the end of the line) stand just after a closer? */
  readonly after: (cp: string | undefined) => boolean;
}

/** The widest emphasized text, in code points (the regex's `.{1,1000}`). */
export const MAX_EMPHASIS = 1000;

const SPACE = /^\s$/u;
const TERMINATOR = /[\n\r\u2028\u2029]/;
const ASCII_WORD = /^\w$/;
const LETTER_DIGIT = /^[\p{L}\p{N}]$/u;

export const STAR: EmphasisForm = {
  marker: "*",
  lengths: [3, 2, 1],
  before: (cp) => !ASCII_WORD.test(cp) && cp !== "*" && cp !== "\\",
  after: (cp) => cp === undefined || (!ASCII_WORD.test(cp) && cp !== "*"),
};
export const UNDERSCORE: EmphasisForm = {
  marker: "_",
  lengths: [3, 2, 1],
  before: (cp) => !LETTER_DIGIT.test(cp) && cp !== "_" && cp !== "\\",
  after: (cp) => cp === undefined || (!LETTER_DIGIT.test(cp) && cp !== "_"),
};
export const TILDE: EmphasisForm = {
  marker: "~",
  lengths: [2],
  before: (cp) => cp !== "~",
  after: () => true,
};

/** The code point that ends just before UTF-16 index `i` (undefined at 0). */
function cpBefore(s: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = s.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1];
}

/** The code point that starts at UTF-16 index `i` (undefined at the end). */
function cpAt(s: string, i: number): string | undefined {
  if (i >= s.length) return undefined;
  return String.fromCodePoint(s.codePointAt(i) ?? 0);
}

/** Remove one emphasis form from `line`, as the equivalent global regex replace would. */
export function stripEmphasisForm(line: string, form: EmphasisForm): string {
  const m = form.marker;
  if (!line.includes(m)) return line;
  const n = line.length;
  // Code points before each index (for the 1,000-code-point bound) and the first line
  // terminator at or after each index (`.` does not cross one).
  const cps = new Int32Array(n + 1);
  for (let i = 0, c = 0; i <= n; i++) {
    cps[i] = c;
    const u = line.charCodeAt(i);
    if (!(u >= 0xdc00 && u <= 0xdfff && i > 0 && line.charCodeAt(i - 1) >= 0xd800 && line.charCodeAt(i - 1) <= 0xdbff)) c++;
  }
  const hasTerminator = TERMINATOR.test(line);
  const nextTerm = new Int32Array(hasTerminator ? n + 1 : 0);
  if (hasTerminator) {
    nextTerm[n] = n;
    for (let i = n - 1; i >= 0; i--) nextTerm[i] = TERMINATOR.test(line[i] ?? "") ? i : (nextTerm[i + 1] ?? n);
  }
  // Closers of each run length k, ascending: q where line[q, q+k) is k markers, the run ends
  // there (next code point not a marker, and allowed after), and the code point before q is not a space.
  const closers = new Map<number, number[]>(form.lengths.map((k) => [k, []]));
  for (let i = 0; i < n; ) {
    if (line[i] !== m) {
      i++;
      continue;
    }
    let e = i;
    while (line[e] === m) e++;
    if (form.after(cpAt(line, e))) {
      for (const k of form.lengths) {
        const q = e - k;
        if (q < i) continue;
        const prev = cpBefore(line, q);
        if (prev !== undefined && !SPACE.test(prev)) closers.get(k)?.push(q);
      }
    }
    i = e;
  }
  const cursor = new Map<number, number>(form.lengths.map((k) => [k, 0]));
  const firstCloser = (k: number, from: number): number | undefined => {
    const list = closers.get(k) ?? [];
    let c = cursor.get(k) ?? 0;
    while (c < list.length && (list[c] ?? 0) < from) c++;
    cursor.set(k, c);
    return list[c];
  };

  let out = "";
  let copied = 0; // line[copied, …) not yet in `out`
  let last = 0; // where the regex would search from next
  for (let t = line.indexOf(m); t !== -1; t = line.indexOf(m, t + 1)) {
    const prev = cpBefore(line, t);
    if (prev === m) continue; // not the start of a run
    if (prev !== undefined && !form.before(prev)) continue;
    const start = prev === undefined ? 0 : t - prev.length;
    if (start < last) continue;
    let run = 0;
    while (line[t + run] === m) run++;
    for (const k of form.lengths) {
      if (k > run) continue;
      const s = t + k;
      const first = cpAt(line, s);
      if (first === undefined || SPACE.test(first)) continue; // (?=\S)
      const q = firstCloser(k, s + 1);
      if (q === undefined || (cps[q] ?? 0) - (cps[s] ?? 0) > MAX_EMPHASIS) continue;
      if (hasTerminator && (nextTerm[s] ?? n) < q) continue;
      out += line.slice(copied, t) + line.slice(s, q);
      copied = q + k;
      last = q + k;
      t = q + k - 1;
      break;
    }
  }
  return copied === 0 ? line : out + line.slice(copied);
}
