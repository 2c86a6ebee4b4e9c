"use server";

import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { deniedState, echo, fieldErrorState, invalidState, readFields, type ActionState } from "@/lib/auth/action-state";
import { messagesText } from "@/lib/i18n/admin-messages";
import type { Locale } from "@/lib/i18n/locales";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { changeApplicationStatus, changeStatusSchema } from "../change-application-status";
import { applicationsText } from "@/lib/i18n/admin-applications";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { erasePersonData } from "../person-data";
import { z } from "zod";
import { candidateEmail } from "../candidate-email";

// The inbox's actions. Each checks the session and role itself (and, through lib/applications, which
// postings the user reaches), reads only its own fields and answers with state — never a 500.

function unexpected(error: unknown, locale: Locale): ActionState {
  unstable_rethrow(error);
  console.error("[applications] action failed", error);
  return { status: "error", message: messagesText(locale).actions.nothingChanged };
}

export async function changeApplicationStatusAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("application.changeStatus"));
  const locale = await getAdminLocale();
  if (!auth.ok) return deniedState(auth, locale);
  const fields = readFields(formData, ["applicationId", "status", "note"] as const);
  const values = echo(fields, ["status", "note"]);
  const parsed = changeStatusSchema.safeParse({ ...fields, note: fields.note ?? "" });
  if (!parsed.success) return invalidState(parsed.error, values, locale);
  try {
    const outcome = await changeApplicationStatus(db, auth.user, parsed.data, await requestIp());
    if (!outcome.ok) return outcome.field ? fieldErrorState(outcome.field, outcome.message, values, locale) : { status: "error", message: outcome.message, values };
    refresh();
    const t = applicationsText(locale);
    return { status: "ok", message: outcome.changed ? t.statusForm.changed(t.statuses[parsed.data.status]) : t.statusForm.noteAdded };
  } catch (error) {
    return unexpected(error, locale);
  }
}

function eraseSchema(m: ReturnType<typeof applicationsText>["privacy"]["errors"]) {
  return z.object({
    email: z.string().trim().min(1, { error: m.emailMissing }).max(320).pipe(candidateEmail({ error: m.emailShape })),
    confirm: z.literal("ERASE", { error: m.confirm }),
  });
}

export async function erasePersonAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("application.privacy"));
  const locale = await getAdminLocale();
  if (!auth.ok) return deniedState(auth, locale);
  const fields = readFields(formData, ["email", "confirm"] as const);
  const values = echo(fields, ["email"]);
  const t = applicationsText(locale).privacy;
  const parsed = eraseSchema(t.errors).safeParse(fields);
  if (!parsed.success) return invalidState(parsed.error, values, locale);
  try {
    const counts = await erasePersonData(db, auth.user, parsed.data.email, await requestIp());
    refresh();
    return { status: "ok", message: t.erased(counts.applications, counts.files, counts.emails) };
  } catch (error) {
    return unexpected(error, locale);
  }
}
