/** @module Tests of modality and hedging cues. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { hedgeCues, modalityOf } from "./modality.ts";
import { dealStatus } from "./frames.ts";

test("classifies modality from cues, strongest first", () => {
  assert.equal(modalityOf("No contracts are expected to be signed during the visit.", { attributed: false }), "denied");
  assert.equal(modalityOf("India is considering a potential deal.", { attributed: false }), "possible");
  assert.equal(modalityOf("Putin is scheduled to visit India.", { attributed: false }), "planned");
  assert.equal(modalityOf("The ministry reportedly approved it.", { attributed: false }), "reported");
  assert.equal(modalityOf("The ministry approved it.", { attributed: true }), "reported");
  assert.equal(modalityOf("The ministry approved it.", { attributed: false }), "asserted");
});

test("lists hedge cues in order", () => {
  assert.deepEqual(hedgeCues("India is reportedly considering a potential deal."), ["reportedly", "considering", "potential"]);
});

test("reads how far a deal got, and does not read a negated signing as ordered", () => {
  assert.equal(dealStatus("The ministry had already approved the purchase."), "approved");
  assert.equal(dealStatus("The contract was signed on Thursday."), "ordered");
  assert.equal(dealStatus("No contracts are expected to be signed during the visit."), null);
  assert.equal(dealStatus("India is contemplating acquiring five more units."), "considering");
  assert.equal(dealStatus("India has already received some units."), "delivered");
});
