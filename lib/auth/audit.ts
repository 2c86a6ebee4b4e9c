import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clientIp } from "./client-ip";

/** Audit actions written by the auth half of the admin area. */
export const AUTH_AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_refused",
  "auth.locked_out",
  "auth.sign_out",
  "auth.sessions_revoked",
  "user.create",
  "user.role_change",
  "user.disable",
  "user.enable",
  "user.password_reset",
  "account.password_change",
] as const;

export type AuditInput = {
  action: string;
  actorId?: string | null;
  actorEmail?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
  /** The client address; read from the current request when omitted. */
  ip?: string | null;
};

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

/** Writes one audit row with `client` — pass the transaction so the row lands with the change. */
export async function writeAudit(client: AuditWriter, input: AuditInput): Promise<void> {
  const ip = input.ip === undefined ? await requestIp() : input.ip;
  await client.auditEvent.create({
    data: {
      action: input.action,
      actorId: input.actorId ?? null,
      actorEmail: input.actorEmail ? input.actorEmail.slice(0, 320) : null,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      data: input.data,
      ip,
    },
  });
}

/** An audit row outside any transaction (sign-in events). */
export function recordAuthEvent(input: AuditInput): Promise<void> {
  return writeAudit(db, input);
}

/** The current request's client address (lib/auth/client-ip.ts), or null outside a request. */
export async function requestIp(): Promise<string | null> {
  try {
    return clientIp(new Headers(await headers()));
  } catch {
    return null;
  }
}
