/**
 * @module Script conversions for names: Cyrillic/Greek look-alikes → Latin (homoglyphs),
 * Cyrillic → Latin transliteration (BGN/PCGN-like), and the reverse reading of Latin letters
 * that look like Cyrillic ones ("C" read as "С" = "S").
 */

/** Cyrillic and Greek letters that look like a Latin letter. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X",
  Ѕ: "S", І: "I", Ј: "J", Ԛ: "Q", Ԝ: "W",
  а: "a", е: "e", о: "o", р: "p", с: "c", у: "y", х: "x", ѕ: "s", і: "i", ј: "j", ԛ: "q", ԝ: "w",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T",
  Υ: "Y", Χ: "X", ο: "o", ν: "v", ι: "i", κ: "k", ρ: "p", τ: "t", υ: "u", χ: "x",
};

/** Cyrillic → Latin, BGN/PCGN-like (Russian and Ukrainian letters). */
const TRANSLIT: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu",
  я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", ў: "w",
};

/** Latin letters that look like a Cyrillic letter transliterated differently ("C" ~ "С" = "S"). */
const LATIN_AS_CYRILLIC: Readonly<Record<string, { cyr: string; latin: string }>> = {
  C: { cyr: "С", latin: "S" }, c: { cyr: "с", latin: "s" },
  P: { cyr: "Р", latin: "R" }, p: { cyr: "р", latin: "r" },
  H: { cyr: "Н", latin: "N" },
  B: { cyr: "В", latin: "V" },
  Y: { cyr: "У", latin: "U" }, y: { cyr: "у", latin: "u" },
  X: { cyr: "Х", latin: "Kh" }, x: { cyr: "х", latin: "kh" },
};

export function hasCyrillic(s: string): boolean {
  return /\p{Script=Cyrillic}/u.test(s);
}

export function hasGreek(s: string): boolean {
  return /\p{Script=Greek}/u.test(s);
}

export function hasLatin(s: string): boolean {
  return /\p{Script=Latin}/u.test(s);
}

/** True when `s` holds Cyrillic or Greek letters that could be confused with Latin ones. */
export function hasForeignLetters(s: string): boolean {
  return hasCyrillic(s) || hasGreek(s);
}

/** Replace Cyrillic/Greek look-alikes by the Latin letters they resemble ("С-400" → "C-400"). */
export function foldHomoglyphs(s: string): string {
  let out = "";
  for (const ch of s) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

/** Transliterate Cyrillic letters to Latin, keeping case of the first letter ("МиГ" → "MiG"). */
export function transliterate(s: string): string {
  let out = "";
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const t = TRANSLIT[lower];
    if (t === undefined) {
      out += ch;
      continue;
    }
    out += ch !== lower && t.length > 0 ? t[0]!.toUpperCase() + t.slice(1) : t;
  }
  return out;
}

export interface CyrillicReading {
  /** The Latin text as it would read if its look-alike letters were Cyrillic, transliterated. */
  readonly latin: string;
  /** Which letters were re-read, e.g. [{ from: "C", cyr: "С", to: "S" }]. */
  readonly changes: readonly { readonly from: string; readonly cyr: string; readonly to: string }[];
}

/**
 * Every way of re-reading some Latin look-alike letters of `s` as Cyrillic and transliterating
 * them ("C-300" → "S-300"; "Cy-27" → "Su-27", "Sy-27", "Cu-27"). At most 2^6 variants.
 */
export function cyrillicReadings(s: string): readonly CyrillicReading[] {
  const chars = [...s];
  const positions = chars.map((c, i) => (LATIN_AS_CYRILLIC[c] ? i : -1)).filter((i) => i >= 0).slice(0, 6);
  const out: CyrillicReading[] = [];
  for (let mask = 1; mask < 1 << positions.length; mask++) {
    const copy = [...chars];
    const changes: { from: string; cyr: string; to: string }[] = [];
    positions.forEach((pos, bit) => {
      if (!(mask & (1 << bit))) return;
      const from = chars[pos]!;
      const m = LATIN_AS_CYRILLIC[from]!;
      copy[pos] = m.latin;
      changes.push({ from, cyr: m.cyr, to: m.latin });
    });
    out.push({ latin: copy.join(""), changes });
  }
  return out;
}
