/** @module Background: what a claim dated before the story's year tells is context, never a rival of the story's own figures. */
import type { Claim } from "../types.ts";

/**
 * Is a claim background to a story set in `storyYear`: it writes out a year before the story's
 * ("In 2004, a magnitude 9.1 quake ..."). A year the date resolver supplied ("from the summer",
 * "on April 20") is no evidence either way.
 */
export function isBackground(c: Claim, storyYear: number | null | undefined): boolean {
  if (storyYear === null || storyYear === undefined) return false;
  return c.dates.some((d) => /^\d{4}/.test(d.value) && /\b\d{4}\b/.test(d.text) && Number(d.value.slice(0, 4)) < storyYear);
}
