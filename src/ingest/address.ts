/**
 * @module Which IP addresses the fetcher may connect to: public unicast only, unless private
 * addresses are explicitly allowed. Covers IPv4 private, loopback, link-local, CGNAT,
 * unspecified, multicast and reserved ranges, IPv6 loopback, unspecified, unique-local,
 * link-local and multicast, and IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64).
 */
import { isIPv4, isIPv6 } from "node:net";

/** IPv4 ranges refused: [first octets as a 32-bit number, prefix length, name]. */
const V4_BLOCKED: readonly [string, number, string][] = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

function v4ToInt(ip: string): number {
  return ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

function v4Reason(ip: string): string | null {
  const n = v4ToInt(ip);
  for (const [base, prefix, name] of V4_BLOCKED) {
    const size = 2 ** (32 - prefix);
    const start = v4ToInt(base);
    if (n >= start && n < start + size) return name;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped, embedded IPv4 expanded). */
export function ipv6Groups(ip: string): number[] {
  let s = ip.replace(/%.*$/, "").toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4?.[1]) {
    const n = v4ToInt(v4[1]);
    s = s.slice(0, -v4[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = s.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const fill = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16) || 0);
}

function v6Reason(ip: string): string | null {
  const g = ipv6Groups(ip);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = `${g6 >>> 8}.${g6 & 0xff}.${g7 >>> 8}.${g7 & 0xff}`;
  const zeroHead = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroHead && g5 === 0 && g6 === 0 && g7 === 0) return "unspecified";
  if (zeroHead && g5 === 0 && g6 === 0 && g7 === 1) return "loopback";
  if (zeroHead && (g5 === 0xffff || g5 === 0)) {
    const r = v4Reason(embedded);
    return r ? `IPv4-mapped ${r}` : null;
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    const r = v4Reason(embedded);
    return r ? `NAT64-embedded ${r}` : null;
  }
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local (private)";
  if ((g0 & 0xffc0) === 0xfe80) return "link-local";
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  return null;
}

/** Why an address must not be fetched ("loopback", "private", ...), or null when it is public. */
export function blockedReason(ip: string): string | null {
  if (isIPv4(ip)) return v4Reason(ip);
  if (isIPv6(ip.replace(/%.*$/, ""))) return v6Reason(ip);
  return "not an IP address";
}
