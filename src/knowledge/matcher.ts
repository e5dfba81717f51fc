/**
 * @module The alias matcher: longest word-bounded matches of pack names in a text, trying
 * plain folding, homoglyph folding and transliteration; ministry phrases joined to the country
 * that owns them ("the Indian Ministry of Defence" → org:ministry-of-defence:in); titles and
 * country adjectives before a person's name ("Russian President Vladimir Putin").
 */
import { bestEntries, type AliasIndex, type IndexEntry } from "./alias-index.ts";
import { foldName } from "./fold.ts";
import type { PackEntity } from "./schema.ts";
import { foldHomoglyphs, hasForeignLetters, transliterate } from "./script.ts";
import { wordTokens, type WordToken } from "./tokens.ts";
import type { AliasMatch, MatchVia } from "./types.ts";
import { aliasWords } from "./alias-words.ts";
import { isCountry, personInText, separable, titleFits } from "./match-context.ts";

type Mode = "plain" | "homoglyph" | "transliteration";

/** Letter-case patterns, compiled once (they are tested per token). */
const UPPER_START = /^\p{Lu}/u;
const TITLE_CASE_START = /^\p{Lu}\p{Ll}/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

export interface MatcherContext {
  readonly index: AliasIndex;
  readonly entities: ReadonlyMap<string, PackEntity>;
}

interface Found {
  start: number; // token index
  end: number; // token index, exclusive
  match: AliasMatch;
}

const convert = (s: string, mode: Mode): string =>
  mode === "homoglyph" ? foldHomoglyphs(s) : mode === "transliteration" ? transliterate(s) : s;

export function findAliasMatches(ctx: MatcherContext, text: string): AliasMatch[] {
  return new AliasScan(ctx, text).run();
}

interface AliasAt {
  readonly end: number;
  readonly entries: readonly IndexEntry[];
  readonly mode: Mode;
}

interface MinistryAt {
  readonly end: number;
  readonly kind: string;
  readonly country: string | null;
}

/** One text scanned for aliases: its word tokens, their foldings, and the matches found so far. */
class AliasScan {
  private readonly tokens: readonly WordToken[];
  private readonly n: number;
  private readonly foreign: boolean[];
  private readonly folds: Record<Mode, string[]>;
  private readonly modes: readonly Mode[];
  private readonly sepOk: boolean[];
  private readonly out: Found[] = [];
  /** Pack people a lone surname may stand for, by whether this text gives them context (see personInContext). */
  private readonly inContext = new Map<string, boolean>();

  constructor(
    private readonly ctx: MatcherContext,
    private readonly text: string,
  ) {
    const tokens = wordTokens(text);
    this.tokens = tokens;
    this.n = tokens.length;
    // Tokens are parts of the text: in a text with no Cyrillic or Greek letter, none has any.
    const foreignText = hasForeignLetters(text);
    const foreign = tokens.map((t) => foreignText && hasForeignLetters(t.text));
    this.foreign = foreign;
    const plain = tokens.map((t) => foldName(t.text));
    const anyForeignToken = foreign.some(Boolean);
    this.folds = {
      plain,
      homoglyph: anyForeignToken ? tokens.map((t, i) => (foreign[i] ? foldName(foldHomoglyphs(t.text)) : plain[i]!)) : plain,
      transliteration: anyForeignToken ? tokens.map((t, i) => (foreign[i] ? foldName(transliterate(t.text)) : plain[i]!)) : plain,
    };
    this.modes = anyForeignToken ? ["plain", "homoglyph", "transliteration"] : ["plain"];
    this.sepOk = tokens.map((t, i) => i > 0 && separable(text, tokens[i - 1]!, t));
  }

  run(): AliasMatch[] {
    const { ctx } = this;
    let i = 0;
    while (i < this.n) {
      const min = this.ministryAt(i);
      const ali = this.aliasAt(i);
      if (min && (!ali || min.end >= ali.end)) {
        i = this.emitMinistry(i, min);
        continue;
      }
      if (!ali) {
        i++;
        continue;
      }
      const first = ali.entries[0]!;
      if (this.insideLongerName(i, ali.end, first.entityId, first.form) || this.outOfContext(i, ali.end, first)) {
        i = ali.end;
        continue;
      }
      const ids = [...new Set(ali.entries.map((e) => e.entityId))];
      const via: MatchVia = ali.mode === "plain" ? first.via : ali.mode;
      const person = ctx.entities.get(first.entityId)?.type === "person";
      if (person) {
        this.emitPerson(i, ali.end, ids, via, first);
      } else {
        this.emit(i, ali.end, {
          entityId: first.entityId,
          via,
          form: first.form,
          ...(ids.length > 1 ? { alternatives: ids.slice(1) } : {}),
        });
      }
      i = ali.end;
    }
    return this.out.map((f) => f.match);
  }

  private surfaceOf(i: number, j: number): string {
    return this.text.slice(this.tokens[i]!.span[0], this.tokens[j - 1]!.span[1]);
  }

  /** The longest alias starting at token i, in any folding. */
  private aliasAt(i: number): AliasAt | null {
    const { ctx, folds, foreign, sepOk } = this;
    let best: AliasAt | null = null;
    for (const mode of this.modes) {
      let key = "";
      let anyForeign = false;
      for (let j = i; j < Math.min(this.n, i + ctx.index.maxTokens); j++) {
        if (j > i && !sepOk[j]) break;
        key += folds[mode][j]!;
        anyForeign ||= foreign[j]!;
        const exact = ctx.index.byKey.has(key);
        const plural = !exact && key.endsWith("s") && /\d[a-z]*s$/.test(key) && ctx.index.byKey.has(key.slice(0, -1));
        if ((exact || plural) && (mode === "plain" || anyForeign) && !(best && j + 1 <= best.end)) {
          const surface = convert(this.surfaceOf(i, j + 1), mode);
          let entries = bestEntries(ctx.index, key, surface);
          if (entries.length === 0 && plural) {
            entries = bestEntries(ctx.index, key.slice(0, -1), surface.slice(0, -1))
              .filter((e) => ctx.entities.get(e.entityId)?.type === "weapon");
          }
          if (entries.length > 0) best = { end: j + 1, entries, mode };
        }
        if (!ctx.index.extendable(key)) break;
      }
    }
    return best;
  }

  /** The longest ministry phrase starting at token i. */
  private ministryAt(i: number): MinistryAt | null {
    const { ctx } = this;
    // A ministry phrase starts with a capital: no other start is looked at.
    const first = this.tokens[i];
    if (!first || !UPPER_START.test(first.text)) return null;
    let key = "";
    let best: MinistryAt | null = null;
    for (let j = i; j < Math.min(this.n, i + ctx.index.maxTokens); j++) {
      if (j > i && !this.sepOk[j]) break;
      key += this.folds.plain[j]!;
      const m = ctx.index.ministries.get(key);
      if (m) best = { end: j + 1, kind: m.kind, country: m.country };
      if (!ctx.index.extendable(key)) break;
    }
    return best;
  }

  /** The last match, when it is a country ending right before `start` (optionally followed by a possessive "'s"). */
  private countryPrefix(start: number): Found | null {
    const { tokens, text } = this;
    const prev = this.out[this.out.length - 1];
    if (!prev || !isCountry(this.ctx.entities.get(prev.match.entityId))) return null;
    if (prev.end === start && this.sepOk[start]) return prev;
    const s = tokens[prev.end];
    if (prev.end === start - 1 && s && /^s$/i.test(s.text) && /^['’]$/.test(text.slice(tokens[prev.end - 1]!.span[1], s.span[0]))) {
      return text.slice(s.span[1], tokens[start]!.span[0]).trim() === "" ? prev : null;
    }
    return null;
  }

  private emit(start: number, end: number, m: Omit<AliasMatch, "span" | "text">): void {
    const span = [this.tokens[start]!.span[0], this.tokens[end - 1]!.span[1]] as const;
    this.out.push({ start, end, match: { ...m, span, text: this.text.slice(span[0], span[1]) } });
  }

  /**
   * A NATO reporting name ("Halo", "Bear", "Flanker") is a weapon only near military words: the
   * same word is a product or a nickname elsewhere. A lone surname after a place preposition ("in
   * Austin") is the place, not the person.
   */
  private outOfContext(start: number, end: number, entry: IndexEntry): boolean {
    const { tokens } = this;
    if (entry.form === "nato") {
      const from = Math.max(0, tokens[start]!.span[0] - 150);
      return !aliasWords().militaryContext.test(this.text.slice(from, tokens[end - 1]!.span[1] + 150));
    }
    if (entry.form === "surname" && end - start === 1) return aliasWords().placePrepositions.has((tokens[start - 1]?.text ?? "").toLowerCase()) || (this.honorificBefore(start) && !this.personInContext(entry.entityId));
    return false;
  }

  /**
   * Whether a pack person a surname after a form of address may stand for belongs in this text: it
   * names them in full somewhere, or names their country ("Mr. Wang" in a report on a chip maker is
   * someone else; "Mr. Wang" after "Wang Yi" or beside "Beijing" is the minister).
   */
  private personInContext(entityId: string): boolean {
    let ok = this.inContext.get(entityId);
    if (ok === undefined) this.inContext.set(entityId, (ok = personInText(this.ctx.entities, entityId, this.text)));
    return ok;
  }

  /**
   * A one-word, title-case alias of an organization or thing run into a capitalized word it does not
   * cover is the first word of a longer name the packs do not know: "Rafael" (a company) in "Rafael
   * Dimaculangan" (a spokesman), or before it: "Said Boeing" is no concern, "Marcos Rafael" is.
   * Countries and people are left to their own rules ("US State Department", "Putin's").
   */
  private insideLongerName(start: number, end: number, entityId: string, form: string): boolean {
    const { ctx, tokens, sepOk } = this;
    const words = aliasWords();
    if (end - start !== 1) return false;
    const e = ctx.entities.get(entityId);
    if (!e || e.type === "office") return false;
    if (!TITLE_CASE_WORD.test(tokens[start]!.text)) return false;
    // A capitalized word that is a name's continuation: not a weekday or month ("Putin Tuesday"),
    // not the start of another known name ("Russia Ukraine"), not a title ("President").
    const name = (k: number): boolean => {
      const t = tokens[k];
      if (!t || !TITLE_CASE_START.test(t.text) || words.calendarWords.has(t.text.toLowerCase())) return false;
      return !ctx.index.byKey.has(this.folds.plain[k]!) && !ctx.index.titles.has(this.folds.plain[k]!);
    };
    const after = name(end) && sepOk[end] === true;
    const before = start > 0 && name(start - 1) && sepOk[start] === true && !this.out.some((f) => f.end === start) && !(words.openingWords.has(tokens[start - 1]!.text.toLowerCase()) && /(?:^|[.!?]["”’]?)\s*$/.test(this.text.slice(0, tokens[start - 1]!.span[0])));
    // A country's name run into another capitalized word is another name: "Jordan Wapoose" (a
    // passenger), "Kenya Airways". A lone surname run into a given name is another person: "Kim
    // Soo-min", "Mark Austin".
    if (isCountry(e)) return form === "name" && after && this.ministryAt(end) === null;
    if (e.type === "person") return form === "surname" && (after || before);
    return after || before;
  }

  /** A ministry, joined to the country before it ("the Indian Ministry of Defence") or after it ("Ministry of Defence of India"); returns where scanning resumes. */
  private emitMinistry(start: number, m: MinistryAt): number {
    const { ctx, tokens, sepOk } = this;
    let iso = m.country;
    let from = start;
    let end = m.end;
    if (!iso) {
      const pre = this.countryPrefix(start);
      if (pre) {
        iso = ctx.entities.get(pre.match.entityId)!.iso2!.toLowerCase();
        from = pre.start;
        this.out.pop();
      } else if (tokens[end] && /^of$/i.test(tokens[end]!.text) && sepOk[end] && sepOk[end + 1]) {
        const after = this.aliasAt(end + 1);
        const c = after && ctx.entities.get(after.entries[0]!.entityId);
        if (after && c && isCountry(c) && after.entries[0]!.form !== "demonym") {
          iso = c.iso2!.toLowerCase();
          end = after.end;
        }
      }
    }
    const id = iso ? `org:ministry-of-${m.kind}:${iso}` : `org:ministry-of-${m.kind}`;
    if (ctx.entities.has(id)) this.emit(from, end, { entityId: id, via: "alias", form: "ministry" });
    return end;
  }

  /** Whether a form of address ("Mr.", "Dr", the aliases pack's honorifics) is written right before token `start`. */
  private honorificBefore(start: number): boolean {
    const k = start - 1;
    return k >= 0 && this.sepOk[start] === true && aliasWords().honorifics.has(this.folds.plain[k]!);
  }

  /** A person, with the office or title written before the name ("Russian President Vladimir Putin"). */
  private emitPerson(start: number, end: number, ids: readonly string[], via: MatchVia, first: IndexEntry): void {
    const { ctx, tokens, sepOk, out } = this;
    // An office right before the name ("Russian President" Vladimir Putin) becomes its title.
    const prev = out[out.length - 1];
    const office = prev && prev.end === start && sepOk[start] ? ctx.entities.get(prev.match.entityId) : undefined;
    if (prev && office?.type === "office") {
      const adj = bestEntries(ctx.index, this.folds.plain[prev.start]!, tokens[prev.start]!.text).find((e) => e.form === "demonym");
      const role = adj && prev.end - prev.start > 1 ? this.surfaceOf(prev.start + 1, prev.end) : prev.match.text;
      const fit = ids.length > 1 ? ids.filter((id) => titleFits(role, ctx.entities.get(id)!)) : ids;
      if (fit.length === 1 || first.form !== "surname") {
        out.pop();
        const roleOf = adj?.entityId ?? office.country;
        this.emit(prev.start, end, { entityId: fit[0] ?? ids[0]!, via: "title", form: first.form, role, ...(roleOf ? { roleOf } : {}) });
        return;
      }
    }
    // Title before the name: longest run of up to 4 tokens that folds to a known title.
    let tStart = -1;
    let key = "";
    for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
      if (!sepOk[k + 1]) break;
      if (out.length > 0 && out[out.length - 1]!.end > k) break;
      key = this.folds.plain[k]! + key;
      if (ctx.index.titles.has(key) && (key.length > 3 || UPPER_START.test(tokens[k]!.text))) tStart = k;
    }
    const title = tStart >= 0 ? this.surfaceOf(tStart, start) : null;
    let chosen = ids;
    if (ids.length > 1) {
      chosen = title ? ids.filter((id) => titleFits(title, ctx.entities.get(id)!)) : [];
      if (chosen.length !== 1) {
        if (first.form === "surname") return;
        chosen = ids;
      }
    }
    const entityId = chosen[0]!;
    let from = start;
    let roleOf: string | null = null;
    if (tStart >= 0) {
      from = tStart;
      const pre = this.countryPrefix(tStart);
      if (pre) {
        roleOf = pre.match.entityId;
        from = pre.start;
        out.pop();
      }
    }
    this.emit(from, end, {
      entityId,
      via: title ? "title" : via,
      form: first.form,
      ...(chosen.length > 1 ? { alternatives: chosen.slice(1) } : {}),
      ...(title ? { role: title } : {}),
      ...(roleOf ? { roleOf } : {}),
    });
  }
}
