import { ROLES, type Role } from "./roles";

/**
 * The one table of who may do what in the admin area. Server actions and
 * route handlers check it through `authorize(rolesFor(action))` (or
 * `can(user.role, action)` after authorize); pages use it to hide buttons.
 * Hiding a button is never the check: the action checks again.
 *
 * Posting actions are about the action itself; status rules (e.g. a hiring
 * manager edits only drafts: "posting.editDraft" vs "posting.edit") are the
 * CMS's business and combine with this table.
 */
const TABLE = {
  // Postings
  "posting.view": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "posting.preview": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "posting.create": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "posting.duplicate": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  /** Edit a posting that is a DRAFT (or sent back to draft). */
  "posting.editDraft": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  /** Edit a posting in any status, including published ones. */
  "posting.edit": ["ADMIN", "RECRUITER"],
  "posting.submitForReview": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "posting.approve": ["ADMIN", "RECRUITER"],
  "posting.publish": ["ADMIN", "RECRUITER"],
  "posting.schedule": ["ADMIN", "RECRUITER"],
  "posting.unpublish": ["ADMIN", "RECRUITER"],
  "posting.archive": ["ADMIN", "RECRUITER"],
  "posting.repost": ["ADMIN", "RECRUITER"],
  "posting.restoreRevision": ["ADMIN", "RECRUITER"],
  "posting.editSlug": ["ADMIN", "RECRUITER"],
  // Applications (a hiring manager: only those of the postings assigned to them, lib/applications/application-access.ts)
  "application.view": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "application.changeStatus": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "application.export": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  /** Export or erase everything one person sent (by email), across postings. */
  "application.privacy": ["ADMIN"],
  /** The mail outbox at /admin/emails. */
  "mail.view": ["ADMIN"],
  /** Choose which hiring managers work on a posting (posting_assignments). */
  "posting.assign": ["ADMIN", "RECRUITER"],
  // Offices and teams (the editor's lists; archived ones stay on their postings)
  "office.view": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "office.manage": ["ADMIN", "RECRUITER"],
  "team.view": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "team.manage": ["ADMIN", "RECRUITER"],
  // Users and roles
  "user.list": ["ADMIN"],
  "user.create": ["ADMIN"],
  "user.changeRole": ["ADMIN"],
  "user.disable": ["ADMIN"],
  "user.enable": ["ADMIN"],
  "user.resetPassword": ["ADMIN"],
  /** End every session of another user ("sign out everywhere"). */
  "user.signOutEverywhere": ["ADMIN"],
  // Audit log
  "audit.view": ["ADMIN"],
  // Own account
  "account.changePassword": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  /** See one's own open sessions and end them (the others, or all). */
  "account.signOutEverywhere": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof TABLE;

export const PERMISSIONS = Object.keys(TABLE) as Permission[];

/** The roles allowed to do `action`, e.g. `authorize(rolesFor("posting.publish"))`. */
export function rolesFor(action: Permission): readonly Role[] {
  return TABLE[action];
}

/** Whether `role` may do `action`. Unknown roles or actions may do nothing. */
export function can(role: Role | null | undefined, action: Permission): boolean {
  if (!role || !Object.hasOwn(TABLE, action)) return false;
  return (TABLE[action] as readonly Role[]).includes(role);
}

/** Every permission of one role (for display, tests). */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((action) => can(role, action));
}

export { ROLES, type Role };
