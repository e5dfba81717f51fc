/**
 * @module The hostile phase of `npm run bench -- serve`: does the server keep answering readers
 * while hostile bodies are read and analyzed? On a real `triangulate serve` process (not this one,
 * so the load generator does not share its thread), GET /api/stories runs under load for the whole
 * window while the bodies below are POSTed one after another, each about 1 MB (the entity flood is
 * 1,000,000 `&amp;`, 5 MB, under the 5 MB body limit): the families that once froze the server or
 * took minutes (deep <div>s, one endless token, `a-a-a-…`, repeated "5 May ", repeated ` *x` in
 * Markdown, an entity flood) and a large page of plain prose. Reports each POST's status and time
 * and the GET latency (p50, p99, max) over the window.
 */
import autocannon from "autocannon";

/** About `bytes` of HTML prose: paragraphs of plausible news sentences. */
export function largePage(bytes: number): string {
  const words = "the port of varnholm reopened on tuesday after a storm officials said ferries resumed and cargo ships waited outside the harbour council".split(" ");
  const paras: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = Array.from({ length: 40 }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(" ");
    const p = `<p>${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. Report ${i} ends here.</p>`;
    paras.push(p);
    size += p.length;
  }
  return `<html><head><title>Harbour log</title></head><body><article>${paras.join("\n")}</article></body></html>`;
}

export interface HostileBody {
  readonly name: string;
  readonly contentType: string;
  readonly body: string;
}

const MB = 1_000_000;
/** `unit` repeated to about `bytes`. */
const fill = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));
const html = (inner: string): string => `<html><head><title>Harbour log</title></head><body>${inner}</body></html>`;

/** The hostile bodies, each about 1 MB (the entity flood 5 MB). */
export function hostileBodies(): HostileBody[] {
  const depth = Math.floor(MB / "<div></div>".length);
  return [
    { name: "nested <div>s", contentType: "text/html", body: html(`${"<div>".repeat(depth)}Ferries resumed on Tuesday.${"</div>".repeat(depth)}`) },
    { name: "one 1 MB token", contentType: "text/html", body: html(`<p>Ferries resumed. ${"a".repeat(MB)} end.</p>`) },
    { name: "a-a-a-…", contentType: "text/plain", body: `Harbour log\n\n${fill("a-", MB)}a.` },
    { name: "repeated \"5 May \"", contentType: "text/plain", body: `Harbour log\n\n${fill("5 May ", MB)}` },
    { name: "repeated \" *x\" (Markdown)", contentType: "text/markdown", body: `# Harbour log\n\n${fill(" *x", MB)}` },
    { name: "1,000,000 &amp;", contentType: "text/html", body: html(`<p>${"&amp;".repeat(MB)}</p>`) },
    { name: "1 MB of prose", contentType: "text/html", body: largePage(MB) },
  ];
}

export interface PostResult {
  readonly name: string;
  readonly bytes: number;
  readonly status: number;
  readonly ms: number;
  readonly answer: string;
}

export interface HostileResult {
  readonly posts: readonly PostResult[];
  readonly get: autocannon.Result;
  readonly windowMs: number;
}

/** Loads GET /api/stories at `url` while every hostile body is POSTed, one after another. */
export async function hostilePhase(url: string, options: { readonly connections: number; readonly bodies?: readonly HostileBody[] }): Promise<HostileResult> {
  const bodies = options.bodies ?? hostileBodies();
  await fetch(`${url}/api/stories`); // warm
  let instance: autocannon.Instance | null = null;
  const load = new Promise<autocannon.Result>((resolve, reject) => {
    // Runs until stopped, once the last POST has been answered.
    instance = autocannon({ url: `${url}/api/stories`, connections: options.connections, duration: 3600, pipelining: 1 }, (err: unknown, result) => (err ? reject(err instanceof Error ? err : new Error("autocannon failed")) : resolve(result)));
  });
  const started = performance.now();
  const posts: PostResult[] = [];
  try {
    await new Promise((r) => setTimeout(r, 1000));
    for (const [i, b] of bodies.entries()) {
      const at = performance.now();
      const query = `?url=${encodeURIComponent(`https://harbour.example/hostile-${i}`)}&outlet=Harbour%20Log`;
      const res = await fetch(`${url}/api/articles${query}`, { method: "POST", headers: { "Content-Type": b.contentType }, body: b.body });
      const answer = (await res.text()).slice(0, 160).replace(/\s+/g, " ");
      posts.push({ name: b.name, bytes: Buffer.byteLength(b.body), status: res.status, ms: performance.now() - at, answer });
    }
    await new Promise((r) => setTimeout(r, 1000));
  } finally {
    (instance as autocannon.Instance | null)?.stop();
  }
  return { posts, get: await load, windowMs: performance.now() - started };
}
