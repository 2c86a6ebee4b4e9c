import { expect, test } from "vitest";
import { auditHref, parseAuditFilters } from "@/lib/auth/audit-filters";

test("audit filters fall back to defaults on odd input", () => {
  expect(parseAuditFilters({})).toEqual({ page: 1, action: null });
  expect(parseAuditFilters({ page: "3", action: "auth.sign_in" })).toEqual({ page: 3, action: "auth.sign_in" });
  expect(parseAuditFilters({ page: "999999999999" })).toEqual({ page: 1, action: null });
  expect(parseAuditFilters({ page: "999999999" }).page).toBe(100_000);
  expect(parseAuditFilters({ page: "-1" }).page).toBe(1);
  expect(parseAuditFilters({ page: ["2", "3"] }).page).toBe(1);
  expect(parseAuditFilters({ action: "' OR 1=1--" }).action).toBeNull();
  expect(parseAuditFilters({ action: ["auth.sign_in", "user.create"] }).action).toBeNull();
  expect(auditHref({ page: 2, action: "user.create" })).toBe("/admin/audit?action=user.create&page=2");
  expect(auditHref({ page: 1, action: null })).toBe("/admin/audit");
});
