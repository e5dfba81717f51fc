/** @module The alerts Atom feed: well-formed whatever the alert says, ids from stable keys, per-story links. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Alert } from "./types.ts";
import { alertUrn, renderAlertsAtom } from "./atom.ts";

const hostile: Alert = {
  seq: 7, key: "contested|s<1>|f&1", kind: "contested", storyId: "s<1>", storyTitle: "Tom & Jerry <script>", factId: "f&1",
  title: `Contested: "5" & <b>6</b>\u0001`, summary: "Sources disagree: “5” vs “6”.", createdAt: "2026-01-02T03:04:05.000Z",
  evidence: [{ articleId: "a1", source: "Outlet <i>", quote: "It was ]]> 5.", value: "5", url: null }],
};

describe("renderAlertsAtom", () => {
  it("writes well-formed Atom with escaped text, a stable id and a link to the story", () => {
    const xml = renderAlertsAtom([hostile], { baseUrl: "http://127.0.0.1:8080/", storyId: "s<1>" });
    assert.equal(XMLValidator.validate(xml), true);
    const feed = (new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: Record<string, unknown> }).feed;
    const entry = feed["entry"] as Record<string, unknown>;
    assert.equal(entry["id"], alertUrn(hostile.key));
    assert.equal(entry["title"], `Contested: "5" & <b>6</b>`);
    assert.equal((entry["link"] as Record<string, string>)["@_href"], "http://127.0.0.1:8080/stories/s%3C1%3E");
    assert.match(String((entry["summary"] as Record<string, string>)["#text"]), /Outlet <i> \(5\): “It was \]\]> 5\.”/);
    assert.equal(feed["updated"], hostile.createdAt);
  });

  it("is a valid empty feed when there is no alert yet", () => {
    const xml = renderAlertsAtom([], { baseUrl: "http://localhost", now: "2026-01-01T00:00:00.000Z" });
    assert.equal(XMLValidator.validate(xml), true);
    assert.doesNotMatch(xml, /<entry>/);
    assert.match(xml, /<updated>2026-01-01T00:00:00.000Z<\/updated>/);
  });
});
