/**
 * @module Hand-built reports for renderer and browser tests: a small, realistic story (four
 * fictional outlets, one contested figure, a corroborated visit date, a single-source approval, a
 * garbled name, repeated text and a near-copy), and a hostile one whose outlet, title, text, quotes
 * and anomaly carry script-injection payloads. Spans are computed from the texts, so they are exact.
 */
import type { Anomaly, ArticleSummary, Evidence, Fact, Report, ReuseLink } from "./types.ts";

export interface Fixture {
  readonly report: Report;
  readonly texts: ReadonlyMap<string, string>;
  readonly storyId: string;
}

const A = "a-northwire";
const B = "a-ledger";
const C = "a-insider";
const D = "a-review";

const TEXTS: Readonly<Record<string, string>> = {
  [A]:
    "Poland is negotiating to buy 180 more K2 Black Panther tanks from South Korea, two officials told Northern Wire on Monday.\n\n" +
    "President Andrzej Duda will visit Seoul on March 12, where the deal is expected to top the agenda.\n\n" +
    "The first batch of K2 tanks arrived in Gdynia in 2022.",
  [B]:
    "Poland is negotiating to buy 180 more K2 Black Panther tanks from South Korea, two officials said on Monday, according to Northern Wire.\n\n" +
    "President Andrzej Duda is due in Seoul on March 12.\n\n" +
    "Analysts say the purchase would make Poland the largest K2 operator outside Korea.",
  [C]:
    "Warsaw is close to a deal for 160 K2 Black Panter tanks, the defence ministry said in a statement.\n\n" +
    "The ministry also approved buying 96 K9 howitzers, a spokesman added.\n\n" +
    "The ministry also approved buying 96 K9 howitzers, a spokesman added.",
  [D]:
    "Duda travels to Seoul on March 12 for talks on defence cooperation, his office said.\n\n" +
    "Commentators in Warsaw were divided over whether the country can afford another large tank order.",
};

function ev(articleId: string, quote: string, attribution: string | null = null): Evidence {
  const text = TEXTS[articleId] ?? "";
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`fixture: quote not found in ${articleId}: ${quote}`);
  return { articleId, quote, span: [at, at + quote.length], attribution };
}

function anomaly(kind: string, articleId: string, quote: string, suggestion: string | null, explanation: string, occurrence = 0): Anomaly {
  const text = TEXTS[articleId] ?? "";
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture: anomaly quote not found in ${articleId}: ${quote}`);
  return { kind, articleId, quote, span: [at, at + quote.length], suggestion, explanation };
}

function summary(id: string, outlet: string, title: string, published: string, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  const text = TEXTS[id] ?? "";
  return {
    id,
    origin: `fixtures/${id}.txt`,
    outlet,
    title,
    published,
    language: "en",
    sentences: text.split(/(?<=[.!?])\s+/).filter(Boolean).length,
    words: text.split(/\s+/).filter(Boolean).length,
    url: `https://example.org/${id}`,
    ...extra,
  };
}

const STORY = "s-k2-tanks";

export function sampleFixture(): Fixture {
  const tankA = "Poland is negotiating to buy 180 more K2 Black Panther tanks from South Korea, two officials told Northern Wire on Monday.";
  const tankB = "Poland is negotiating to buy 180 more K2 Black Panther tanks from South Korea, two officials said on Monday, according to Northern Wire.";
  const tankC = "Warsaw is close to a deal for 160 K2 Black Panter tanks, the defence ministry said in a statement.";
  const facts: Fact[] = [
    {
      id: "f-tanks",
      storyId: STORY,
      statement: "Poland is negotiating to buy K2 Black Panther from South Korea (figures differ)",
      subject: ["Poland", "K2 Black Panther", "South Korea"],
      verdict: "contested",
      articles: 3,
      independentOrigins: 2,
      variants: [
        { value: "180 more tanks", evidence: [ev(A, tankA, "two officials (told Northern Wire)"), ev(B, tankB, "Northern Wire ← two officials")] },
        { value: "160 tanks", evidence: [ev(C, tankC, "the defence ministry")] },
      ],
      differs: "number differs: 180 more tanks vs 160 tanks",
      conservative: "160 tanks",
      origins: [
        { root: "Northern Wire", articleIds: [A, B], chain: ["Northern Wire", "The Daily Ledger", "Northern Wire ← two officials"], reason: "shared-upstream" },
        { root: "Defence Insider", articleIds: [C], chain: ["Defence Insider", "the defence ministry"], reason: "own-reporting" },
      ],
      modality: "planned",
      frame: { type: "procurement", roles: { buyer: "Poland", item: "K2 Black Panther", seller: "South Korea" }, status: "negotiating" },
    },
    {
      id: "f-visit",
      storyId: STORY,
      statement: "Andrzej Duda visits South Korea on XXXX-03-12",
      subject: ["Andrzej Duda", "South Korea"],
      verdict: "corroborated",
      articles: 3,
      independentOrigins: 2,
      variants: [
        {
          value: "XXXX-03-12",
          evidence: [
            ev(A, "President Andrzej Duda will visit Seoul on March 12, where the deal is expected to top the agenda."),
            ev(B, "President Andrzej Duda is due in Seoul on March 12."),
            ev(D, "Duda travels to Seoul on March 12 for talks on defence cooperation, his office said.", "his office"),
          ],
        },
      ],
      differs: null,
      conservative: null,
      origins: [
        { root: "Northern Wire", articleIds: [A, B], chain: ["Northern Wire", "The Daily Ledger"], reason: "copy" },
        { root: "his office", articleIds: [D], chain: ["Warsaw Review", "his office"], reason: "shared-upstream" },
      ],
      modality: "planned",
      frame: { type: "visit", roles: { visitor: "Andrzej Duda", destination: "South Korea" }, status: null },
    },
    {
      id: "f-howitzers",
      storyId: STORY,
      statement: "Poland approved buying K9 Thunder (96 howitzers)",
      subject: ["Poland", "K9 Thunder"],
      verdict: "single-source",
      articles: 1,
      independentOrigins: 1,
      variants: [{ value: "96 howitzers", evidence: [ev(C, "The ministry also approved buying 96 K9 howitzers, a spokesman added.", "a spokesman")] }],
      differs: null,
      conservative: null,
      origins: [{ root: "Defence Insider", articleIds: [C], chain: ["Defence Insider", "a spokesman"], reason: "own-reporting" }],
      modality: "reported",
      frame: { type: "procurement", roles: { buyer: "Poland", item: "K9 Thunder" }, status: "approved" },
    },
  ];
  const anomalies: Anomaly[] = [
    anomaly("garbled-name", C, "K2 Black Panter", "K2 Black Panther", "“K2 Black Panter” is one letter away from the known designation “K2 Black Panther”."),
    anomaly("repeated-text", C, "The ministry also approved buying 96 K9 howitzers, a spokesman added.", null, "The same sentence appears twice in this article; likely an editing duplicate.", 1),
    anomaly("framing", D, "Commentators in Warsaw were divided over whether the country can afford another large tank order.", null, "Evaluative framing without a named source."),
  ];
  const reuse: ReuseLink[] = [
    {
      a: A,
      b: B,
      kind: "near-duplicate",
      score: 0.82,
      passages: [{ a: tankA, b: tankB }],
    },
  ];
  const articles: ArticleSummary[] = [
    summary(A, "Northern Wire", "Poland in talks for 180 more K2 tanks", "2026-03-02T08:00:00Z", { commentaryShare: 0, exclusiveShare: 0 }),
    summary(B, "The Daily Ledger", "Poland eyes more Korean tanks ahead of Duda trip", "2026-03-02T14:30:00Z", { commentaryShare: 0.25, exclusiveShare: 0 }),
    summary(C, "Defence Insider", "Warsaw nears K2 deal, approves K9 howitzers", "2026-03-04", { commentaryShare: 0, exclusiveShare: 0.5 }),
    summary(D, "Warsaw Review", "Duda heads to Seoul", "2026-03-06", { commentaryShare: 0.5, exclusiveShare: 0, notes: ["half of its sentences are unattributed commentary"] }),
  ];
  return {
    storyId: STORY,
    texts: new Map(Object.entries(TEXTS)),
    report: {
      schema: "triangulate.report/v1",
      generatedAt: "2026-03-07T10:00:00.000Z",
      articles,
      stories: [
        {
          id: STORY,
          title: "Poland weighs more K2 tanks ahead of Seoul visit",
          articleIds: [A, B, C, D],
          summary: { agreed: [facts[1]?.statement ?? ""], disputed: [facts[0]?.statement ?? ""], singleSource: [facts[2]?.statement ?? ""] },
        },
      ],
      facts,
      anomalies,
      reuse,
      errors: [{ origin: "inbox/broken.html", code: "no-text", message: "The page has no readable article text." }],
    },
  };
}

/** Payloads that must render inert wherever article data appears. */
export const PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>";
export const PAYLOAD_IMG = `<img src=x onerror="window.__pwned=1">`;

/** A report whose article data is hostile: every text field carries both payloads. */
export function hostileFixture(): Fixture {
  const id = "a-hostile";
  const sentence = `Officials said ${PAYLOAD_SCRIPT} the deal covers 12 jets ${PAYLOAD_IMG} in total.`;
  const text = `${sentence}\n\nA second paragraph mentions ${PAYLOAD_IMG} again.`;
  const span: [number, number] = [0, sentence.length];
  const other = "a-plain";
  const otherText = "Officials said the deal covers 10 jets in total.";
  const payloads = `${PAYLOAD_SCRIPT}${PAYLOAD_IMG}`;
  const report: Report = {
    schema: "triangulate.report/v1",
    generatedAt: "2026-03-07T10:00:00.000Z",
    articles: [
      { id, origin: `https://evil.example/${payloads}`, outlet: `Evil ${payloads} Outlet`, title: `Title ${payloads}`, published: "2026-03-01", language: "en", sentences: 2, words: 20, url: "javascript:window.__pwned=1", notes: [`note ${payloads}`] },
      { id: other, origin: "plain.txt", outlet: "Plain Post", title: "Plain", published: "2026-03-02", language: "en", sentences: 1, words: 9 },
    ],
    stories: [{ id: "s-hostile", title: `Story ${payloads}`, articleIds: [id, other], summary: { agreed: [], disputed: [`Jets ${payloads}`], singleSource: [] } }],
    facts: [
      {
        id: `f-${payloads}`,
        storyId: "s-hostile",
        statement: `Jets ${payloads}`,
        subject: [payloads],
        verdict: "contested",
        articles: 2,
        independentOrigins: 2,
        variants: [
          { value: `12 jets ${payloads}`, evidence: [{ articleId: id, quote: sentence, span, attribution: `source ${payloads}` }] },
          { value: "10 jets", evidence: [{ articleId: other, quote: otherText, span: [0, otherText.length], attribution: null }] },
        ],
        differs: `number differs ${payloads}`,
        conservative: "10 jets",
        origins: [{ root: payloads, articleIds: [id], chain: [payloads], reason: "own-reporting" }],
      },
    ],
    anomalies: [{ kind: `garbled-name${payloads}`, articleId: id, quote: PAYLOAD_IMG, span: [text.lastIndexOf(PAYLOAD_IMG), text.lastIndexOf(PAYLOAD_IMG) + PAYLOAD_IMG.length], suggestion: payloads, explanation: `explained ${payloads}` }],
    reuse: [{ a: id, b: other, kind: "paraphrase", score: 0.5, passages: [{ a: sentence, b: otherText }] }],
    errors: [{ origin: payloads, code: "no-text", message: payloads }],
  };
  return { report, texts: new Map([[id, text], [other, otherText]]), storyId: "s-hostile" };
}
