/**
 * The client address for login limits and the audit log.
 *
 * The launcher preloads lib/launcher/peer-address.mjs into Next's process: like
 * a reverse proxy, it APPENDS the TCP peer's address (the socket's) to
 * X-Forwarded-For on every request, so the LAST entry is always the address the
 * request really came from, and every entry before it was written by someone
 * upstream — the client itself, or the reverse proxies in front of the app.
 *
 * TRUSTED_PROXY_COUNT (default 0) says how many of those upstream hops are ours:
 * - 0 (`npm start` serving clients directly): the socket's address. Whatever a
 *   client writes in X-Forwarded-For, X-Real-IP or Forwarded changes nothing.
 * - N (behind nginx / a load balancer that appends its peer address, as nginx's
 *   $proxy_add_x_forwarded_for and cloud load balancers do): the entry N places
 *   before the socket's — the address our outermost proxy received the request
 *   from. With fewer entries than that (a request that skipped the proxies), the
 *   farthest entry there is.
 * X-Real-IP and Forwarded are never read.
 *
 * Without the preload (Next started without the launcher) the last entry may be
 * the client's own claim: with TRUSTED_PROXY_COUNT=0 the address is "unknown"
 * (every such client shares one per-client count — fail closed, and the audit
 * log never records a claimed address); with N ≥ 1 the entry the outermost
 * proxy appended (the N-th from the right) is still the right one.
 */
export const PEER_ADDRESS_MARKER = Symbol.for("careers.peer-address-appended");

export function peerAddressAppended(): boolean {
  return (globalThis as Record<symbol, unknown>)[PEER_ADDRESS_MARKER] === true;
}

export function clientIp(headers: Headers, trustedProxyCount = trustedProxies(), appended = peerAddressAppended()): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (!appended && trustedProxyCount === 0) return "unknown";
  // With the preload the socket's entry is last; without it the outermost proxy's is.
  const index = forwarded.length - 1 - trustedProxyCount + (appended ? 0 : 1);
  const picked = forwarded[Math.max(0, index)] ?? "";
  return normalizeIp(picked) ?? "unknown";
}

function trustedProxies(): number {
  const value = Number(process.env.TRUSTED_PROXY_COUNT || "0");
  return Number.isInteger(value) && value >= 0 && value <= 10 ? value : 0;
}

/** Keeps only what can be an IPv4/IPv6 address (drops ports and brackets, maps ::ffff:a.b.c.d to IPv4). */
export function normalizeIp(value: string): string | null {
  let ip = value.trim();
  if (!ip) return null;
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(ip)) ip = ip.slice(7);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip;
  if (/^[0-9a-fA-F:]{2,45}$/.test(ip) && ip.includes(":")) return ip.toLowerCase();
  return null;
}
