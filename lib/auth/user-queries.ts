import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "./roles";
import { countActiveSessions } from "./sessions";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
  /** Sessions not revoked and within their lifetime. */
  activeSessions: number;
};

/** Every user for the users admin (never the password hash). */
export async function listUsers(): Promise<UserRow[]> {
  const users = await db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
  const lastSignIns = await db.auditEvent.groupBy({
    by: ["actorId"],
    where: { action: "auth.sign_in", actorId: { in: users.map((user) => user.id) } },
    _max: { createdAt: true },
  });
  const lastById = new Map(lastSignIns.map((row) => [row.actorId, row._max.createdAt]));
  const sessions = await countActiveSessions(users.map((user) => user.id));
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
    lastSignInAt: lastById.get(user.id) ?? null,
    activeSessions: sessions.get(user.id) ?? 0,
  }));
}
