"use server";

import { refresh } from "next/cache";
import { echo, readFields, type ActionState } from "@/lib/auth/action-state";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { en } from "@/lib/i18n/admin-places/en";
import { createOffice, setOfficeArchived, updateOffice } from "../commands/office-commands";
import { OFFICE_FIELDS, officeSchema } from "../office-schema";
import { placeRefSchema } from "../place-ref";
import { denied, expirePublicPages, invalid, refused, unexpected } from "./place-action-state";

// Offices (admins and recruiters). Each action checks the session and the role itself, reads only its own
// fields, answers with state (never a 500) and expires the public pages that show offices.

export async function saveOfficeAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("office.manage"));
  if (!auth.ok) return denied(auth);
  const fields = readFields(formData, [...OFFICE_FIELDS, "id"] as const);
  const values = echo(fields, OFFICE_FIELDS);
  const parsed = officeSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, values);
  const ref = fields.id ? placeRefSchema.safeParse({ id: fields.id }) : null;
  if (ref && !ref.success) return { status: "error", message: en.common.gone, values };
  try {
    const actor = { ...auth.user, ip: await requestIp() };
    const result = ref ? await updateOffice(actor, ref.data.id, parsed.data) : await createOffice(actor, parsed.data);
    if (!result.ok) return refused(result, values);
    expirePublicPages(result.publicSlugs);
    refresh();
    return { status: "ok", message: ref ? en.offices.updated(result.name) : en.offices.created(result.name), ...(ref ? { values } : {}) };
  } catch (error) {
    return unexpected(error, values);
  }
}

export async function setOfficeArchivedAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("office.manage"));
  if (!auth.ok) return denied(auth);
  const parsed = placeRefSchema.safeParse(readFields(formData, ["id", "archived"] as const));
  if (!parsed.success) return { status: "error", message: en.common.gone };
  try {
    const result = await setOfficeArchived({ ...auth.user, ip: await requestIp() }, parsed.data.id, parsed.data.archived);
    if (!result.ok) return refused(result);
    expirePublicPages(result.publicSlugs);
    refresh();
    return { status: "ok", message: parsed.data.archived ? en.offices.archivedDone(result.name) : en.offices.unarchivedDone(result.name) };
  } catch (error) {
    return unexpected(error);
  }
}
