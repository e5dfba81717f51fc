/** @module Tests of an article's event day: the publication date, else a full date in the lead. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventTime } from "./event-date.ts";

const doc = (text: string, published: string | null = null, title: string | null = null) => ({ id: "a", title, text, published });

void test("an undated article's event day is the first full date its lead gives", () => {
  assert.equal(eventTime(doc("The defensive tackle was arrested early on Sunday, February 1, 2009, after a traffic stop.")), Date.parse("2009-02-01"));
  assert.equal(eventTime(doc("A strong earthquake shook the region.", null, "Quake of March 3, 2008 kills 12")), Date.parse("2008-03-03"));
});

void test("a dated article's event day is its publication date; no day at all is null", () => {
  assert.equal(eventTime(doc("Elections were held on December 15, 2013.", "2013-12-16")), Date.parse("2013-12-16"));
  assert.equal(eventTime(doc("Voters went to the polls on Sunday, and in 2008 they did too.")), null);
  assert.equal(eventTime(doc(`${"Filler words here. ".repeat(60)}It happened on May 5, 2010.`)), null, "dates beyond the lead are not the event's");
});

void test("a day no news archive holds (a relative day read without an anchor) is no event day", () => {
  assert.equal(eventTime(doc("Crowds gathered again. One day after Wednesday's strike, the schools stayed shut.")), null);
});
