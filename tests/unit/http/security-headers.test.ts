import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

describe("security headers", () => {
  it("are sent for every path without Next compiling their values on each request: no value holds a colon", () => {
    // next.config.ts sends them for "/:path*"; Next compiles a header value that holds ":" as a path pattern
    // (to fill in :path) on every request.
    for (const { key, value } of securityHeaders()) expect(`${key}: ${value.includes(":") ? value : "ok"}`).toBe(`${key}: ok`);
  });

  it("keep the CSP closed: same-origin everything, no framing, no plugins", () => {
    const csp = securityHeaders().find((header) => header.key === "Content-Security-Policy")!.value;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});
