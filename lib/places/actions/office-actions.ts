"use server";

import { refresh } from "next/cache";
import { echo, readFields, type ActionState } from "@/lib/auth/action-state";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { placesText } from "@/lib/i18n/admin-places";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { createOffice, setOfficeArchived, updateOffice } from "../commands/office-commands";
import { OFFICE_FIELDS, officeSchemaFor } from "../office-schema";
import { placeRefSchema } from "../place-ref";
import { expirePublicPagesAfterCommit } from "@/lib/cache/expire-after-commit";
import { denied, invalid, refused, unexpected } from "./place-action-state";

// Offices (admins and recruiters). Each action checks the session and the role itself, reads only its own
// fields, answers with state (never a 500) and expires the public pages that show offices.

export async function saveOfficeAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("office.manage"));
  const locale = await getAdminLocale();
  const t = placesText(locale);
  if (!auth.ok) return denied(auth, locale);
  const fields = readFields(formData, [...OFFICE_FIELDS, "id"] as const);
  const values = echo(fields, OFFICE_FIELDS);
  const parsed = officeSchemaFor(locale).safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, values, locale);
  const ref = fields.id ? placeRefSchema.safeParse({ id: fields.id }) : null;
  if (ref && !ref.success) return { status: "error", message: t.common.gone, values };
  try {
    const actor = { ...auth.user, ip: await requestIp(), locale };
    const result = ref ? await updateOffice(actor, ref.data.id, parsed.data) : await createOffice(actor, parsed.data);
    if (!result.ok) return refused(result, locale, values);
    expirePublicPagesAfterCommit(result.publicSlugs);
    refresh();
    return { status: "ok", message: ref ? t.offices.updated(result.name) : t.offices.created(result.name), ...(ref ? { values } : {}) };
  } catch (error) {
    return unexpected(error, locale, values);
  }
}

export async function setOfficeArchivedAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("office.manage"));
  const locale = await getAdminLocale();
  const t = placesText(locale);
  if (!auth.ok) return denied(auth, locale);
  const parsed = placeRefSchema.safeParse(readFields(formData, ["id", "archived"] as const));
  if (!parsed.success) return { status: "error", message: t.common.gone };
  try {
    const result = await setOfficeArchived({ ...auth.user, ip: await requestIp(), locale }, parsed.data.id, parsed.data.archived);
    if (!result.ok) return refused(result, locale);
    expirePublicPagesAfterCommit(result.publicSlugs);
    refresh();
    return { status: "ok", message: parsed.data.archived ? t.offices.archivedDone(result.name) : t.offices.unarchivedDone(result.name) };
  } catch (error) {
    return unexpected(error, locale);
  }
}
