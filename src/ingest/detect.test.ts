/** @module Tests for byte-level input checks and format sniffing. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeBytes, firstInvalidUtf8, looksBinary } from "./detect.ts";
import { parseContent } from "./index.ts";
import { sniffFormat } from "./format.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it("strips a UTF-8 byte-order mark", () => {
    assert.equal(decodeBytes("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Hi there")])), "Hi there");
  });

  it("decodes UTF-16 little- and big-endian text with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x1f, 0x04]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69, 0x04, 0x1f]);
    assert.equal(decodeBytes("le.txt", le), "HiП");
    assert.equal(decodeBytes("be.txt", be), "HiП");
  });

  it("reports empty and whitespace-only input as empty", () => {
    assert.equal((decodeBytes("e.txt", new Uint8Array()) as { code: string }).code, "empty");
    assert.equal((decodeBytes("w.txt", utf8(" \n\t \r\n")) as { code: string }).code, "empty");
  });

  it("reports NUL bytes, high control-byte ratios and binary signatures as binary", () => {
    assert.equal(looksBinary(new Uint8Array([0x41, 0x00, 0x42])), true);
    assert.equal(looksBinary(new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x04, 0x05])), true);
    assert.equal(looksBinary(utf8("%PDF-1.7 looks textual at first")), true);
    assert.equal(looksBinary(utf8("ordinary text\twith a tab\r\n")), false);
    assert.equal((decodeBytes("x.txt", new Uint8Array([0x41, 0x00])) as { code: string }).code, "binary");
  });

  it("finds a NUL or a run of control bytes past the first kilobytes", () => {
    const text = utf8("Words of an article. ".repeat(2000));
    const late = new Uint8Array([...text, 0x00, ...utf8("tail")]);
    assert.equal(looksBinary(late), true);
    const controls = new Uint8Array([...text, ...new Uint8Array(9000).fill(0x01), ...text]);
    assert.equal(looksBinary(controls), true);
    assert.equal(looksBinary(text), false);
  });

  it("reports invalid UTF-8 with the offset of the first bad byte", () => {
    const bytes = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" au lait")]);
    const err = decodeBytes("latin1.txt", bytes) as { code: string; message: string };
    assert.equal(err.code, "invalid-utf8");
    assert.match(err.message, /^latin1\.txt: is not valid UTF-8 \(byte 0xe9 at offset 3\)/);
  });

  it("rejects overlong encodings and surrogates but accepts 4-byte characters", () => {
    assert.equal(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf])), 0);
    assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80])), 1);
    assert.equal(firstInvalidUtf8(utf8("ok 😀 Ω")), -1);
  });

  it("reports input larger than maxBytes as too-large", () => {
    const err = decodeBytes("big.txt", utf8("x".repeat(100)), { maxBytes: 10 }) as { code: string; message: string };
    assert.equal(err.code, "too-large");
    assert.match(err.message, /100 B is larger than the limit of 10 B/);
  });
});

describe("parseContent", () => {
  it("reports an unsupported extension without decoding", () => {
    const r = parseContent("slides.pptx", utf8("whatever"));
    assert.equal(r.errors[0]?.code, "unsupported");
  });

  it("uses the content type for URLs without a telling extension", () => {
    const r = parseContent("https://news.example/story", utf8("<html><body><p>Hello from the page body.</p></body></html>"), { contentType: "text/html; charset=utf-8" });
    assert.equal(r.articles[0]?.format, "html");
    assert.equal(r.articles[0]?.outlet, "news.example");
    assert.equal(r.articles[0]?.url, "https://news.example/story");
  });

  it("honours an explicit format over the extension", () => {
    const r = parseContent("data.txt", utf8('{"title":"T","text":"Body."}'), { format: "json" });
    assert.equal(r.articles[0]?.format, "json");
  });

  it("sniffs stdin content: feeds, html, json, jsonl, front matter and plain text", () => {
    assert.equal(sniffFormat('<?xml version="1.0"?><rss version="2.0">'), "rss");
    assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom">'), "atom");
    assert.equal(sniffFormat("<!DOCTYPE html><html>"), "html");
    assert.equal(sniffFormat('[{"a":1}]'), "json");
    assert.equal(sniffFormat('{"a":1}\n{"a":2}\n'), "jsonl");
    assert.equal(sniffFormat("---\ntitle: x\n---\nBody"), "md");
    assert.equal(sniffFormat("Just words."), "txt");
  });

  it("tells an Atom document saved as .xml from RSS", () => {
    const r = parseContent("f.xml", utf8('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E</title><content>Text.</content></entry></feed>'));
    assert.equal(r.articles[0]?.format, "atom");
  });

  it("leaves the language undetermined (ingest fills it in)", () => {
    assert.equal(parseContent("a.txt", utf8("Some words here.")).articles[0]?.language, "und");
  });
});
