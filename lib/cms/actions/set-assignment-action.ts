"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { readFields, type ActionState } from "@/lib/auth/action-state";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { en } from "@/lib/i18n/admin-places/en";
import { denied, refused, unexpected } from "@/lib/places/actions/place-action-state";
import { setAssignment } from "../commands/set-assignment";

const assignmentSchema = z.object({
  postingId: z.uuid(),
  userId: z.uuid({ error: en.assignments.notAHiringManager }),
  assigned: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** The editor's "Hiring managers" panel: add or remove one (admins and recruiters; the command checks again). */
export async function setAssignmentAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("posting.assign"));
  if (!auth.ok) return denied(auth);
  const parsed = assignmentSchema.safeParse(readFields(formData, ["postingId", "userId", "assigned"] as const));
  if (!parsed.success) return { status: "error", message: en.assignments.notAHiringManager, fieldErrors: { userId: [en.assignments.notAHiringManager] } };
  try {
    const result = await setAssignment({ ...auth.user, ip: await requestIp() }, parsed.data);
    if (!result.ok) return refused({ ...result, fieldErrors: result.fieldErrors.userId ? { userId: [en.assignments.notAHiringManager] } : {} });
    const user = await db.user.findUnique({ where: { id: parsed.data.userId }, select: { name: true, email: true } });
    const name = user?.name || user?.email || "";
    refresh();
    return { status: "ok", message: parsed.data.assigned ? en.assignments.added(name) : en.assignments.removed(name) };
  } catch (error) {
    return unexpected(error);
  }
}
