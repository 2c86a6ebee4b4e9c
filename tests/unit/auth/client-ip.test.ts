import { describe, expect, test } from "vitest";
import { clientIp, normalizeIp } from "@/lib/auth/client-ip";

// With the launcher's preload (lib/launcher/peer-address.mjs) the last
// X-Forwarded-For entry is always the socket's address, appended by our own
// server; every entry before it was written by whoever sent the request.
const h = (value?: string, extra: Record<string, string> = {}) => new Headers({ ...(value === undefined ? {} : { "x-forwarded-for": value }), ...extra });

describe("clientIp: the socket's address unless proxies are trusted (TRUSTED_PROXY_COUNT)", () => {
  test("0 (the default): the socket's address, whatever the client claims", () => {
    expect(clientIp(h("127.0.0.1"), 0, true)).toBe("127.0.0.1");
    expect(clientIp(h("198.51.100.7, 127.0.0.1"), 0, true)).toBe("127.0.0.1");
    expect(clientIp(h("spoofed, 1.2.3.4,::ffff:127.0.0.1"), 0, true)).toBe("127.0.0.1");
    expect(clientIp(h("::1", { "x-real-ip": "198.51.100.9", forwarded: "for=198.51.100.10" }), 0, true)).toBe("::1");
  });

  test("1: the address our proxy appended, the one just before the socket's", () => {
    expect(clientIp(h("198.51.100.7, 10.0.0.2"), 1, true)).toBe("198.51.100.7");
    expect(clientIp(h("spoofed, 1.2.3.4, 198.51.100.7, 10.0.0.2"), 1, true)).toBe("198.51.100.7");
  });

  test("2: two proxies in a row", () => {
    expect(clientIp(h("1.2.3.4, 198.51.100.7, 10.0.0.3, 10.0.0.2"), 2, true)).toBe("198.51.100.7");
  });

  test("fewer entries than trusted hops (a request that did not come through the proxies): the farthest one we have", () => {
    expect(clientIp(h("10.0.0.2"), 1, true)).toBe("10.0.0.2");
    expect(clientIp(h("198.51.100.7, 10.0.0.2"), 2, true)).toBe("198.51.100.7");
  });

  test("X-Real-IP and Forwarded are never read", () => {
    expect(clientIp(h(undefined, { "x-real-ip": "198.51.100.9", forwarded: "for=198.51.100.10" }), 0, true)).toBe("unknown");
    expect(clientIp(h(undefined, { "x-real-ip": "198.51.100.9" }), 1, true)).toBe("unknown");
  });

  test("without the preload, the last entry may be the client's: unknown with no trusted proxy; behind proxies, the one the outermost appended", () => {
    expect(clientIp(h("198.51.100.7"), 0, false)).toBe("unknown");
    expect(clientIp(h("spoofed, 198.51.100.7"), 1, false)).toBe("198.51.100.7");
    expect(clientIp(h("spoofed, 198.51.100.7, 10.0.0.3"), 2, false)).toBe("198.51.100.7");
  });

  test("no header or garbage: unknown", () => {
    expect(clientIp(h(), 0, true)).toBe("unknown");
    expect(clientIp(h("not-an-ip"), 0, true)).toBe("unknown");
    expect(clientIp(h("<script>"), 1, true)).toBe("unknown");
  });

  test("normalizes ports, brackets and IPv4-mapped IPv6", () => {
    expect(normalizeIp("198.51.100.7:5555")).toBe("198.51.100.7");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(normalizeIp("::1")).toBe("::1");
  });
});
