"use server";

import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { deniedState, echo, fieldErrorState, invalidState, NOTHING_CHANGED, readFields, type ActionState } from "@/lib/auth/action-state";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { changeApplicationStatus, changeStatusSchema } from "../change-application-status";
import { APPLICATION_STATUS_LABELS } from "../application-statuses";
import { erasePersonData } from "../person-data";
import { z } from "zod";

// The inbox's actions. Each checks the session and role itself (and, through lib/applications, which
// postings the user reaches), reads only its own fields and answers with state — never a 500.

function unexpected(error: unknown): ActionState {
  unstable_rethrow(error);
  console.error("[applications] action failed", error);
  return { status: "error", message: NOTHING_CHANGED };
}

export async function changeApplicationStatusAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("application.changeStatus"));
  if (!auth.ok) return deniedState(auth);
  const fields = readFields(formData, ["applicationId", "status", "note"] as const);
  const values = echo(fields, ["status", "note"]);
  const parsed = changeStatusSchema.safeParse({ ...fields, note: fields.note ?? "" });
  if (!parsed.success) return invalidState(parsed.error, values);
  try {
    const outcome = await changeApplicationStatus(db, auth.user, parsed.data, await requestIp());
    if (!outcome.ok) return outcome.field ? fieldErrorState(outcome.field, outcome.message, values) : { status: "error", message: outcome.message, values };
    refresh();
    return { status: "ok", message: outcome.changed ? `Status changed to ${APPLICATION_STATUS_LABELS[parsed.data.status].toLowerCase()}.` : "Note added." };
  } catch (error) {
    return unexpected(error);
  }
}

const eraseSchema = z.object({
  email: z.string().trim().min(1, { error: "Enter the person's email address." }).max(320).pipe(z.email({ error: "Enter an email address like name@example.com." })),
  confirm: z.literal("ERASE", { error: "Type ERASE to confirm." }),
});

export async function erasePersonAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("application.privacy"));
  if (!auth.ok) return deniedState(auth);
  const fields = readFields(formData, ["email", "confirm"] as const);
  const values = echo(fields, ["email"]);
  const parsed = eraseSchema.safeParse(fields);
  if (!parsed.success) return invalidState(parsed.error, values);
  try {
    const counts = await erasePersonData(db, auth.user, parsed.data.email, await requestIp());
    refresh();
    return { status: "ok", message: `Erased ${counts.applications} application(s), ${counts.files} file(s) and ${counts.emails} email(s).` };
  } catch (error) {
    return unexpected(error);
  }
}
