/**
 * @module A deterministic generator of news-like articles for the store benchmarks: S stories
 * (each a topic: a place, an actor, a thing, figures and a date), each told by several
 * outlets with varied wording and figures, as JSON records for ingest's JSON reader. Topics
 * share a small vocabulary: two of them may read alike (same kind of thing, actor or place, dates
 * days apart) and be clustered as one story; `distinct` gives each topic a name of its own, as
 * separate news stories have.
 */
import { seededStream } from "../../src/reuse/hash.ts";

export interface GeneratedRecord {
  readonly title: string;
  readonly text: string;
  readonly outlet: string;
  readonly url: string;
  readonly published: string;
}

/** A seeded PRNG in [0, 1), from the reuse stage's mulberry32 stream. */
function rng(seed: number): () => number {
  const next = seededStream(seed);
  return () => next() / 4294967296;
}

const PLACES = ["Lisbon", "Nairobi", "Osaka", "Valparaiso", "Tallinn", "Accra", "Hobart", "Quebec", "Tbilisi", "Cebu", "Bergen", "Cusco", "Da Nang", "Sfax", "Graz", "Leon"];
const ACTORS = ["the port authority", "the city council", "the health ministry", "a rail operator", "the energy regulator", "a shipping group", "the university", "the water board"];
const THINGS = ["bridge", "hospital wing", "tram line", "wind farm", "desalination plant", "container terminal", "flood barrier", "data centre", "ferry fleet", "airport runway"];
const VERBS = ["approved", "opened", "delayed", "cancelled", "expanded", "announced", "suspended", "financed"];
const OUTLETS = ["Harbour Times", "Daily Ledger", "Evening Post", "Coast Herald", "Metro Wire", "Civic Journal", "Northern Star", "Morning Courier", "Regional Press", "Capital Report"];
const FILLER = [
  "Officials said the decision followed months of consultation with residents.",
  "Critics argued that the costs had been underestimated from the start.",
  "The project has been debated in local media for several years.",
  "Construction workers were seen on site early in the morning.",
  "A spokesperson declined to comment on the timetable.",
  "Residents expressed mixed feelings about the change.",
  "Analysts expect further announcements in the coming weeks.",
  "The opposition called for an independent review of the contracts.",
];

const SYLLABLES = ["ka", "ro", "vel", "tan", "mir", "so", "lun", "dar", "bez", "qui", "nor", "fa", "gil", "osk", "ter", "wen"];

/** A made-up proper name, one per (seed, topic) for topics below 4,096. */
function topicName(seed: number, topic: number): string {
  let n = seed * 4096 + topic;
  let out = "";
  do {
    out += SYLLABLES[n % 16];
    n = Math.floor(n / 16);
  } while (n > 0);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function pick<T>(items: readonly T[], r: () => number): T {
  return items[Math.floor(r() * items.length)] as T;
}

export interface GenerateOptions {
  readonly stories?: number;
  readonly seed?: number;
  /** Each topic's thing carries a made-up name of its own ("the Kavel bridge"), so that topics do not read alike. */
  readonly distinct?: boolean;
}

/** `count` articles over `stories` stories (round-robin), deterministic for a seed. */
export function generateRecords(count: number, options: GenerateOptions = {}): GeneratedRecord[] {
  const stories = Math.max(1, options.stories ?? Math.ceil(count / 8));
  const seed = options.seed ?? 42;
  const r = rng(seed);
  const topics = Array.from({ length: stories }, (_, i) => ({
    place: `${pick(PLACES, r)}`,
    actor: pick(ACTORS, r),
    thing: options.distinct === true ? `${topicName(seed, i)} ${pick(THINGS, r)}` : `${pick(THINGS, r)} ${["north", "east", "south", "west", "central"][i % 5]} ${i}`,
    verb: pick(VERBS, r),
    cost: 5 + Math.floor(r() * 900),
    jobs: 20 + Math.floor(r() * 2000),
    day: 1 + Math.floor(r() * 28),
    month: 1 + Math.floor(r() * 12),
  }));
  const out: GeneratedRecord[] = [];
  for (let n = 0; n < count; n++) {
    const t = topics[n % stories]!;
    const outlet = OUTLETS[(n + Math.floor(n / stories)) % OUTLETS.length]!;
    const cost = r() < 0.2 ? t.cost + 1 + Math.floor(r() * 50) : t.cost;
    const date = `2026-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")}`;
    const lead = `In ${t.place}, ${t.actor} ${t.verb} the ${t.thing} project on ${date}, according to ${pick(OUTLETS, r)}.`;
    const body = [
      lead,
      `The ${t.thing} will cost ${cost} million euros and create about ${t.jobs} jobs, officials in ${t.place} said.`,
      ...Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(FILLER, r)),
      `Article ${n} by ${outlet}.`,
    ];
    out.push({
      title: `${t.place}: ${t.actor} ${t.verb} ${t.thing} project`,
      text: body.join("\n\n"),
      outlet,
      url: `https://${outlet.toLowerCase().replace(/\s+/g, "")}.example/${n}`,
      published: date,
    });
  }
  return out;
}

/**
 * A news stream of `count` articles: stories of about `storySize` articles arrive one group of
 * `active` stories after another, their articles interleaved inside the group (coverage of a few
 * stories at a time, as a day's feed), so the store keeps growing while each story stays small
 * (with `distinct` topics; without, look-alike topics merge into stories that grow along the stream).
 */
export function generateStream(count: number, options: { storySize?: number; active?: number; seed?: number; distinct?: boolean } = {}): GeneratedRecord[] {
  const storySize = Math.max(1, options.storySize ?? 8);
  const active = Math.max(1, options.active ?? 5);
  const stories = Math.max(1, Math.ceil(count / storySize));
  const records = generateRecords(count, { stories, ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.distinct === undefined ? {} : { distinct: options.distinct }) });
  // Record n tells story n % stories; order by the story's group, then by n.
  const group = (n: number): number => Math.floor((n % stories) / active);
  return records.map((r, n) => ({ r, n })).sort((x, y) => group(x.n) - group(y.n) || x.n - y.n).map(({ r }) => r);
}
