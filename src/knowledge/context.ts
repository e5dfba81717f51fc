/**
 * @module Context cues: words near a name that say what kind of thing it is ("fighter",
 * "air defence", "submarine"), and which weapon categories each cue fits.
 */
import { normalizeWords } from "./fold.ts";
import type { WeaponCategory } from "./schema.ts";
import { wordTokens } from "./tokens.ts";

const AIRCRAFT: readonly WeaponCategory[] = [
  "fighter", "bomber", "attack-aircraft", "transport", "tanker", "trainer", "awacs", "patrol-aircraft",
];
const MISSILES: readonly WeaponCategory[] = [
  "missile", "cruise-missile", "ballistic-missile", "hypersonic-missile", "anti-ship-missile", "air-to-air-missile",
  "anti-tank-missile", "sam", "manpads",
];

/** Cue patterns (on lower-cased, American-spelled text) and the categories they fit. */
const CUES: readonly { readonly re: RegExp; readonly fits: readonly WeaponCategory[] }[] = [
  { re: /\b(?:stealth )?fighters?(?: jets?| aircraft| planes?)?\b|\bair superiority\b|\bdogfight/, fits: ["fighter", "attack-aircraft"] },
  { re: /\bbombers?\b/, fits: ["bomber"] },
  { re: /\b(?:aircraft|jets?|warplanes?|planes?|airframes?|squadrons?|(?:fourth|fifth|sixth)-generation|stealth|airlifters?|sorties?)\b/, fits: [...AIRCRAFT, "helicopter", "drone"] },
  { re: /\b(?:transport|cargo|airlift)\b/, fits: ["transport", "tanker"] },
  { re: /\b(?:helicopters?|choppers?|gunships?|rotorcraft)\b/, fits: ["helicopter"] },
  {
    re: /\b(?:air[- ]defense|anti-aircraft|anti-missile|missile[- ]defense|missile shield|surface-to-air|sams?|interceptors?|air-defense|ballistic missile defense)\b/,
    fits: ["sam", "manpads"],
  },
  { re: /\b(?:missiles?|cruise|ballistic|hypersonic|warheads?|icbms?|slbms?|rockets?)\b/, fits: MISSILES },
  { re: /\b(?:warships?|frigates?|destroyers?|corvettes?|vessels?|navy|naval|(?:aircraft )?carriers?|ships?)\b/, fits: ["frigate", "destroyer", "corvette", "carrier", "ship"] },
  { re: /\b(?:submarines?|subs|ssns?|ssbns?|ssks?)\b/, fits: ["submarine"] },
  { re: /\b(?:tanks?|armor|armored|mbts?|main battle tanks?|infantry fighting vehicles?|ifvs?|apcs?)\b/, fits: ["tank", "ifv", "apc"] },
  { re: /\b(?:howitzers?|artillery|mlrs|rocket launchers?|multiple rocket|shells?)\b/, fits: ["artillery", "rocket-artillery"] },
  { re: /\b(?:drones?|uavs?|uas|unmanned|loitering munitions?|kamikaze)\b/, fits: ["drone", "loitering-munition"] },
  { re: /\b(?:rifles?|carbines?)\b/, fits: ["rifle"] },
  { re: /\b(?:engines?|turbofans?)\b/, fits: ["engine"] },
  { re: /\bradars?\b/, fits: ["radar"] },
];

export interface ContextCue {
  /** The cue as written in the text ("fighter aircraft"). */
  readonly text: string;
  readonly fits: ReadonlySet<WeaponCategory>;
}

/** The text of up to `words` words either side of `span` (the span itself excluded). */
export function contextWindow(text: string, span: readonly [number, number], words = 8): { before: string; after: string } {
  const before = wordTokens(text.slice(Math.max(0, span[0] - 400), span[0]));
  const after = wordTokens(text.slice(span[1], span[1] + 400));
  const b0 = before[Math.max(0, before.length - words)];
  const a1 = after[Math.min(after.length, words) - 1];
  return {
    before: b0 ? text.slice(Math.max(0, span[0] - 400) + b0.span[0], span[0]) : "",
    after: a1 ? text.slice(span[1], span[1] + a1.span[1]) : "",
  };
}

/** Cues found near `span`, nearest first. */
export function contextCues(text: string, span: readonly [number, number], words = 8): ContextCue[] {
  const { before, after } = contextWindow(text, span, words);
  const found: { cue: ContextCue; distance: number }[] = [];
  const scan = (part: string, isBefore: boolean): void => {
    const norm = normalizeWords(part);
    // normalizeWords keeps length except for spelling changes; search cue by cue on the normalized text.
    for (const c of CUES) {
      const re = new RegExp(c.re.source, "g");
      for (const m of norm.matchAll(re)) {
        const distance = isBefore ? norm.length - (m.index + m[0].length) : m.index;
        found.push({ cue: { text: m[0], fits: new Set(c.fits) }, distance });
      }
    }
  };
  scan(before, true);
  scan(after, false);
  return found.sort((a, b) => a.distance - b.distance).map((f) => f.cue);
}

/** The nearest cue that fits `category`, or null. */
export function fittingCue(cues: readonly ContextCue[], category: WeaponCategory | undefined): ContextCue | null {
  if (!category) return null;
  return cues.find((c) => c.fits.has(category)) ?? null;
}
