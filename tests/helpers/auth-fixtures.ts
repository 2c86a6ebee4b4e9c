import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { useFreshDatabase as freshDatabase } from "./database";

/**
 * A fresh database wired as the app's database: lib/db/client.ts reads
 * DATABASE_URL when first imported, so import app modules after this (with
 * `await import(...)`). Also sets the AUTH_SECRET the session tokens are signed with.
 */
export async function freshAuthDatabase() {
  const database = await freshDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = "integration-test-secret-0123456789-abcdefghij";
  process.env.AUTH_TRUST_HOST = "true";
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  delete (globalThis as { prisma?: unknown }).prisma;
  return database;
}

export type TestUser = { id: string; email: string; name: string; password: string; role: "ADMIN" | "RECRUITER" | "HIRING_MANAGER" };

let counter = 0;

/** A user with a real argon2id password hash. */
export async function createTestUser(
  prisma: PrismaClient,
  role: TestUser["role"],
  options: { email?: string; password?: string; disabled?: boolean; name?: string } = {},
): Promise<TestUser> {
  counter += 1;
  const email = options.email ?? `${role.toLowerCase()}-${counter}-${randomBytes(3).toString("hex")}@example.com`;
  const password = options.password ?? `pw-${randomBytes(9).toString("base64url")}`;
  const name = options.name ?? `${role} ${counter}`;
  const user = await prisma.user.create({
    data: { email, name, role, passwordHash: await hashPassword(password), disabledAt: options.disabled ? new Date() : null },
    select: { id: true },
  });
  return { id: user.id, email, name, password, role };
}

/** A FormData from plain fields (the way a form posts them). */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/**
 * Everything the auth actions may change, to prove a refused action changed nothing:
 * users, sessions (revoked or not), audit rows — `auditEvents` counts all but the
 * auth.sessions_revoked rows, which `sessionRevocations` counts.
 */
export async function authSnapshot(prisma: PrismaClient) {
  const [users, sessions, auditEvents, sessionRevocations] = await Promise.all([
    prisma.user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true, passwordChangedAt: true, updatedAt: true },
    }),
    prisma.userSession.findMany({ orderBy: { id: "asc" }, select: { id: true, userId: true, revokedAt: true, revokedReason: true } }),
    prisma.auditEvent.count({ where: { action: { not: "auth.sessions_revoked" } } }),
    prisma.auditEvent.count({ where: { action: "auth.sessions_revoked" } }),
  ]);
  return { users, sessions, auditEvents, sessionRevocations };
}
