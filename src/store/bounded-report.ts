/**
 * @module A stored report stays bounded: a large story whose articles copy each other can carry
 * reuse links by the hundred thousand (one per pair; a 60 MB report). Past MAX_LINKS, each group
 * of articles joined by links (connected components) larger than SMALL_GROUP is kept as one cluster
 * (`reuseGroups`) with only its strongest links that still connect it (a maximum spanning tree:
 * n − 1 links for n articles); small groups keep every pair. Should that still be too many, the
 * strongest MAX_LINKS stay. Iterative throughout (no recursion, no spread of large arrays).
 */
import { KeySets } from "../crosscheck/components.ts";
import type { Report, ReuseGroup, ReuseLink } from "../report/types.ts";

/** Reuse links a stored report keeps as pairs before large groups become clusters. */
export const MAX_LINKS = 5000;
/** Groups of at most this many articles keep all their links. */
export const SMALL_GROUP = 12;

function byStrength(x: ReuseLink, y: ReuseLink): number {
  return y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);
}

/** The report as stored: unchanged when its reuse links are few; else large reuse groups as clusters. */
export function boundReport(report: Report, maxLinks = MAX_LINKS): Report {
  if (report.reuse.length <= maxLinks) return report;
  const groups = new KeySets();
  for (const l of report.reuse) groups.union(l.a, l.b);
  const members = new Map<string, Set<string>>();
  const linkCount = new Map<string, number>();
  for (const l of report.reuse) {
    const g = groups.find(l.a);
    let set = members.get(g);
    if (set === undefined) members.set(g, (set = new Set()));
    set.add(l.a);
    set.add(l.b);
    linkCount.set(g, (linkCount.get(g) ?? 0) + 1);
  }
  const sorted = [...report.reuse].sort(byStrength);
  const tree = new KeySets();
  const kept: ReuseLink[] = [];
  for (const l of sorted) {
    const large = (members.get(groups.find(l.a))?.size ?? 0) > SMALL_GROUP;
    // In a large group a link is kept only when it joins two parts not yet connected.
    if (!large || tree.union(l.a, l.b)) kept.push(l);
  }
  const reuseGroups: ReuseGroup[] = [];
  for (const [g, set] of members) {
    if (set.size > SMALL_GROUP) reuseGroups.push({ articleIds: [...set].sort(), links: linkCount.get(g) ?? 0 });
  }
  reuseGroups.sort((x, y) => y.articleIds.length - x.articleIds.length || ((x.articleIds[0] ?? "") < (y.articleIds[0] ?? "") ? -1 : 1));
  const reuse = kept.slice(0, maxLinks).sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  return { ...report, reuse, reuseGroups };
}
