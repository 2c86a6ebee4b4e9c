import { describe, expect, test } from "vitest";
import { clientIp, normalizeIp } from "@/lib/auth/client-ip";

const h = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientIp reads the address our own proxy appended", () => {
  test("one trusted proxy: the rightmost entry, not what the client claims first", () => {
    expect(clientIp(h("198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientIp(h("1.2.3.4, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientIp(h("spoofed, 1.2.3.4,198.51.100.7"), 1)).toBe("198.51.100.7");
  });

  test("two trusted proxies: the second entry from the right", () => {
    expect(clientIp(h("1.2.3.4, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
    expect(clientIp(h("198.51.100.7"), 2)).toBe("198.51.100.7");
  });

  test("no header or garbage: unknown", () => {
    expect(clientIp(h(), 1)).toBe("unknown");
    expect(clientIp(h("not-an-ip"), 1)).toBe("unknown");
    expect(clientIp(h("<script>"), 1)).toBe("unknown");
  });

  test("normalizes ports, brackets and IPv4-mapped IPv6", () => {
    expect(normalizeIp("198.51.100.7:5555")).toBe("198.51.100.7");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(normalizeIp("::1")).toBe("::1");
  });
});
