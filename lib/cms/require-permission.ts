import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { FORBIDDEN_MESSAGE } from "./posting-permissions";
import { refuse } from "./refusal";
import type { CmsActor } from "./types";

/** The commands check again what the actions checked: they are the last door before the database. */
export function requirePermission(actor: CmsActor, permission: Permission | null): void {
  if (permission === null || !can(actor.role, permission)) refuse(FORBIDDEN_MESSAGE);
}
