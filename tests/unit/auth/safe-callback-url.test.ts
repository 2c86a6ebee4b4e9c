import { describe, expect, test } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

const ORIGIN = "https://careers.example.com";

describe("safeCallbackUrl keeps callbacks on this site", () => {
  test.each([
    ["/admin", "/admin"],
    ["/admin/postings?status=DRAFT&q=a", "/admin/postings?status=DRAFT&q=a"],
    ["/admin/postings#top", "/admin/postings#top"],
    ["/admin/../admin/users", "/admin/users"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
  ])("keeps the local path %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  test.each([
    "https://evil.example",
    "https://evil.example/admin",
    "http://evil.example",
    "//evil.example",
    "//evil.example/admin",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " //evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "javascript%3Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "%2F%2Fevil.example",
    "%2f%2fevil.example",
    "%5C%5Cevil.example",
    "https:evil.example",
    "https:/evil.example",
    "evil.example",
    "admin/postings",
    "",
    "/\u0000/evil.example",
    "/\u202e/evil.example",
    "https://careers.example.com.evil.example/admin",
    "https://user:pass@careers.example.com/admin",
  ])("refuses %j", (input) => {
    expect(safeCallbackUrl(input, { origin: ORIGIN })).toBe("/admin");
    expect(safeCallbackUrl(input)).toBe("/admin");
  });

  test("refuses what is not a string or is too long", () => {
    expect(safeCallbackUrl(undefined)).toBe("/admin");
    expect(safeCallbackUrl(null)).toBe("/admin");
    expect(safeCallbackUrl(["/admin/users"])).toBe("/admin");
    expect(safeCallbackUrl(`/${"a".repeat(5000)}`)).toBe("/admin");
  });

  test("accepts an absolute URL on the site's own origin, as a path", () => {
    expect(safeCallbackUrl(`${ORIGIN}/admin/users?x=1`, { origin: ORIGIN })).toBe("/admin/users?x=1");
    expect(safeCallbackUrl(`${ORIGIN}`, { origin: ORIGIN })).toBe("/");
    // Without a known origin, absolute URLs are refused.
    expect(safeCallbackUrl(`${ORIGIN}/admin/users`)).toBe("/admin");
    // Same host, other scheme or port: another origin.
    expect(safeCallbackUrl("http://careers.example.com/admin", { origin: ORIGIN })).toBe("/admin");
    expect(safeCallbackUrl("https://careers.example.com:8443/admin", { origin: ORIGIN })).toBe("/admin");
  });

  test("uses the given fallback", () => {
    expect(safeCallbackUrl("//evil.example", { fallback: "/admin/login" })).toBe("/admin/login");
  });

  test("whatever comes out starts with one slash and resolves on this site", () => {
    const tricky = ["/admin", "/a/../../b", "/..//x", "/.%2e/%2e%2e//x", "/%09/evil", "/a?next=//evil", "/#//evil"];
    for (const input of tricky) {
      const out = safeCallbackUrl(input);
      expect(out.startsWith("/")).toBe(true);
      expect(out.startsWith("//")).toBe(false);
      expect(new URL(out, ORIGIN).origin).toBe(ORIGIN);
    }
  });
});
