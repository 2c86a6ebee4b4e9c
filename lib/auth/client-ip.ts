/**
 * The client address for login limits and the audit log.
 *
 * Trust choice: Next.js fills X-Forwarded-For with the socket address only when
 * the request has none, and gives the app no other way to see the socket. A
 * client can send its own X-Forwarded-For, so its FIRST entry is whatever the
 * client claims. We therefore read the entry appended by our own outermost
 * trusted proxy: the TRUSTED_PROXY_COUNT-th entry from the right (default 1 —
 * one reverse proxy or load balancer that appends the peer address, as nginx's
 * $proxy_add_x_forwarded_for and cloud load balancers do). With the app exposed
 * directly (no proxy), the rightmost entry is the socket address unless the
 * client sent the header itself; then the per-client limit can be dodged by
 * changing that header, while the per-account limit still holds. Deploy behind a
 * proxy that sets or appends X-Forwarded-For.
 */
export function clientIp(headers: Headers, trustedProxyCount = trustedProxies()): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const index = forwarded.length - Math.max(1, trustedProxyCount);
  const picked = forwarded[Math.max(0, index)] ?? headers.get("x-real-ip") ?? "";
  return normalizeIp(picked) ?? "unknown";
}

function trustedProxies(): number {
  const value = Number(process.env.TRUSTED_PROXY_COUNT ?? "1");
  return Number.isInteger(value) && value >= 0 && value <= 10 ? value : 1;
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
