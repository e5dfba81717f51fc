/**
 * @module End-to-end tests of the `triangulate analyze` command line: the real CLI is spawned
 * (`node --import tsx src/cli/main.ts ...`) on the bundled summit-story example and on a temp
 * folder of good and broken inputs written by the test. The processes are started together in
 * `before` (a few at a time) and each test checks one behaviour of their results.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPORT_SCHEMA, type Report } from "../src/report/types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MAIN = "src/cli/main.ts";
const EXAMPLE = "examples/summit-story";
const PACK = `${EXAMPLE}/pack.json`;
/** The seven article files of the example, in a deliberately scrambled order. */
const SHUFFLED = [
  "meridian-times.md",
  "evening-courier.txt",
  "kestria-daily-mirror.json",
  "harbourside-post.jsonl",
  "northern-ledger.txt",
  "continental-press-agency.md",
  "holmgard-herald.html",
].map((f) => `${EXAMPLE}/${f}`);
/** Preloaded into a child to make it believe stderr is a terminal (so colour would be used). */
const FAKE_STDERR_TTY = "data:text/javascript,process.stderr.isTTY=true";
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
const MAX_PARALLEL = 4;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface RunOptions {
  readonly input?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly stderrTty?: boolean;
}

let active = 0;
const waiting: (() => void)[] = [];
async function acquire(): Promise<void> {
  if (active < MAX_PARALLEL) {
    active++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}
function release(): void {
  const next = waiting.shift();
  if (next) next();
  else active--;
}

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm-256color" };
  for (const key of ["NO_COLOR", "FORCE_COLOR", "NODE_TEST_CONTEXT", "DATABASE_URL"]) delete env[key];
  return env;
}

/** Spawns the CLI from the repo root and collects its output. */
async function cli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  await acquire();
  try {
    return await new Promise<Run>((resolve, reject) => {
      const nodeArgs = ["--import", "tsx", ...(options.stderrTty ? ["--import", FAKE_STDERR_TTY] : []), MAIN, ...args];
      const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env: { ...baseEnv(), ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (b: Buffer) => out.push(b));
      child.stderr.on("data", (b: Buffer) => err.push(b));
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      child.on("error", reject);
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
      });
      child.stdin.end(options.input ?? "");
    });
  } finally {
    release();
  }
}

const parseReport = (text: string): Report => JSON.parse(text) as Report;
const withoutTimestamp = (r: Report): Omit<Report, "generatedAt"> => {
  const { generatedAt: _ignored, ...rest } = r;
  return rest;
};
const show = (r: Run): string => `exit ${r.code}\n--- stderr ---\n${r.stderr.slice(0, 2000)}`;

const STDIN_ARTICLE = `Harbour bridge reopens after six weeks of repairs

The Lindqvist harbour bridge reopened to traffic on Monday after six weeks of repairs, the city transport office said. Crews replaced 40 steel cables and resurfaced the main deck. Mayor Ilse Brandt said the work cost 12 million crowns.
`;

let dir = "";
/** Bad inputs by origin → the error code the report must give them. */
let badInputs = new Map<string, string>();
let runs: {
  version: Promise<Run>;
  help: Promise<Run>;
  unknownOption: Promise<Run>;
  noInput: Promise<Run>;
  example: Promise<Run>;
  shuffledToFile: Promise<Run>;
  mixed: Promise<Run>;
  stdinMd: Promise<Run>;
  html: Promise<Run>;
  unwritableOut: Promise<Run>;
};

/** A folder of two good articles, a JSONL file with one bad and one good line, and broken files. */
function writeMixedFolder(root: string): string {
  const folder = path.join(root, "mixed");
  mkdirSync(folder);
  const put = (name: string, data: string | Uint8Array): string => {
    const file = path.join(folder, name);
    writeFileSync(file, data);
    return file;
  };
  put("bridge-wire.txt", STDIN_ARTICLE);
  put(
    "coastal-gazette.md",
    `---\ntitle: Lindqvist bridge open again\nsource: Coastal Gazette\ndate: 2026-02-03\n---\nThe Lindqvist harbour bridge opened again on Monday following six weeks of repair work, according to the city transport office. Engineers replaced 40 cables. Mayor Ilse Brandt put the cost at 15 million crowns.\n`,
  );
  const good = JSON.stringify({
    title: "Ferry service resumes",
    body: "The ferry service between Lindqvist and Osterby resumed on Tuesday after the bridge repairs ended, the operator said. Ten crossings a day are planned.",
    source: "Island Radio",
    date: "2026-02-04",
  });
  const jsonl = put("island-radio.jsonl", `{"title": "half a record", "body": \n${good}\n`);
  badInputs = new Map([
    [put("empty.txt", ""), "empty"],
    [put("binary.txt", new Uint8Array([0x48, 0x69, 0x00, 0x00, 0x01, 0x02, 0x48, 0x69, 0x00, 0x0a])), "binary"],
    [put("latin1.txt", Buffer.from("Caf\u00e9 news from the harbour.\n", "latin1")), "invalid-utf8"],
    [put("broken.json", `{"title": "Broken", "body": "never closed",`), "malformed-json"],
    [`${jsonl}:1`, "malformed-json"],
    [put("huge.txt", `${"The bridge is long. ".repeat(400)}\n`), "too-large"],
    [path.join(root, "does-not-exist.txt"), "not-found"],
  ]);
  return folder;
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), "triangulate-cli-e2e-"));
  const folder = writeMixedFolder(dir);
  const missing = path.join(dir, "does-not-exist.txt");
  const blocker = path.join(dir, "not-a-folder");
  writeFileSync(blocker, "a file where --out expects a folder\n");
  runs = {
    example: cli(["analyze", EXAMPLE, "--pack", PACK, "--format", "json"]),
    shuffledToFile: cli(["analyze", ...SHUFFLED, "--pack", PACK, "--format", "json", "--out", path.join(dir, "nested", "out", "report.json")], { stderrTty: true }),
    mixed: cli(["analyze", folder, missing, "--max-bytes", "4kb", "--out-dir", path.join(dir, "reports")], { stderrTty: true, env: { NO_COLOR: "1" } }),
    html: cli(["analyze", EXAMPLE, "--pack", PACK, "--format", "html"]),
    stdinMd: cli(["analyze", "-", "--format", "md"], { input: STDIN_ARTICLE }),
    version: cli(["--version"]),
    help: cli(["analyze", "--help"]),
    unknownOption: cli(["analyze", EXAMPLE, "--no-such-option"]),
    noInput: cli(["analyze"]),
    // --out below a path that is a regular file: the folder cannot be created.
    unwritableOut: cli(["analyze", `${EXAMPLE}/northern-ledger.txt`, "--format", "json", "--out", path.join(blocker, "report.json")]),
  };
  // Every test awaits its own run; keep an early failure of one from being reported as unhandled.
  for (const r of Object.values(runs)) r.catch(() => {});
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("triangulate analyze (end to end)", { timeout: 120_000 }, () => {
  it("prints the version and the analyze help, exiting 0", async () => {
    const version = await runs.version;
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    assert.equal(version.code, 0, show(version));
    assert.equal(version.stdout.trim(), pkg.version);
    const help = await runs.help;
    assert.equal(help.code, 0, show(help));
    for (const flag of ["--format", "--out", "--out-dir", "--pack", "--max-bytes"]) assert.ok(help.stdout.includes(flag), `help lists ${flag}`);
  });

  it("exits 2 without a report on an unknown option or when no input is given", async () => {
    const unknown = await runs.unknownOption;
    assert.equal(unknown.code, 2, show(unknown));
    assert.match(unknown.stderr, /unknown option '--no-such-option'/);
    assert.equal(unknown.stdout, "");
    const none = await runs.noInput;
    assert.equal(none.code, 2, show(none));
    assert.match(none.stderr, /missing required argument 'inputs'/);
    assert.equal(none.stdout, "");
  });

  it("analyzes the example folder with its pack into a valid v1 JSON report and exits 0", async () => {
    const run = await runs.example;
    assert.equal(run.code, 0, show(run));
    const report = parseReport(run.stdout);
    assert.equal(report.schema, REPORT_SCHEMA);
    assert.ok(!Number.isNaN(Date.parse(report.generatedAt)), "generatedAt is a timestamp");
    assert.equal(report.articles.length, 7);
    assert.deepEqual(report.errors, []);
    assert.ok(report.stories.length >= 1);
    const articleIds = new Set(report.articles.map((a) => a.id));
    assert.equal(articleIds.size, 7, "article ids are unique");
    for (const s of report.stories) for (const id of s.articleIds) assert.ok(articleIds.has(id), `story ${s.id} names a known article`);
    const storyIds = new Set(report.stories.map((s) => s.id));
    assert.ok(report.facts.length > 0);
    let evidence = 0;
    for (const f of report.facts) {
      assert.ok(storyIds.has(f.storyId), `fact ${f.id} belongs to a known story`);
      assert.ok(["corroborated", "contested", "single-source"].includes(f.verdict));
      assert.ok(f.variants.length > 0);
      for (const v of f.variants) {
        for (const e of v.evidence) {
          evidence++;
          assert.ok(articleIds.has(e.articleId), `evidence of ${f.id} cites a known article`);
          assert.ok(e.quote.trim().length > 0, `evidence of ${f.id} has a quote`);
          const [start, end] = e.span;
          assert.ok(Number.isInteger(start) && start >= 0 && end > start, `evidence of ${f.id} has a span, got [${start}, ${end}]`);
          // The quote is the normalized text the span points at, so their lengths agree.
          assert.equal(end - start, e.quote.length, `span width matches the quote of ${f.id}: ${e.quote}`);
        }
      }
    }
    assert.ok(evidence > 0);
    assert.ok(report.facts.some((f) => f.verdict === "contested"), "the example has contested facts");
  });

  it("gives identical JSON (apart from generatedAt) when the same files are given in another order, and --out writes the file and says where", async () => {
    const [byFolder, shuffled] = await Promise.all([runs.example, runs.shuffledToFile]);
    assert.equal(shuffled.code, 0, show(shuffled));
    assert.equal(shuffled.stdout, "", "--out leaves stdout empty");
    const out = path.join(dir, "nested", "out", "report.json");
    assert.ok(existsSync(out), "the report file and its folders were created");
    assert.ok(shuffled.stderr.includes(`report written to ${out}`), show(shuffled));
    assert.match(shuffled.stderr, /7 articles, \d+ stor(y|ies), \d+ facts/);
    const a = parseReport(byFolder.stdout);
    const b = parseReport(readFileSync(out, "utf8"));
    assert.deepEqual(withoutTimestamp(b), withoutTimestamp(a));
  });

  it("reports the good articles of a folder with broken files, lists each bad input with a code and one stderr line, and exits 1", async () => {
    const run = await runs.mixed;
    assert.equal(run.code, 1, show(run));
    const report = parseReport(readFileSync(path.join(dir, "reports", "report.json"), "utf8"));
    assert.equal(report.schema, REPORT_SCHEMA);
    assert.deepEqual(report.articles.map((a) => a.title).sort(), ["Ferry service resumes", "Harbour bridge reopens after six weeks of repairs", "Lindqvist bridge open again"]);
    assert.ok(report.stories.length >= 1);
    const codes = new Map(report.errors.map((e) => [e.origin, e.code]));
    assert.deepEqual(Object.fromEntries(codes), Object.fromEntries(badInputs), "one error per bad input, with its code");
    for (const e of report.errors) assert.ok(e.message.length > 0);
    const errorLines = run.stderr.split("\n").filter((l) => l.startsWith("error:"));
    assert.equal(errorLines.length, badInputs.size, show(run));
    for (const origin of badInputs.keys()) {
      assert.equal(errorLines.filter((l) => l.includes(`${origin}:`)).length, 1, `one stderr line names ${origin}`);
    }
  });

  it("writes report.json, report.md and report.html with --out-dir and lists them on stderr", async () => {
    const run = await runs.mixed;
    const reports = path.join(dir, "reports");
    assert.match(run.stderr, /reports written to:/);
    for (const name of ["report.json", "report.md", "report.html"]) {
      const file = path.join(reports, name);
      assert.ok(existsSync(file), `${name} exists`);
      assert.ok(run.stderr.includes(`  ${file}`), `stderr lists ${file}`);
    }
    assert.match(readFileSync(path.join(reports, "report.md"), "utf8"), /^# Triangulate report\n/);
    assert.match(readFileSync(path.join(reports, "report.html"), "utf8"), /^<!doctype html>/i);
  });

  it("leaves no ANSI escapes on stderr under NO_COLOR=1, though the same terminal gets colour without it", async () => {
    const [noColor, coloured] = await Promise.all([runs.mixed, runs.shuffledToFile]);
    assert.ok(noColor.stderr.length > 0);
    assert.doesNotMatch(noColor.stderr, ANSI, show(noColor));
    // Control: the stderr-is-a-terminal trick does turn colour on, so the check above can fail.
    assert.match(coloured.stderr, ANSI);
  });

  it("reads an article from stdin given as -, and --format md starts with the report heading", async () => {
    const run = await runs.stdinMd;
    assert.equal(run.code, 0, show(run));
    assert.ok(run.stdout.startsWith("# Triangulate report\n"), run.stdout.slice(0, 200));
    assert.match(run.stdout, /^1 article, 1 story, /m);
    assert.ok(run.stdout.includes("## Story: Harbour bridge reopens after six weeks of repairs"), run.stdout.slice(0, 400));
    assert.ok(run.stdout.includes("· `-`"), "the article card shows stdin as its origin");
  });

  it("writes --format html as one self-contained document with no external scripts, styles or resources", async () => {
    const [run, json] = await Promise.all([runs.html, runs.example]);
    assert.equal(run.code, 0, show(run));
    const html = run.stdout;
    assert.match(html, /^<!doctype html>\s*<html[\s>]/i);
    assert.match(html.trimEnd(), /<\/html>$/i);
    assert.equal(html.match(/<html[\s>]/gi)?.length, 1, "a single document");
    assert.doesNotMatch(html, /<script[^>]*\bsrc\s*=/i);
    assert.doesNotMatch(html, /<link[^>]*rel\s*=\s*["']?stylesheet/i);
    assert.doesNotMatch(html, /@import|url\(\s*["']?(?:https?:)?\/\//i, "no remote CSS resources");
    const articleUrls = new Set(parseReport(json.stdout).articles.flatMap((a) => (a.url ? [a.url] : [])));
    assert.ok(articleUrls.size > 0, "the example has article links to allow");
    const remote = [...html.matchAll(/\b(src|href|srcset|action|poster|data)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => ({ attr: (m[1] ?? "").toLowerCase(), url: m[2] ?? "" }));
    for (const { attr, url } of remote) {
      assert.equal(attr, "href", `only links may be remote, found ${attr}=${url}`);
      assert.ok(articleUrls.has(url.replace(/&amp;/g, "&")), `remote link ${url} is an article link`);
    }
  });

  it(
    "says in one line that the report could not be written, without a stack trace, when --out is unwritable",
    async () => {
      const run = await runs.unwritableOut;
      assert.notEqual(run.code, 0, show(run));
      assert.equal(run.stdout, "");
      assert.doesNotMatch(run.stderr, /^\s+at /m, "no stack trace");
      assert.match(run.stderr, /^triangulate: could not write the report to .*not-a-folder/m, "names the path it could not write");
      assert.equal(run.stderr.trim().split("\n").length, 1, show(run));
    },
  );
});
