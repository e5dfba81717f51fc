import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { serialize } from "node:v8";
import { oneWidth, widen } from "./width.ts";

/** Whether V8 stores `s` at two bytes per character (its serializer writes such a string with tag "c"; one-byte ones with '"'). */
const twoByte = (s: string): boolean => serialize(s)[2] === "c".charCodeAt(0);

describe("string width", () => {
  it("widens a Latin-1 string to two bytes per character without changing it, and its slices and lower-cased copies stay wide", () => {
    const s = "Prices rose by 3 percent in Caf\u00e9 Row.";
    assert.equal(twoByte(s), false);
    const w = widen(s);
    assert.equal(w, s);
    assert.equal(twoByte(w), true);
    assert.equal(twoByte(w.slice(0, 6)), true);
    assert.equal(twoByte(w.toLowerCase()), true);
  });

  it("widens the narrow texts and titles of a batch that mixes widths, and leaves a batch of one width as it is", () => {
    const narrow = { text: "He said it was fine.", title: "Plain title" };
    const wide = { text: "He said it\u2019s fine.", title: null };
    const mixed = oneWidth([narrow, wide]);
    assert.deepEqual(mixed, [narrow, wide]);
    assert.equal(mixed[1], wide);
    assert.equal(twoByte(mixed[0]!.text), true);
    assert.equal(twoByte(mixed[0]!.title!), true);
    const same = [narrow, { text: "Another plain text.", title: null }];
    assert.equal(oneWidth(same), same);
    assert.equal(twoByte(oneWidth([{ text: "a\u2019b", title: "ASCII headline" }])[0]?.title ?? ""), true);
  });
});
