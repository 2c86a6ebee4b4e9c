"use server";

import { refresh } from "next/cache";
import { echo, readFields, type ActionState } from "@/lib/auth/action-state";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { placesText } from "@/lib/i18n/admin-places";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { createTeam, setTeamArchived, updateTeam } from "../commands/team-commands";
import { placeRefSchema } from "../place-ref";
import { TEAM_FIELDS, teamSchemaFor } from "../team-schema";
import { expirePublicPagesAfterCommit } from "@/lib/cache/expire-after-commit";
import { denied, invalid, refused, unexpected } from "./place-action-state";

// Teams (admins and recruiters): same shape as the office actions.

export async function saveTeamAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("team.manage"));
  const locale = await getAdminLocale();
  const t = placesText(locale);
  if (!auth.ok) return denied(auth, locale);
  const fields = readFields(formData, [...TEAM_FIELDS, "id"] as const);
  const values = echo(fields, TEAM_FIELDS);
  const parsed = teamSchemaFor(locale).safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, values, locale);
  const ref = fields.id ? placeRefSchema.safeParse({ id: fields.id }) : null;
  if (ref && !ref.success) return { status: "error", message: t.common.gone, values };
  try {
    const actor = { ...auth.user, ip: await requestIp(), locale };
    const result = ref ? await updateTeam(actor, ref.data.id, parsed.data) : await createTeam(actor, parsed.data);
    if (!result.ok) return refused(result, locale, values);
    expirePublicPagesAfterCommit(result.publicSlugs);
    refresh();
    return { status: "ok", message: ref ? t.teams.updated(result.name) : t.teams.created(result.name), ...(ref ? { values } : {}) };
  } catch (error) {
    return unexpected(error, locale, values);
  }
}

export async function setTeamArchivedAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("team.manage"));
  const locale = await getAdminLocale();
  const t = placesText(locale);
  if (!auth.ok) return denied(auth, locale);
  const parsed = placeRefSchema.safeParse(readFields(formData, ["id", "archived"] as const));
  if (!parsed.success) return { status: "error", message: t.common.gone };
  try {
    const result = await setTeamArchived({ ...auth.user, ip: await requestIp(), locale }, parsed.data.id, parsed.data.archived);
    if (!result.ok) return refused(result, locale);
    expirePublicPagesAfterCommit(result.publicSlugs);
    refresh();
    return { status: "ok", message: parsed.data.archived ? t.teams.archivedDone(result.name) : t.teams.unarchivedDone(result.name) };
  } catch (error) {
    return unexpected(error, locale);
  }
}
