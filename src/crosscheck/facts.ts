/**
 * @module Facts from claim groups: variants (one per distinct, mutually incompatible value, plus the
 * evidence that gives no figure), the verdict, what exactly differs, the most conservative figure
 * (ACLED's convention) and a human-readable statement.
 */
import { isBackground } from "./background.ts";
import type { Evidence, Fact, Variant, Verdict } from "../report/types.ts";
import { differenceOf } from "./difference.ts";
import { CONTRACT_ITEM } from "../extract/frames.ts";
import { stableId } from "../ids.ts";
import { foldName } from "../knowledge/fold.ts";
import type { Claim, Quantity } from "../types.ts";
import type { ClaimGroup } from "./group.ts";
import { canonicalOrder } from "./group.ts";
import { statementOf } from "./statements.ts";
import type { Origins } from "./origins.ts";
import { claimValue, conflict, differences, describeValue, dimensionsOf, isDone, mergeValues, restrictValue, type ClaimValue, type DateComparison } from "./values.ts";
import { type Bucket, commonestDate, conservative, describeBucket, majority, readingKey, risingToll } from "./fact-parts.ts";

export interface FactContext {
  readonly storyId: string;
  readonly origins: (claims: readonly Claim[]) => Origins;
  /** The buyer most procurement claims of the story name, for claims that name none. */
  readonly defaultBuyer: string | null;
  /** "mention": one fact that something is said at all, every value set aside. */
  readonly mode?: "figures" | "mention";
  /** The one dimension of figures this fact compares (see `dimensionOf`); all when absent. */
  readonly dimension?: string;
  /** An article's publication date (ISO), to tell a toll updated by later reports from a dispute. */
  readonly published?: (articleId: string) => string | null;
  /** The year the story is set in: a claim dated in an earlier year is background, whose figures are no account of this fact. */
  readonly storyYear?: number | null;
  /** The first article's publication date: a claim dated well before it is background too. */
  readonly storyStart?: string | null;
  /** Whose a figure is (owners.ts): figures of two different people are never rivals. */
  readonly ownerOf?: (q: Quantity) => string | null;
}


const withDateFor = (g: ClaimGroup): boolean => g.kind === "visit" || g.kind === "generic" || g.kind === "statement";

/** Does the claim give the value a group's facts compare (a count, a date, a done deal)? */
export function hasFigure(c: Claim, group: ClaimGroup): boolean {
  const v = claimValue(c);
  return v.counts.size > 0 || (withDateFor(group) && v.date !== null) || isDone(v.status) || v.denied;
}

/**
 * A frame group whose figures only some articles give becomes two facts: the figures (with the
 * claims that give them) and the mention (everyone who says the thing at all). Figures of
 * separate dimensions (a quake's death toll and its magnitude; a deal's size and its value) are
 * separate facts, so agreement on one is not hidden by a dispute over another. Otherwise one fact.
 */
export function buildFacts(group: ClaimGroup, ctx: FactContext): Fact[] {
  const framed = group.kind === "procurement" || group.kind === "delivery" || group.kind === "visit" || group.kind === "incident";
  const figured = group.claims.filter((c) => hasFigure(c, group));
  const figuredArticles = new Set(figured.map((c) => c.articleId));
  const others = group.claims.some((c) => !figuredArticles.has(c.articleId));
  const contract = group.claims.some((c) => c.frame?.roles["item"] === CONTRACT_ITEM);
  if (!framed || contract || figured.length === 0) return [buildFact(group, ctx)];
  const dims = [...new Set(figured.flatMap((c) => [...dimensionsOf(claimValue(c))]))].sort((a, b) => (a === "count" ? -1 : b === "count" ? 1 : a < b ? -1 : 1));
  const perDimension =
    dims.length <= 1
      ? [buildFact({ ...group, claims: figured }, ctx)]
      : dims.map((dim) =>
          buildFact(
            { ...group, key: dim === "count" ? group.key : `${group.key}|${dim}`, claims: figured.filter((c) => dimensionsOf(claimValue(c)).has(dim)) },
            { ...ctx, dimension: dim },
          ),
        );
  if (!others && dims.length <= 1) return perDimension;
  return [...perDimension, buildFact({ ...group, key: `${group.key}|mention`, claims: group.claims }, { ...ctx, mode: "mention" })];
}

export function buildFact(group: ClaimGroup, ctx: FactContext): Fact {
  const claims = [...group.claims].sort(canonicalOrder);
  const withDate = withDateFor(group);
  const mention = ctx.mode === "mention";
  const valueOf = (c: Claim): ClaimValue => (ctx.dimension ? restrictValue(claimValue(c), ctx.dimension) : claimValue(c));
  // A visit's dates are the visit's; other claims' dates may be of different things (see DateComparison).
  const dates: DateComparison = withDate && group.kind !== "visit" ? "days" : withDate;
  const compare = { compareDates: dates, ...(ctx.ownerOf ? { ownerOf: ctx.ownerOf } : {}) };
  const reader: Reader = { valueOf, compare, compatible: (a, b) => conflict(a, b, compare) === null };
  const gives = (v: ClaimValue): boolean => v.counts.size > 0 || (withDate && v.date !== null) || isDone(v.status);
  // Background ("in 2004, a magnitude 9.1 quake ...") gives no account of this story's figures: it joins the figure-less evidence.
  const accountable = (c: Claim): boolean => gives(valueOf(c)) && !isBackground(c, ctx);
  const tally = variantsOf(accountsOf(mention ? [] : claims.filter(accountable), reader), reader);
  const unspecified = mention ? [...claims] : [];
  addDenials(tally, mention ? [] : claims.filter((c) => !accountable(c)), reader, unspecified);
  const { buckets } = tally;
  for (const b of buckets) b.value = { ...b.value, date: commonestDate(b.claims.map(valueOf)) ?? b.value.date };
  const { differs, stages, staged } = describeDifference(tally, ctx, reader, group.kind);
  const variants: Variant[] = buckets.map((b, k) => {
    const value = describeBucket(b, valueOf, withDate);
    const stage = stages[k] ?? "";
    const shown = staged && stage && !value.includes(stage) ? `${value} (${stage})` : value;
    // Where the variant joins several readings, each quote says which one is its own.
    const reading = value.includes(" / ") ? (c: Claim): string => describeValue(valueOf(c), { withDate }) : undefined;
    return { value: shown, evidence: evidenceOf(b.claims, reading) };
  });
  // "Mentioned without that figure" lists the articles that give no figure at all: an article
  // already counted under a figure is not listed again for its other sentences on the subject.
  const figured = new Set(buckets.flatMap((b) => b.claims.map((c) => c.articleId)));
  const bare = unspecified.filter((c) => !figured.has(c.articleId));
  if (bare.length > 0) variants.push({ value: buckets.length > 0 ? "mentioned without that figure" : "as stated", evidence: evidenceOf(bare) });
  const origins = ctx.origins(claims);
  const verdict: Verdict = buckets.length >= 2 ? "contested" : origins.count >= 2 ? "corroborated" : "single-source";
  const compared = tally.compared;
  return {
    id: stableId("f", ctx.storyId, group.key),
    storyId: ctx.storyId,
    statement: statementOf(group, claims, {
      accounts: buckets.length,
      date: buckets.length === 1 ? (buckets[0]?.value.date ?? null) : null,
      defaultBuyer: ctx.defaultBuyer,
      dimension: ctx.dimension ?? null,
      single: buckets.length === 1 && buckets[0] ? describeBucket(buckets[0], valueOf, false) : null,
      // Accounts at different stages, or one that denies the deal: the statement names no stage.
      neutral: staged || buckets.some((b) => b.value.denied) || (mention && claims.some((c) => c.modality === "denied")),
    }),
    subject: subjectsOf(claims),
    verdict,
    articles: new Set(claims.map((c) => c.articleId)).size,
    independentOrigins: origins.count,
    variants,
    differs: verdict === "contested" ? differs : null,
    difference: verdict === "contested" && differs !== null && compared ? differenceOf(differs, compared, valueOf, withDate) : null,
    conservative: verdict === "contested" ? conservative(buckets) : null,
    origins: origins.chains,
    modality: majority(claims.map((c) => c.modality)),
    frame: claims.find((c) => c.frame)?.frame ?? null,
  };
}

/** How a fact reads and compares its claims' values. */
interface Reader {
  readonly valueOf: (c: Claim) => ClaimValue;
  readonly compare: { readonly compareDates: DateComparison; readonly ownerOf?: (q: Quantity) => string | null };
  readonly compatible: (a: ClaimValue, b: ClaimValue) => boolean;
}

/** The variants so far, and the first two readings that disagree (what `differs` names). */
interface Tally {
  readonly buckets: Bucket[];
  differs: string | null;
  compared: readonly [Claim, Claim] | null;
}

/**
 * One account per article and source: the figures its sentences give, merged while they agree
 * (the count in one sentence, the deal's value in the next); an article that contradicts itself
 * gives several, and so does one that reports two sources ("officials said dozens were
 * injured"; "organisers put it at more than 100").
 */
function accountsOf(claims: readonly Claim[], { valueOf, compatible }: Reader): Bucket[] {
  const accounts: Bucket[] = [];
  const sourceOf = (c: Claim): string => (c.attribution ? foldName(c.attribution.source) : "");
  for (const c of claims) {
    const v = valueOf(c);
    const own = accounts.find((a) => a.claims[0]?.articleId === c.articleId && a.claims.every((x) => compatible(valueOf(x), v) && (!x.attribution || !c.attribution || sourceOf(x) === sourceOf(c))));
    if (own) {
      own.value = mergeValues(own.value, v);
      own.claims.push(c);
    } else accounts.push({ value: v, claims: [c] });
  }
  return accounts;
}

/**
 * Variants from accounts: an account joins a variant only when each of its readings agrees with
 * each reading already there ("at least 12" agrees with "19" and with "23", but "19" and "23" do
 * not agree). Readings are compared once per distinct value (copies repeat them), keeping this
 * linear in copies. The first two readings that disagree are what `differs` names.
 */
function variantsOf(accounts: readonly Bucket[], { valueOf, compare, compatible }: Reader): Tally {
  const tally: Tally = { buckets: [], differs: null, compared: null };
  const readingsOf = new Map<Bucket, Map<string, ClaimValue>>();
  const distinct = (claims: readonly Claim[]): Map<string, ClaimValue> => {
    const out = new Map<string, ClaimValue>();
    for (const c of claims) {
      const r = valueOf(c);
      out.set(readingKey(r), r);
    }
    return out;
  };
  for (const account of accounts) {
    const mine = distinct(account.claims);
    const agrees = (b: Bucket): boolean => [...(readingsOf.get(b)?.values() ?? [])].every((x) => [...mine.values()].every((y) => compatible(x, y)));
    const home = tally.buckets.find((b) => compatible(b.value, account.value) && agrees(b));
    if (home) {
      home.value = mergeValues(home.value, account.value);
      home.claims.push(...account.claims);
      for (const [k, r] of mine) readingsOf.get(home)?.set(k, r);
      continue;
    }
    if (tally.differs === null) {
      for (const b of tally.buckets) {
        const pair = b.claims.flatMap((x) => account.claims.map((y) => [x, y] as const)).find(([x, y]) => !compatible(valueOf(x), valueOf(y)));
        if (pair) {
          tally.differs = differences(valueOf(pair[0]), valueOf(pair[1]), compare).join("; ");
          tally.compared = pair;
          break;
        }
      }
    }
    const bucket = { value: account.value, claims: [...account.claims] };
    tally.buckets.push(bucket);
    readingsOf.set(bucket, mine);
  }
  return tally;
}

/**
 * A claim that gives no figure joins the figure-less evidence (`unspecified`), unless it is a
 * denial that contradicts an account (a denial against a signing): denials form their own variant.
 */
function addDenials(tally: Tally, figureless: readonly Claim[], { valueOf, compare, compatible }: Reader, unspecified: Claim[]): void {
  for (const c of figureless) {
    const v = valueOf(c);
    const conflicting = tally.buckets.find((b) => !b.value.denied && !compatible(b.value, v));
    if (!v.denied || !conflicting) {
      unspecified.push(c);
      continue;
    }
    const home = tally.buckets.find((b) => b.value.denied);
    if (home) home.claims.push(c);
    else {
      if (tally.differs === null) {
        tally.differs = conflict(conflicting.value, v, compare);
        const first = conflicting.claims[0];
        if (first) tally.compared = [first, c];
      }
      tally.buckets.push({ value: v, claims: [c] });
    }
  }
}

/** What `differs` says in full (a denial beside differing figures, differing stages, a rising toll), and each variant's stage. */
function describeDifference(tally: Tally, ctx: FactContext, { valueOf, compare }: Reader, kind: ClaimGroup["kind"]): { differs: string | null; stages: string[]; staged: boolean } {
  const { buckets } = tally;
  let differs = tally.differs;
  // A denial beside figures that differ: say both.
  const denial = buckets.find((b) => b.value.denied);
  if (denial && differs !== null && !differs.includes("denied")) {
    const against = buckets.map((b) => conflict(b.value, denial.value, compare)).find((x) => x !== null);
    if (against) differs += `; ${against}`;
  }
  // When the accounts that differ also give different stages of the deal ("approved" against
  // "considering"), each variant says its stage and `differs` names that difference too.
  const stages = buckets.map((b) => (b.value.denied ? "" : majority(b.claims.map((c) => c.frame?.status ?? "").filter(Boolean))));
  const staged = buckets.length >= 2 && new Set(stages.filter(Boolean)).size >= 2;
  if (staged && differs !== null) differs += `; stage also differs: ${[...new Set(stages.filter(Boolean))].join(" vs ")}`;
  const rising = differs !== null ? risingToll(buckets, ctx, valueOf, kind) : null;
  if (rising) differs = `${rising}; ${differs}`;
  return { differs, stages, staged };
}

/** One piece of evidence per quoted sentence (a sentence can hold several claims of one fact). */
export function evidenceOf(claims: readonly Claim[], reading?: (c: Claim) => string): Evidence[] {
  const seen = new Set<string>();
  return claims
    .filter((c) => {
      const key = `${c.articleId}:${c.span[0]}:${c.span[1]}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((c) => {
      const e = evidence(c);
      const own = reading?.(c);
      return own && own !== "no figure given" ? { ...e, reading: own } : e;
    });
}

function evidence(c: Claim): Evidence {
  const a = c.attribution;
  const attribution = a ? [a.via ? `${a.source} (told ${a.via})` : a.source, ...a.upstream].join(" ← ") + (a.date ? ` (${a.date})` : "") : null;
  return { articleId: c.articleId, quote: c.text, span: [c.span[0], c.span[1]], attribution };
}

function subjectsOf(claims: readonly Claim[]): string[] {
  const counts = new Map<string, number>();
  for (const c of claims) for (const s of c.subjects) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 6)
    .map(([s]) => s);
}

