"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { readFields, type ActionState } from "@/lib/auth/action-state";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { placesText } from "@/lib/i18n/admin-places";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { denied, refused, unexpected } from "@/lib/places/actions/place-action-state";
import { setAssignment } from "../commands/set-assignment";

const assignmentSchema = z.object({
  postingId: z.uuid(),
  userId: z.uuid(), // its message is the action's, in the reader's language
  assigned: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** The editor's "Hiring managers" panel: add or remove one (admins and recruiters; the command checks again). */
export async function setAssignmentAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("posting.assign"));
  const locale = await getAdminLocale();
  const t = placesText(locale);
  if (!auth.ok) return denied(auth, locale);
  const parsed = assignmentSchema.safeParse(readFields(formData, ["postingId", "userId", "assigned"] as const));
  if (!parsed.success) return { status: "error", message: t.assignments.notAHiringManager, fieldErrors: { userId: [t.assignments.notAHiringManager] } };
  try {
    const result = await setAssignment({ ...auth.user, ip: await requestIp(), locale }, parsed.data);
    if (!result.ok) return refused({ ...result, fieldErrors: result.fieldErrors.userId ? { userId: [t.assignments.notAHiringManager] } : {} }, locale);
    const user = await db.user.findUnique({ where: { id: parsed.data.userId }, select: { name: true, email: true } });
    const name = user?.name || user?.email || "";
    refresh();
    return { status: "ok", message: parsed.data.assigned ? t.assignments.added(name) : t.assignments.removed(name) };
  } catch (error) {
    return unexpected(error, locale);
  }
}
