/** @module Tests of incident frames: type, place, figures, and an earlier incident's figures left out. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../text/sentences.ts";
import type { Mention, Sentence } from "../types.ts";
import { incidentFigures, incidentFrame, UNNAMED_INCIDENT } from "./incidents.ts";
import { extractQuantities } from "./quantities.ts";

function sentence(text: string): Sentence {
  const [s] = segment(text, [0, text.length]);
  assert.ok(s);
  return { index: 0, span: s.span, text, paragraph: 0, block: "prose", tokens: s.tokens };
}

function place(text: string, surface: string, type: "country" | "place" = "country"): Mention {
  const at = text.indexOf(surface);
  return { kind: "mention", span: [at, at + surface.length], sentence: 0, text: surface, entityId: null, canonical: surface, type, source: "pack", role: null };
}

const frameOf = (text: string, mentions: Mention[] = [], recentIncident: string | null = null) => {
  const s = sentence(text);
  const quantities = extractQuantities(s, { mentions, dateSpans: [] });
  return { frame: incidentFrame({ sentence: s, mentions, quantities, recentIncident }), figures: incidentFigures(s, quantities) };
};

test("names the incident type and its place", () => {
  const text = "A magnitude 6.1 earthquake struck eastern Turkey, killing at least 30 people.";
  const { frame, figures } = frameOf(text, [place(text, "Turkey")]);
  assert.deepEqual(frame?.roles, { incident: "earthquake", place: "Turkey" });
  assert.deepEqual(figures.map((x) => x.unit), ["magnitude", "killed"]);
});

test("gives figures without an incident word to the article's last incident, or to the story's", () => {
  assert.equal(frameOf("At least 30 people died.", [], "attack").frame?.roles["incident"], "attack");
  assert.equal(frameOf("At least 30 people died.").frame?.roles["incident"], UNNAMED_INCIDENT);
  assert.equal(frameOf("Officials met on Monday.").frame, null);
});

test("leaves out the toll of an earlier, dated incident", () => {
  const { frame, figures } = frameOf("The quake struck a city still recovering from the 2023 earthquakes that killed more than 50,000 people.");
  assert.equal(frame?.roles["incident"], "earthquake");
  assert.deepEqual(figures, []);
});

test("leaves out the toll of an earlier incident named after the figure or dated after its name", () => {
  const haiyan = frameOf("Tindalo's toll, while painful, is a fraction of the thousands killed by Typhoon Haiyan in 2013.");
  assert.deepEqual(haiyan.figures, []);
  assert.deepEqual(frameOf("More than 6,000 people died in the floods of 2022, officials recalled.").figures, []);
  // The current incident's own figures stay, before or after its name.
  assert.deepEqual(frameOf("At least 12 people were killed by the typhoon on Saturday.").figures.map((q) => q.value), [12]);
  assert.deepEqual(frameOf("The typhoon killed 19 people, officials said.").figures.map((q) => q.value), [19]);
});

test("a figure of a lesser event within the incident (an aftershock's magnitude) is not the incident's", () => {
  assert.deepEqual(frameOf("There were two aftershocks of more than 5.0 magnitude, officials said.").figures, []);
  assert.deepEqual(frameOf("A magnitude 6.1 earthquake struck the province on Tuesday.").figures.map((q) => q.value), [6.1]);
});

test("a figurative use of an incident word names no incident; the literal one still does", () => {
  assert.equal(frameOf("The coach was recovering from a heart attack he suffered in March.").frame, null);
  assert.equal(frameOf("Firefighters attacked the blaze from all sides.").frame, null);
  assert.equal(frameOf("The council offered staff a crash course in budgeting.").frame, null);
  assert.equal(frameOf("The mayor stormed out of the meeting.").frame, null);
  assert.equal(frameOf("The chief saw flames shooting out of the roof of the barn.").frame, null);
  assert.equal(frameOf("Police said a man was shooting at cars on the highway.").frame?.roles["incident"], "attack");
  assert.equal(frameOf("Gunmen attacked a police post, the army said.").frame?.roles["incident"], "attack");
  assert.equal(frameOf("Two buses collided on the bridge.").frame?.roles["incident"], "crash");
});
