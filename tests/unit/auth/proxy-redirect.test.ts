import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { adminRedirect, adminRequestHeaders, isAdminPath } from "@/lib/auth/proxy-redirect";

const request = (path: string, cookie?: string) =>
  new NextRequest(`http://careers.test${path}`, { headers: cookie ? { cookie } : {} });

describe("adminRedirect (proxy.ts): only the cookie's presence", () => {
  test("signed-out requests for /admin/** go to the login page with a callbackUrl", () => {
    const response = adminRedirect(request("/admin/postings?status=DRAFT"));
    expect(response?.status).toBe(307);
    const location = new URL(response!.headers.get("location")!);
    expect(location.pathname).toBe("/admin/login");
    expect(location.searchParams.get("callbackUrl")).toBe("/admin/postings?status=DRAFT");
    expect(response!.headers.get("cache-control")).toBe("no-store");
  });

  test.each(["/admin", "/admin/", "/admin/users", "/ADMIN/users", "/%61dmin/users", "//admin/users", "/admin.rsc", "/admin/users.rsc"])(
    "%s without a session cookie is redirected",
    (path) => {
      expect(isAdminPath(path)).toBe(true);
      expect(adminRedirect(request(path))?.status).toBe(307);
    },
  );

  test("the login page itself, other paths and requests with a session cookie go on", () => {
    expect(adminRedirect(request("/admin/login"))).toBeNull();
    expect(adminRedirect(request("/admin/login?callbackUrl=%2Fadmin%2Fusers"))).toBeNull();
    expect(adminRedirect(request("/jobs"))).toBeNull();
    expect(adminRedirect(request("/administration"))).toBeNull();
    expect(adminRedirect(request("/admin/users", "authjs.session-token=abc"))).toBeNull();
    expect(adminRedirect(request("/admin/users", "__Secure-authjs.session-token=abc"))).toBeNull();
    expect(adminRedirect(request("/admin/users", "__Secure-authjs.session-token.0=abc"))).toBeNull();
  });

  test("look-alike or empty cookies do not count", () => {
    expect(adminRedirect(request("/admin/users", "authjs.session-token-x=abc"))?.status).toBe(307);
    expect(adminRedirect(request("/admin/users", "authjs.session-token="))?.status).toBe(307);
    expect(adminRedirect(request("/admin/users", "next-auth.session-token=abc"))?.status).toBe(307);
  });

  test("adminRequestHeaders passes the requested admin path on and drops a client-sent one", () => {
    const spoofed = new NextRequest("http://careers.test/jobs", { headers: { "x-admin-path": "//evil.example" } });
    expect(adminRequestHeaders(spoofed).get("x-admin-path")).toBeNull();
    expect(adminRequestHeaders(request("/admin/users?page=2")).get("x-admin-path")).toBe("/admin/users?page=2");
  });
});
