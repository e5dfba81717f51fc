/** @module Tests for the timex benchmark's TimeML reader and TE3-style scorer. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { add, emptyCounts, prf } from "./score.ts";
import { parseTml, sentenceSpans } from "./tml.ts";

const XML = `<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>
Obama <EVENT eid="e1">arrived</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> &amp; left <TIMEX3 tid="t2" type="DURATION" value="PXM">minutes</TIMEX3> later.
</TEXT></TimeML>`;

describe("timex bench", () => {
  it("reads the DCT as anchor and gold timex spans in the plain TEXT (DCT excluded)", () => {
    const doc = parseTml("x", XML);
    assert.equal(doc.dct, "2013-03-22");
    assert.deepEqual(
      doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value]),
      [["Friday", "DATE", "2013-03-22"], ["minutes", "DURATION", "PXM"]],
    );
    assert.ok(doc.text.includes("Friday & left"));
  });
  it("scores strict, relaxed and value matches one-to-one", () => {
    const c = emptyCounts();
    const gold = [{ start: 0, end: 6, type: "DATE", value: "2013" }, { start: 10, end: 20, type: "DATE", value: "2012" }];
    const sys = [{ start: 0, end: 6, type: "DATE", value: "2013" }, { start: 12, end: 20, type: "DATE", value: "2011" }, { start: 30, end: 33, type: "DATE", value: "X" }];
    add(c, sys, gold);
    assert.deepEqual([c.system, c.gold, c.strict, c.relaxed, c.value], [3, 2, 1, 2, 1]);
    assert.equal(prf(c.value, c.system, c.gold).f.toFixed(3), "0.400");
  });
  it("splits sentences but not after abbreviations", () => {
    const t = "Mr. Smith left on Jan. 5. He came back.";
    assert.deepEqual(sentenceSpans(t).map(([a, b]) => t.slice(a, b).trim()), ["Mr. Smith left on Jan. 5.", "He came back."]);
  });
});
