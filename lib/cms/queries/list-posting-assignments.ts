import "server-only";
import { db } from "@/lib/db/client";

export type AssignablePerson = { id: string; name: string; email: string };
export type PostingAssignments = { assigned: AssignablePerson[]; available: AssignablePerson[] };

/** Who is on a posting, and the active hiring managers who could be added (the panel's select), by name. */
export async function listPostingAssignments(postingId: string): Promise<PostingAssignments> {
  const [rows, managers] = await Promise.all([
    db.postingAssignment.findMany({ where: { postingId }, select: { user: { select: { id: true, name: true, email: true } } } }),
    db.user.findMany({ where: { role: "HIRING_MANAGER", disabledAt: null }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } }),
  ]);
  const assigned = rows.map((row) => row.user).sort((a, b) => a.name.localeCompare(b.name));
  const taken = new Set(assigned.map((person) => person.id));
  return { assigned, available: managers.filter((person) => !taken.has(person.id)) };
}
