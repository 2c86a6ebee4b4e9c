import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
vi.mock("server-only", () => ({}));
const { ADMIN_PAGE_RULES } = await import("@/lib/auth/admin-page-rules");

// The proxy answers 403 from ADMIN_PAGE_RULES (lib/auth/admin-page-access.ts); each page checks its own
// permission with requireUser(rolesFor(…)). Both must say the same for every admin page.

const ADMIN = path.resolve("app/(admin)/admin");
const SAMPLE_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pages(path.join(dir, entry.name)) : entry.name === "page.tsx" ? [path.join(dir, entry.name)] : [],
  );
}

const cases = pages(ADMIN).map((file) => {
  const route = `/admin/${path.relative(ADMIN, path.dirname(file))}`.replace(/\/$/, "").replace("[id]", SAMPLE_ID);
  const permission = /requireUser\(rolesFor\("([^"]+)"\)\)/.exec(readFileSync(file, "utf8"))?.[1] ?? null;
  return [route, permission] as const;
});

describe("the proxy's admin page rules match the pages' own checks", () => {
  test.each(cases)("%s needs %s", (route, permission) => {
    const rule = ADMIN_PAGE_RULES.find((candidate) => candidate.pattern.test(route));
    // The postings list and the account page are open to every signed-in role: no proxy rule needed.
    if (permission === null || route === "/admin/postings" || route === "/admin") expect(rule?.permission ?? null).toBe(null);
    else expect(rule?.permission, route).toBe(permission);
  });

  test("a posting page's rule captures the posting id, for the assignment check", () => {
    for (const suffix of ["", "/preview", "/revisions"]) {
      const route = `/admin/postings/${SAMPLE_ID}${suffix}`;
      const rule = ADMIN_PAGE_RULES.find((candidate) => candidate.pattern.test(route));
      expect(rule?.posting, route).toBe(true);
      expect(rule?.pattern.exec(route)?.[1]).toBe(SAMPLE_ID);
    }
  });
});
