import type { Role as PrismaRole } from "@/lib/generated/prisma/enums";
import { en } from "@/lib/i18n/admin/en";

/** The roles of the admin area, in order of power. Safe to import from client components. */
export const ROLES = ["ADMIN", "RECRUITER", "HIRING_MANAGER"] as const;
export type Role = (typeof ROLES)[number];

/** Role names in English, for server messages; the admin pages take them from lib/i18n/admin in the reader's language. */
export const ROLE_LABELS: Record<Role, string> = en.roles;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

// Compile-time check: this list and the database enum are the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rolesMatchDatabase: Same<Role, PrismaRole> = true;
void rolesMatchDatabase;
