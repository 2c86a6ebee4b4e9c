import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "./audit";
import { normalizeEmail } from "./email";
import { hashPassword, verifyPassword } from "./password";
import { en } from "@/lib/i18n/admin-messages";
import type { Role } from "./roles";
import type { SessionUser } from "./session-user";
import { createSession, requestOrigin, revokeUserSessions, type RevocationReason } from "./sessions";

/**
 * User administration on the database. Each change and its audit row are
 * written in one transaction. Changes that could leave the site without an
 * active admin (role change, disable) take one advisory lock and re-count the
 * active admins inside the transaction, so two admins demoting each other at
 * the same time cannot both succeed.
 *
 * A role change, disabling, re-enabling and a password reset also revoke every
 * session of that user in the same transaction (lib/auth/sessions.ts), with an
 * auth.sessions_revoked audit row: the user signs in again. Re-enabling revokes
 * too, so nothing signed before the account was disabled comes back.
 */
export type UserRefusal = keyof typeof en.userRefusals;
/** A refusal carries its key (the actions say it in the admin's language, messagesText(locale).userRefusals) and its English words. */
export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; field?: string; refusal: UserRefusal; message: string };

function refused(refusal: UserRefusal, field?: string): { ok: false; field?: string; refusal: UserRefusal; message: string } {
  return { ok: false, ...(field ? { field } : {}), refusal, message: en.userRefusals[refusal] };
}

type Tx = Prisma.TransactionClient;
const ADMINS_LOCK = "users:active-admins";

export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

async function lockAdmins(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${ADMINS_LOCK}, 0))::text AS locked`;
}

async function otherActiveAdmins(tx: Tx, userId: string): Promise<number> {
  return tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
}

export async function createUser(
  actor: SessionUser,
  input: { email: string; name: string; role: Role; password: string },
): Promise<Outcome<{ userId: string }>> {
  // Normalised here too (the schema already did it for the form): one identity per address, found by exact equality.
  const email = normalizeEmail(input.email);
  if (!email) return refused("emailMissing", "email");
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (existing) return null;
      const created = await tx.user.create({
        data: { email, name: input.name, role: input.role, passwordHash, passwordChangedAt: new Date() },
        select: { id: true },
      });
      await writeAudit(tx, {
        action: "user.create",
        actorId: actor.id,
        actorEmail: actor.email,
        entityType: "user",
        entityId: created.id,
        data: { email, role: input.role },
      });
      return created;
    });
    if (!user) return refused("emailTaken", "email");
    return { ok: true, userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return refused("emailTaken", "email");
    }
    throw error;
  }
}

export async function changeRole(actor: SessionUser, userId: string, role: Role): Promise<Outcome> {
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true, disabledAt: true } });
    if (!user) return refused("userGone");
    if (user.role === role) return { ok: true };
    if (user.role === "ADMIN" && !user.disabledAt && (await otherActiveAdmins(tx, userId)) === 0) {
      return refused("lastAdmin", "role");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await writeAudit(tx, {
      action: "user.role_change",
      actorId: actor.id,
      actorEmail: actor.email,
      entityType: "user",
      entityId: userId,
      data: { email: user.email, from: user.role, to: role },
    });
    await revokeUserSessions(tx, { userId, reason: "role_change", actor, email: user.email });
    return { ok: true };
  });
}

export async function setDisabled(actor: SessionUser, userId: string, disabled: boolean): Promise<Outcome> {
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true, disabledAt: true } });
    if (!user) return refused("userGone");
    if (Boolean(user.disabledAt) === disabled) return { ok: true };
    if (disabled && user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) {
      return refused("lastAdmin");
    }
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    await writeAudit(tx, {
      action: disabled ? "user.disable" : "user.enable",
      actorId: actor.id,
      actorEmail: actor.email,
      entityType: "user",
      entityId: userId,
      data: { email: user.email },
    });
    await revokeUserSessions(tx, { userId, reason: disabled ? "disable" : "enable", actor, email: user.email });
    return { ok: true };
  });
}

/** Sets a new password for someone else; their open sessions end (revoked). */
export async function resetPassword(actor: SessionUser, userId: string, password: string): Promise<Outcome<{ email: string }>> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return refused("userGone");
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date() } });
    await writeAudit(tx, {
      action: "user.password_reset",
      actorId: actor.id,
      actorEmail: actor.email,
      entityType: "user",
      entityId: userId,
      data: { email: user.email },
    });
    await revokeUserSessions(tx, { userId, reason: "password_reset", actor, email: user.email });
    return { ok: true, email: user.email };
  });
}

/**
 * Changes one's own password (current one required). Every session of the user
 * is revoked — this browser's included — and a new session row is created for
 * this browser in the same transaction; the caller re-issues this browser's
 * cookie with it (session-cookie.ts).
 */
export async function changeOwnPassword(
  user: SessionUser,
  currentPassword: string,
  newPassword: string,
): Promise<Outcome<{ changedAt: Date; sessionId: string }>> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword))) {
    await writeAudit(db, {
      action: "account.password_change_failed",
      actorId: user.id,
      actorEmail: user.email,
      entityType: "user",
      entityId: user.id,
      data: { reason: "wrong-current-password" },
    });
    return refused("wrongCurrentPassword", "currentPassword");
  }
  const passwordHash = await hashPassword(newPassword);
  const changedAt = new Date();
  const origin = await requestOrigin();
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: changedAt } });
    await writeAudit(tx, {
      action: "account.password_change",
      actorId: user.id,
      actorEmail: user.email,
      entityType: "user",
      entityId: user.id,
    });
    await revokeUserSessions(tx, { userId: user.id, reason: "password_change", actor: user });
    return createSession(user.id, origin, tx);
  });
  return { ok: true, changedAt, sessionId };
}

/**
 * "Sign out everywhere": revokes every session of `userId`, or every one but
 * `keep` (the caller's own, for "sign out other sessions"). Returns how many ended.
 */
export async function endSessions(
  actor: SessionUser,
  userId: string,
  options: { keep?: string | null; reason: Extract<RevocationReason, "sign_out_everywhere" | "sign_out_others" | "admin_sign_out"> },
): Promise<Outcome<{ count: number }>> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return refused("userGone");
    const count = await revokeUserSessions(tx, { userId, reason: options.reason, actor, keep: options.keep ?? null, email: user.email });
    return { ok: true, count };
  });
}
