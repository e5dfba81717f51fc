/** @module Tests of quoted-speech spans: double and single quotes, quotes running on, apostrophes. */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { findReuse } from "../reuse/index.ts";
import { hasQuotation, outsideQuotes, quotedSpans } from "./quotes.ts";

describe("quoted speech", () => {
  it("finds double- and single-quoted passages of three words or more, and quotes left open on their line", () => {
    assert.equal(outsideQuotes(`"We are all safe now," the mayor said.`), "the mayor said.");
    assert.equal(outsideQuotes(`'We are all safe now,' the mayor's aide said.`), "the mayor's aide said.");
    assert.equal(outsideQuotes(`He said: "We will rebuild the hall\nNext line.`), "He said: Next line.");
    assert.equal(quotedSpans(`The "Ring of Fire" is long.`).length, 1);
  });

  it("must not read apostrophes or a quoted word as quoted speech", () => {
    assert.equal(hasQuotation("The mayor's aide and the farmers' union met."), false);
    assert.equal(hasQuotation(`The so-called "fabric" links them.`), false);
  });
});

describe("reuse.shared-quote", () => {
  const statement = `"We ask everyone to respect the family's privacy during this very difficult time and thank the firefighters for their work," the spokesman said.`;
  it("two articles that quote one statement in their own words around it are not shared passages", () => {
    const a = { id: "a", text: `The warehouse burned overnight on the east side. ${statement} Crews stayed until the morning.` };
    const b = { id: "b", text: `A fire destroyed the old dairy building before dawn, leaving only walls. ${statement.replace("the spokesman said", "a spokeswoman told reporters")} Investigators will return.` };
    assert.deepEqual(findReuse([a, b]), []);
  });

  it("copied narrative around the quote is still shared text", () => {
    const narrative = "The warehouse burned overnight on the east side while crews from three towns fought the flames until the morning.";
    const a = { id: "a", text: `${narrative} ${statement}` };
    const b = { id: "b", text: `${narrative} ${statement} Investigators will return on Monday.` };
    const links = findReuse([a, b]);
    assert.equal(links.length, 1);
    assert.ok(links[0]?.passages.some((p) => p.a.includes("crews from three towns")));
  });
});
