/**
 * @module Which IP addresses the fetcher may connect to: public unicast only, unless private
 * addresses are explicitly allowed. Ranges come from `ipaddr.js`, which follows the IANA
 * special-purpose registries for IPv4 and IPv6: private, loopback, link-local, CGNAT,
 * unspecified, broadcast, multicast, documentation (192.0.2.0/24, 198.51.100.0/24,
 * 203.0.113.0/24, 2001:db8::/32), benchmarking, 6to4, Teredo, NAT64, ORCHID, unique-local and
 * the other reserved blocks. An IPv4-mapped IPv6 address is judged as the IPv4 address it maps;
 * the deprecated IPv4-compatible form (::a.b.c.d) is refused.
 */
import { isIPv4, isIPv6 } from "node:net";
import ipaddr from "ipaddr.js";

/** Readable names of ipaddr.js ranges. */
const NAMES: Readonly<Record<string, string>> = {
  unspecified: "unspecified",
  broadcast: "broadcast",
  multicast: "multicast",
  linkLocal: "link-local",
  loopback: "loopback",
  carrierGradeNat: "carrier-grade NAT",
  private: "private",
  reserved: "reserved or documentation",
  as112: "AS112",
  amt: "AMT",
  uniqueLocal: "unique-local (private)",
  deprecatedSiteLocal: "site-local (deprecated)",
  discard: "discard-only",
  rfc6145: "IPv4-translated",
  rfc6052: "NAT64",
  "6to4": "6to4",
  teredo: "Teredo",
  benchmarking: "benchmarking",
  as112v6: "AS112",
  deprecatedOrchid: "ORCHID (deprecated)",
  orchid2: "ORCHIDv2",
  droneRemoteIdProtocolEntityTags: "drone remote ID",
  segmentRouting: "segment routing",
};

function rangeReason(addr: ipaddr.IPv4 | ipaddr.IPv6): string | null {
  const range = addr.range();
  return range === "unicast" ? null : (NAMES[range] ?? range);
}

/** Why an address must not be fetched ("loopback", "private", ...), or null when it is public. */
export function blockedReason(ip: string): string | null {
  const bare = ip.replace(/%.*$/, "");
  if (isIPv4(bare)) return rangeReason(ipaddr.IPv4.parse(bare));
  if (!isIPv6(bare)) return "not an IP address";
  const v6 = ipaddr.IPv6.parse(bare);
  if (v6.isIPv4MappedAddress()) {
    const r = rangeReason(v6.toIPv4Address());
    return r ? `IPv4-mapped ${r}` : null;
  }
  const parts = v6.parts;
  if (parts.slice(0, 6).every((p) => p === 0)) return rangeReason(v6) ?? "IPv4-compatible (deprecated)";
  return rangeReason(v6);
}
