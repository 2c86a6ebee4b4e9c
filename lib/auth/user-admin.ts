import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "./audit";
import { normalizeEmail } from "./email";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./roles";
import type { SessionUser } from "./session-user";

/**
 * User administration on the database. Each change and its audit row are
 * written in one transaction. Changes that could leave the site without an
 * active admin (role change, disable) take one advisory lock and re-count the
 * active admins inside the transaction, so two admins demoting each other at
 * the same time cannot both succeed.
 */
export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; field?: string; message: string };

type Tx = Prisma.TransactionClient;
const ADMINS_LOCK = "users:active-admins";
export const LAST_ADMIN_MESSAGE = "At least one active admin must remain. Make someone else an admin first.";

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
  if (!email) return { ok: false, field: "email", message: "Enter an email address." };
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
    if (!user) return { ok: false, field: "email", message: "A user with this email already exists." };
    return { ok: true, userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "email", message: "A user with this email already exists." };
    }
    throw error;
  }
}

export async function changeRole(actor: SessionUser, userId: string, role: Role): Promise<Outcome> {
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true, disabledAt: true } });
    if (!user) return { ok: false, message: "This user no longer exists." };
    if (user.role === role) return { ok: true };
    if (user.role === "ADMIN" && !user.disabledAt && (await otherActiveAdmins(tx, userId)) === 0) {
      return { ok: false, field: "role", message: LAST_ADMIN_MESSAGE };
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
    return { ok: true };
  });
}

export async function setDisabled(actor: SessionUser, userId: string, disabled: boolean): Promise<Outcome> {
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true, disabledAt: true } });
    if (!user) return { ok: false, message: "This user no longer exists." };
    if (Boolean(user.disabledAt) === disabled) return { ok: true };
    if (disabled && user.role === "ADMIN" && (await otherActiveAdmins(tx, userId)) === 0) {
      return { ok: false, message: LAST_ADMIN_MESSAGE };
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
    return { ok: true };
  });
}

/** Sets a new password for someone else; their open sessions end (passwordChangedAt). */
export async function resetPassword(actor: SessionUser, userId: string, password: string): Promise<Outcome<{ email: string }>> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return { ok: false, message: "This user no longer exists." };
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date() } });
    await writeAudit(tx, {
      action: "user.password_reset",
      actorId: actor.id,
      actorEmail: actor.email,
      entityType: "user",
      entityId: userId,
      data: { email: user.email },
    });
    return { ok: true, email: user.email };
  });
}

/**
 * Changes one's own password (current one required). Returns the change time:
 * sessions that signed in before it end; the caller re-issues this session's cookie.
 */
export async function changeOwnPassword(
  user: SessionUser,
  currentPassword: string,
  newPassword: string,
): Promise<Outcome<{ changedAt: Date }>> {
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
    return { ok: false, field: "currentPassword", message: "This is not your current password." };
  }
  const passwordHash = await hashPassword(newPassword);
  const changedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: changedAt } });
    await writeAudit(tx, {
      action: "account.password_change",
      actorId: user.id,
      actorEmail: user.email,
      entityType: "user",
      entityId: user.id,
    });
  });
  return { ok: true, changedAt };
}
