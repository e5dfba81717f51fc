/** @module Tests for the URL fetcher and the address policy. No outside network: a local server on 127.0.0.1 and fakes. */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { blockedReason } from "./address.ts";
import { fetchUrl, guardedLookup, type Fetched } from "./fetch.ts";
import type { InputError } from "../types.ts";

let server: Server;
let base = "";

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<html><body><p>Local article.</p></body></html>");
    } else if (url.startsWith("/hop/")) {
      const n = Number(url.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/article" });
      res.end();
    } else if (url === "/pdf") {
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end("%PDF-1.4");
    } else if (url === "/big") {
      res.writeHead(200, { "content-type": "text/plain" }); // no content-length: chunked
      for (let i = 0; i < 20; i++) res.write("x".repeat(1000));
      res.end();
    } else if (url === "/slow") {
      setTimeout(() => {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("late");
      }, 400);
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("nope");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const isError = (r: Fetched | InputError): r is InputError => "code" in r;

describe("fetchUrl against a local server", () => {
  it("fetches a page when private addresses are allowed", async () => {
    const r = await fetchUrl(`${base}/article`, { allowPrivate: true });
    assert.ok(!isError(r), JSON.stringify(r));
    assert.equal(new TextDecoder().decode(r.bytes), "<html><body><p>Local article.</p></body></html>");
    assert.match(r.contentType, /^text\/html/);
  });

  it("refuses 127.0.0.1 without allowPrivate", async () => {
    const r = await fetchUrl(`${base}/article`);
    assert.ok(isError(r));
    assert.equal(r.code, "refused");
    assert.match(r.message, /127\.0\.0\.1.*loopback/);
  });

  it("follows up to five redirects and reports the final URL", async () => {
    const r = await fetchUrl(`${base}/hop/4`, { allowPrivate: true });
    assert.ok(!isError(r), JSON.stringify(r));
    assert.equal(r.finalUrl, `${base}/article`);
  });

  it("gives up after more than five redirects", async () => {
    const r = await fetchUrl(`${base}/hop/5`, { allowPrivate: true });
    assert.ok(isError(r));
    assert.equal(r.code, "fetch-failed");
    assert.match(r.message, /more than 5 redirects/);
  });

  it("refuses content types that are not articles or feeds", async () => {
    const r = await fetchUrl(`${base}/pdf`, { allowPrivate: true });
    assert.ok(isError(r));
    assert.equal(r.code, "unsupported");
  });

  it("stops reading a streamed body past maxBytes", async () => {
    const r = await fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 5000 });
    assert.ok(isError(r));
    assert.equal(r.code, "too-large");
  });

  it("reports HTTP errors and timeouts as fetch-failed", async () => {
    const missing = await fetchUrl(`${base}/missing`, { allowPrivate: true });
    assert.ok(isError(missing));
    assert.match(missing.message, /HTTP 404/);
    const slow = await fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 50 });
    assert.ok(isError(slow));
    assert.equal(slow.code, "fetch-failed");
    assert.match(slow.message, /timed out after 50 ms/);
  });
});

describe("fetchUrl address checks (faked DNS and transport)", () => {
  const publicLookup = (host: string): Promise<string[]> => Promise.resolve(host === "news.example" ? ["93.184.216.34"] : ["10.0.0.7"]);

  it("refuses a redirect from a public host to a private address", async () => {
    const requested: string[] = [];
    const fakeFetch = ((input: string | URL | Request) => {
      requested.push(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
      return Promise.resolve(new Response(null, { status: 301, headers: { location: "http://127.0.0.1:8080/admin" } }));
    }) as typeof fetch;
    const r = await fetchUrl("http://news.example/story", { fetchImpl: fakeFetch, lookup: publicLookup });
    assert.ok(isError(r));
    assert.equal(r.code, "refused");
    assert.equal(r.origin, "http://news.example/story");
    assert.deepEqual(requested, ["http://news.example/story"]);
  });

  it("refuses a host whose name resolves to a private address", async () => {
    const fakeFetch = (() => Promise.resolve(new Response("x", { headers: { "content-type": "text/plain" } }))) as typeof fetch;
    const r = await fetchUrl("http://intranet.example/", { fetchImpl: fakeFetch, lookup: publicLookup });
    assert.ok(isError(r));
    assert.equal(r.code, "refused");
    assert.match(r.message, /10\.0\.0\.7, a private address/);
  });

  it("refuses schemes other than http and https", async () => {
    const r = await fetchUrl("file:///etc/passwd");
    assert.ok(isError(r));
    assert.equal(r.code, "refused");
  });
});

describe("blockedReason", () => {
  it("refuses private, loopback, link-local, CGNAT and unspecified IPv4", () => {
    for (const ip of ["10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0"]) {
      assert.notEqual(blockedReason(ip), null, ip);
    }
  });

  it("allows public IPv4 next to the private ranges", () => {
    for (const ip of ["8.8.8.8", "172.15.255.255", "172.32.0.1", "100.128.0.1", "93.184.216.34"]) assert.equal(blockedReason(ip), null, ip);
  });

  it("refuses IPv6 loopback, unspecified, unique-local, link-local and IPv4-mapped private forms", () => {
    for (const ip of ["::1", "::", "fc00::1", "fd12:3456::1", "fe80::1%eth0", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "64:ff9b::a00:1"]) {
      assert.notEqual(blockedReason(ip), null, ip);
    }
  });

  it("refuses every special-purpose range: documentation, benchmarking, 6to4, Teredo, NAT64, broadcast, reserved", () => {
    for (const ip of ["192.0.2.10", "198.51.100.7", "203.0.113.200", "198.18.0.1", "198.19.255.254", "255.255.255.255", "240.0.0.1", "192.0.0.8", "2001:db8::1", "2002:c000:204::1", "2001:0:4136:e378::1", "64:ff9b::808:808", "64:ff9b:1::1", "2001:2::1", "::127.0.0.1", "::ffff:192.0.2.1"]) {
      assert.notEqual(blockedReason(ip), null, ip);
    }
    assert.match(blockedReason("2001:db8::1") ?? "", /documentation|reserved/);
    assert.match(blockedReason("198.51.100.7") ?? "", /documentation|reserved/);
  });

  it("allows public IPv6 and IPv4-mapped public addresses", () => {
    for (const ip of ["2606:4700:4700::1111", "::ffff:8.8.8.8"]) assert.equal(blockedReason(ip), null, ip);
  });
});

describe("DNS rebinding", () => {
  it("the connection re-checks the address it connects to: a name that passed the first lookup but connects to loopback is refused", async () => {
    const port = new URL(base).port;
    // The first lookup says a public address; the connection's own lookup finds 127.0.0.1.
    const r = await fetchUrl(`http://localhost:${port}/article`, { lookup: () => Promise.resolve(["93.184.216.34"]) });
    assert.ok(isError(r), "must not fetch");
    assert.equal(r.code, "refused");
    assert.match(r.message, /127\.0\.0\.1|::1/);
  });

  it("the guarded lookup refuses a name that resolves to a special-purpose address", async () => {
    const refused = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup("localhost", {}, (err) => resolve(err)));
    assert.equal(refused?.code, "EREFUSEDADDRESS");
  });
});

