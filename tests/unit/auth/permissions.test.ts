import { describe, expect, test } from "vitest";
import { can, PERMISSIONS, permissionsOf, rolesFor, type Permission } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";

describe("the permissions table", () => {
  test("admins may do everything", () => {
    for (const action of PERMISSIONS) expect(can("ADMIN", action)).toBe(true);
  });

  test("recruiters create, edit, publish, unpublish, archive, approve and schedule — but do not manage users or read the audit log", () => {
    const allowed: Permission[] = [
      "posting.create",
      "posting.edit",
      "posting.editDraft",
      "posting.publish",
      "posting.unpublish",
      "posting.archive",
      "posting.approve",
      "posting.schedule",
      "posting.submitForReview",
    ];
    for (const action of allowed) expect(can("RECRUITER", action)).toBe(true);
    for (const action of ["user.list", "user.create", "user.changeRole", "user.disable", "user.enable", "user.resetPassword", "audit.view"] as const) {
      expect(can("RECRUITER", action)).toBe(false);
    }
  });

  test("hiring managers create and edit drafts and submit them for review, and cannot publish", () => {
    expect(can("HIRING_MANAGER", "posting.create")).toBe(true);
    expect(can("HIRING_MANAGER", "posting.editDraft")).toBe(true);
    expect(can("HIRING_MANAGER", "posting.submitForReview")).toBe(true);
    for (const action of ["posting.publish", "posting.schedule", "posting.approve", "posting.unpublish", "posting.archive", "posting.edit", "user.create", "audit.view"] as const) {
      expect(can("HIRING_MANAGER", action)).toBe(false);
    }
  });

  test("everyone changes their own password", () => {
    for (const role of ROLES) expect(can(role, "account.changePassword")).toBe(true);
  });

  test("no role, an unknown role or an unknown action may do nothing", () => {
    expect(can(null, "posting.view")).toBe(false);
    expect(can(undefined, "posting.view")).toBe(false);
    expect(can("GUEST" as never, "posting.view")).toBe(false);
    expect(can("ADMIN", "posting.nuke" as never)).toBe(false);
    expect(can("ADMIN", "toString" as never)).toBe(false);
    expect(can("ADMIN", "__proto__" as never)).toBe(false);
  });

  test("rolesFor and can agree, and each role's permissions are a subset of the admin's", () => {
    for (const action of PERMISSIONS) {
      for (const role of ROLES) expect(rolesFor(action).includes(role)).toBe(can(role, action));
    }
    const admin = new Set(permissionsOf("ADMIN"));
    for (const role of ROLES) for (const action of permissionsOf(role)) expect(admin.has(action)).toBe(true);
    expect(permissionsOf("HIRING_MANAGER").length).toBeLessThan(permissionsOf("RECRUITER").length);
  });
});
