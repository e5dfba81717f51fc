/**
 * @module Hand-curated word lists for name finding (packs/lexicon/*.json): given names, titles,
 * organization cues, places, nationalities, calendar and headline words. Loaded once, validated
 * with zod, and indexed as lower-cased sets (multi-word entries keyed by their space-joined form).
 */
import { pushTo } from "../../multimap.ts";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { PackError } from "../../errors.ts";
import { ONCE } from "../pack-file.ts";

const words = z.array(z.string().min(1));
const schemas = {
  "given-names": z.object({ description: z.string(), names: words }),
  "person-titles": z.object({ description: z.string(), honorifics: words, roles: words, modifiers: words }),
  organizations: z.object({ description: z.string(), suffixes: words, keywords: words, clubNicknames: words, known: words }),
  places: z.object({
    description: z.string(),
    countries: words,
    cities: words,
    regions: words,
    keywords: words,
    stateAbbreviations: words,
    placeNouns: words,
    placeFollowers: words,
  }),
  nationalities: z.object({ description: z.string(), adjectives: words, events: words, other: words }),
  common: z.object({
    description: z.string(),
    calendar: words,
    teamSports: words,
    individualSports: words,
    common: words,
  }),
  "name-forms": z.object({ description: z.string(), inflections: words, shortForms: z.array(z.tuple([z.string().min(1), z.string().min(1)])) }),
} as const;

type Schemas = typeof schemas;
type LexiconFiles = { [K in keyof Schemas]: z.infer<Schemas[K]> };

/** Lower-cased lookup sets; every key is trimmed, lower-cased, with a trailing "." removed for titles. */
export interface NameLexicon {
  readonly givenNames: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  /** Words that form a title only together with a role ("Foreign" Minister, "Vice" President). */
  readonly titleModifiers: ReadonlySet<string>;
  readonly orgSuffixes: ReadonlySet<string>;
  readonly orgKeywords: ReadonlySet<string>;
  /** Nicknames of sports clubs ("Pistons", "Trail Blazers"): organization cues, and what a city's name stands for when the story names one club of it. */
  readonly clubNicknames: ReadonlySet<string>;
  readonly knownOrgs: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  readonly cities: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  readonly placeKeywords: ReadonlySet<string>;
  /** Postal and traditional abbreviations of states and provinces ("Calif.", "TX"), trusted after "City ,". */
  readonly stateAbbreviations: ReadonlySet<string>;
  /** Lower-case nouns that introduce a place name with "of" ("the town of X", "north of X"). */
  readonly placeNouns: ReadonlySet<string>;
  /** Lower-case nouns that follow a place name used as a modifier ("the Adige river", "Gatwick airport"). */
  readonly placeFollowers: ReadonlySet<string>;
  readonly nationalities: ReadonlySet<string>;
  readonly eventKeywords: ReadonlySet<string>;
  /** Other MISC names: time zones, scales, holidays, awards, scriptures, programmes. */
  readonly otherMisc: ReadonlySet<string>;
  readonly calendar: ReadonlySet<string>;
  readonly teamSports: ReadonlySet<string>;
  readonly individualSports: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
  /** Endings that inflect a name without respelling it ("s": the Klitschkos; "ese": Sudanese). */
  readonly nameInflections: readonly string[];
  /** Lower-cased short form of a given name → the full names it stands for ("mo" → ["maurice"]). */
  readonly shortForms: ReadonlyMap<string, readonly string[]>;
  /** Longest entry, in tokens, across the multi-word sets (bounds phrase lookups). */
  readonly maxPhrase: number;
}

/** Normalize a lexicon key or a phrase for lookup: lower case, single spaces, no trailing period. */
export function lexKey(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}

function set(list: readonly string[], stripDot = false): Set<string> {
  const out = new Set<string>();
  for (const w of list) {
    const k = lexKey(w);
    out.add(k);
    if (stripDot && k.endsWith(".")) out.add(k.slice(0, -1));
  }
  return out;
}

function readLexiconFile<K extends keyof Schemas>(name: K, dir: URL): LexiconFiles[K] {
  const url = new URL(`${name}.json`, dir);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, "utf8"));
  } catch (cause) {
    throw new PackError(
      `Could not read name lexicon ${url.pathname}: expected a JSON file; restore packs/lexicon/${name}.json.`,
      { cause },
    );
  }
  const parsed = schemas[name].safeParse(raw, ONCE);
  if (!parsed.success) {
    throw new PackError(
      `Name lexicon ${url.pathname} has the wrong shape: ${parsed.error.message}. ` +
        `Expected an object with a description and arrays of non-empty strings.`,
      { cause: parsed.error },
    );
  }
  return parsed.data as LexiconFiles[K];
}

/** Build the lexicon from the files in `dir` (a URL ending in "/"). Throws PackError when broken. */
export function buildNameLexicon(dir: URL): NameLexicon {
  const given = readLexiconFile("given-names", dir);
  const titles = readLexiconFile("person-titles", dir);
  const orgs = readLexiconFile("organizations", dir);
  const places = readLexiconFile("places", dir);
  const nats = readLexiconFile("nationalities", dir);
  const common = readLexiconFile("common", dir);
  const forms = readLexiconFile("name-forms", dir);
  const shortForms = new Map<string, string[]>();
  for (const [full, short] of forms.shortForms) pushTo(shortForms, lexKey(short), lexKey(full));
  const all = [...orgs.known, ...places.countries, ...places.cities, ...places.regions, ...nats.adjectives];
  const maxPhrase = Math.max(...all.map((w) => w.trim().split(/\s+/).length));
  return {
    givenNames: set(given.names),
    honorifics: set(titles.honorifics, true),
    roles: set(titles.roles),
    titleModifiers: set(titles.modifiers),
    orgSuffixes: set(orgs.suffixes, true),
    orgKeywords: set([...orgs.keywords, ...orgs.clubNicknames]),
    clubNicknames: set(orgs.clubNicknames),
    knownOrgs: set(orgs.known),
    countries: set(places.countries, true),
    cities: set(places.cities),
    regions: set(places.regions),
    placeKeywords: set(places.keywords, true),
    stateAbbreviations: set(places.stateAbbreviations, true),
    placeNouns: set(places.placeNouns),
    placeFollowers: set(places.placeFollowers),
    nationalities: set(nats.adjectives),
    eventKeywords: set(nats.events),
    otherMisc: set(nats.other),
    calendar: set(common.calendar),
    teamSports: set(common.teamSports),
    individualSports: set(common.individualSports),
    common: set(common.common),
    nameInflections: [...forms.inflections].sort((a, b) => b.length - a.length),
    shortForms,
    maxPhrase,
  };
}

let cached: NameLexicon | null = null;

/** The lexicon shipped in packs/lexicon/, loaded on first use and cached for the process. */
export function loadNameLexicon(): NameLexicon {
  cached ??= buildNameLexicon(new URL("../../../packs/lexicon/", import.meta.url));
  return cached;
}
