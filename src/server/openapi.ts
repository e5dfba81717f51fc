/**
 * @module The OpenAPI 3.1 description of the HTTP API and pages, served at /openapi.json.
 * Hand-written; the API tests check that every route the app serves is described here.
 */

const json = (schema: object) => ({ "application/json": { schema } });
const html = { "text/html": { schema: { type: "string" } } };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const idParam = (description: string) => ({ name: "id", in: "path", required: true, description, schema: { type: "string" } });
const nullable = (type: string) => ({ type: [type, "null"] });

const schemas = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: { code: { type: "string" }, message: { type: "string" }, details: {} },
      },
    },
  },
  StoryListItem: {
    type: "object",
    required: ["id", "title", "articles", "facts", "contested", "singleSource", "updatedAt"],
    properties: {
      id: { type: "string" }, title: { type: "string" }, articles: { type: "integer" }, facts: { type: "integer" },
      contested: { type: "integer" }, singleSource: { type: "integer" }, updatedAt: { type: "string", format: "date-time" },
    },
  },
  Story: {
    type: "object",
    required: ["id", "title", "updatedAt", "articleIds", "analyzed", "facts", "contested", "singleSource"],
    properties: {
      id: { type: "string" }, title: { type: "string" }, updatedAt: { type: "string", format: "date-time" },
      articleIds: { type: "array", items: { type: "string" } }, analyzed: { type: "boolean" },
      facts: { type: "integer" }, contested: { type: "integer" }, singleSource: { type: "integer" },
    },
  },
  ArticleListItem: {
    type: "object",
    required: ["id", "title", "outlet", "url", "published", "language", "storyId", "ingestedAt"],
    properties: {
      id: { type: "string" }, title: nullable("string"), outlet: { type: "string" }, url: nullable("string"),
      published: nullable("string"), language: { type: "string" }, storyId: nullable("string"),
      ingestedAt: { type: "string", format: "date-time" },
    },
  },
  Article: {
    allOf: [
      ref("ArticleListItem"),
      {
        type: "object",
        required: ["origin", "byline", "format", "text", "canonicalUrl", "contentHash", "seq"],
        properties: {
          origin: { type: "string" }, byline: nullable("string"), format: { type: "string" }, text: { type: "string" },
          canonicalUrl: nullable("string"), contentHash: { type: "string" }, seq: { type: "integer" },
        },
      },
    ],
  },
  ArticleRecord: {
    type: "object",
    description: "One article to add. One of text, body or content is required.",
    properties: {
      title: nullable("string"), text: { type: "string" }, body: { type: "string" }, content: { type: "string" },
      url: { type: ["string", "null"], format: "uri" }, outlet: nullable("string"), published: nullable("string"),
      byline: nullable("string"),
    },
  },
  IngestResult: {
    type: "object",
    required: ["added", "duplicates", "stories", "errors"],
    properties: {
      added: { type: "array", items: { type: "string" } },
      duplicates: {
        type: "array",
        items: {
          type: "object",
          properties: { id: { type: "string" }, existingId: { type: "string" }, reason: { enum: ["content", "url"] } },
        },
      },
      stories: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" }, title: { type: "string" }, created: { type: "boolean" },
            added: { type: "array", items: { type: "string" } }, articles: { type: "integer" },
          },
        },
      },
      errors: {
        type: "array",
        items: { type: "object", properties: { origin: { type: "string" }, code: { type: "string" }, message: { type: "string" } } },
      },
    },
  },
  SearchResults: {
    type: "object",
    required: ["query", "articles", "facts"],
    properties: {
      query: { type: "string" },
      articles: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" }, title: nullable("string"), outlet: { type: "string" }, storyId: nullable("string"),
            snippet: { type: "string" }, matches: { type: "array", items: { type: "string" } },
          },
        },
      },
      facts: {
        type: "array",
        items: {
          type: "object",
          properties: { id: { type: "string" }, storyId: { type: "string" }, statement: { type: "string" }, verdict: { type: "string" } },
        },
      },
    },
  },
  Report: {
    type: "object",
    description: "A Triangulate report, schema triangulate.report/v1 (see DESIGN.md).",
    required: ["schema", "generatedAt", "articles", "stories", "facts", "anomalies", "reuse", "errors"],
    properties: {
      schema: { const: "triangulate.report/v1" }, generatedAt: { type: "string", format: "date-time" },
      articles: { type: "array", items: { type: "object" } }, stories: { type: "array", items: { type: "object" } },
      facts: { type: "array", items: { type: "object" } }, anomalies: { type: "array", items: { type: "object" } },
      reuse: { type: "array", items: { type: "object" } }, errors: { type: "array", items: { type: "object" } },
    },
  },
};

const htmlPage = (summary: string, parameters: object[] = [], notFound = false) => ({
  get: {
    summary,
    tags: ["pages"],
    parameters,
    responses: {
      "200": { description: "An HTML page.", content: html },
      ...(notFound ? { "404": { description: "Not found.", content: html } } : {}),
    },
  },
});

/** The OpenAPI document; `serverUrl` fills `servers` when known. */
export function openApiDocument(options: { serverUrl?: string } = {}): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Triangulate",
      version: "1.0.0",
      description:
        "Cross-checked news stories: articles, stories, their claim-level reports (triangulate.report/v1) and full-text search. " +
        "Write endpoints need `Authorization: Bearer <token>` when the server has a token.",
    },
    ...(options.serverUrl === undefined ? {} : { servers: [{ url: options.serverUrl }] }),
    components: {
      schemas,
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    paths: {
      "/api/stories": {
        get: {
          summary: "List stories with their fact counts, most recently updated first.",
          tags: ["api"],
          responses: { "200": { description: "Stories.", content: json({ type: "object", properties: { stories: { type: "array", items: ref("StoryListItem") } } }) } },
        },
      },
      "/api/stories/{id}": {
        get: {
          summary: "One story: its articles and counts.",
          tags: ["api"],
          parameters: [idParam("Story id.")],
          responses: { "200": { description: "The story.", content: json({ type: "object", properties: { story: ref("Story") } }) }, "404": error("No such story.") },
        },
      },
      "/api/stories/{id}/report": {
        get: {
          summary: "The story's latest report (triangulate.report/v1).",
          tags: ["api"],
          parameters: [idParam("Story id.")],
          responses: { "200": { description: "The report.", content: json(ref("Report")) }, "404": error("No such story, or not analyzed yet.") },
        },
      },
      "/api/articles": {
        get: {
          summary: "List articles, newest first (no text).",
          tags: ["api"],
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 100 } },
            { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
            { name: "story", in: "query", description: "Only this story's articles.", schema: { type: "string" } },
          ],
          responses: {
            "200": { description: "Articles.", content: json({ type: "object", properties: { articles: { type: "array", items: ref("ArticleListItem") } } }) },
            "400": error("Invalid query parameters."),
          },
        },
        post: {
          summary: "Add articles (JSON records, or one HTML, Markdown or text page); stories are updated and re-analyzed.",
          tags: ["api"],
          security: [{ bearer: [] }],
          parameters: [
            { name: "url", in: "query", description: "Page bodies: the page's URL.", schema: { type: "string", format: "uri" } },
            { name: "outlet", in: "query", description: "Page bodies: the outlet's name.", schema: { type: "string" } },
            { name: "title", in: "query", description: "Page bodies: a title when the page has none.", schema: { type: "string" } },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { oneOf: [ref("ArticleRecord"), { type: "array", items: ref("ArticleRecord"), minItems: 1, maxItems: 1000 }] } },
              "text/html": { schema: { type: "string" } },
              "text/markdown": { schema: { type: "string", description: "One article in Markdown, with optional YAML front matter." } },
              "text/plain": { schema: { type: "string", description: "One article as text, with an optional header block." } },
            },
          },
          responses: {
            "201": { description: "Some articles were added.", content: json(ref("IngestResult")) },
            "200": { description: "Nothing new (all duplicates).", content: json(ref("IngestResult")) },
            "400": error("Malformed or invalid body."),
            "401": error("Missing or wrong bearer token."),
            "403": error("The server listens beyond loopback and has no token: it takes no writes."),
            "413": error("Body larger than the limit (5 MB by default)."),
            "415": error("Unsupported Content-Type."),
            "422": error("No article could be read from the body."),
            "429": error("Too many writes are already waiting to be read or analyzed; see Retry-After."),
            "503": error("Reading the body (code body-timeout) or analyzing it (analysis-timeout) ran out of time; nothing was stored."),
          },
        },
      },
      "/api/articles/{id}": {
        get: {
          summary: "One article with its text.",
          tags: ["api"],
          parameters: [idParam("Article id.")],
          responses: { "200": { description: "The article.", content: json({ type: "object", properties: { article: ref("Article") } }) }, "404": error("No such article.") },
        },
      },
      "/api/search": {
        get: {
          summary: "Full-text search over articles and facts (web-search syntax: quotes, OR, -word).",
          tags: ["api"],
          parameters: [
            { name: "q", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 500 } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 20 } },
          ],
          responses: { "200": { description: "Hits.", content: json(ref("SearchResults")) }, "400": error("Missing or invalid q.") },
        },
      },
      "/api/alerts": {
        get: {
          summary: "Alerts: facts newly contested, verdicts changed, garbled names and name variants, stories that reached a size. Oldest first when since or after is given (catch up, then pass next.after), else newest first.",
          tags: ["api"],
          parameters: [
            { name: "since", in: "query", schema: { type: "string", format: "date-time" } },
            { name: "after", in: "query", schema: { type: "integer", minimum: 0 }, description: "Only alerts with a larger seq." },
            { name: "story", in: "query", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 100 } },
          ],
          responses: {
            "200": {
              description: "Alerts, and the cursor to pass as after next time.",
              content: json({ type: "object", properties: { alerts: { type: "array", items: { type: "object" } }, next: { type: "object", properties: { after: { type: "integer" } } } } }),
            },
            "400": error("Invalid since, after, story or limit."),
          },
        },
      },
      "/alerts.atom": {
        get: {
          summary: "Alerts as an Atom 1.0 feed, newest first; one story's with ?story=ID.",
          tags: ["pages"],
          parameters: [{ name: "story", in: "query", schema: { type: "string" } }],
          responses: { "200": { description: "Atom feed.", content: { "application/atom+xml": { schema: { type: "string" } } } } },
        },
      },
      "/openapi.json": {
        get: { summary: "This document.", tags: ["api"], responses: { "200": { description: "OpenAPI 3.1.", content: json({ type: "object" }) } } },
      },
      "/": htmlPage("The story list, with counts of contested and single-source facts."),
      "/stories/{id}": htmlPage("A story: summary, fact × outlet matrix, anomalies, reuse, timeline.", [idParam("Story id.")], true),
      "/articles/{id}": htmlPage("An article with its mentions and claims highlighted.", [idParam("Article id.")], true),
      "/compare": htmlPage(
        "Two articles side by side with their aligned claims highlighted.",
        [
          { name: "a", in: "query", required: true, schema: { type: "string" } },
          { name: "b", in: "query", required: true, schema: { type: "string" } },
        ],
        true,
      ),
      "/search": htmlPage("Search page.", [{ name: "q", in: "query", schema: { type: "string" } }]),
      "/alerts": htmlPage("Alerts, newest first, with their story and quotes; one story's with ?story=ID.", [{ name: "story", in: "query", schema: { type: "string" } }]),
    },
  };
}
