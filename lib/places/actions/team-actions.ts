"use server";

import { refresh } from "next/cache";
import { echo, readFields, type ActionState } from "@/lib/auth/action-state";
import { requestIp } from "@/lib/auth/audit";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { en } from "@/lib/i18n/admin-places/en";
import { createTeam, setTeamArchived, updateTeam } from "../commands/team-commands";
import { placeRefSchema } from "../place-ref";
import { TEAM_FIELDS, teamSchema } from "../team-schema";
import { denied, expirePublicPages, invalid, refused, unexpected } from "./place-action-state";

// Teams (admins and recruiters): same shape as the office actions.

export async function saveTeamAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("team.manage"));
  if (!auth.ok) return denied(auth);
  const fields = readFields(formData, [...TEAM_FIELDS, "id"] as const);
  const values = echo(fields, TEAM_FIELDS);
  const parsed = teamSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, values);
  const ref = fields.id ? placeRefSchema.safeParse({ id: fields.id }) : null;
  if (ref && !ref.success) return { status: "error", message: en.common.gone, values };
  try {
    const actor = { ...auth.user, ip: await requestIp() };
    const result = ref ? await updateTeam(actor, ref.data.id, parsed.data) : await createTeam(actor, parsed.data);
    if (!result.ok) return refused(result, values);
    expirePublicPages(result.publicSlugs);
    refresh();
    return { status: "ok", message: ref ? en.teams.updated(result.name) : en.teams.created(result.name), ...(ref ? { values } : {}) };
  } catch (error) {
    return unexpected(error, values);
  }
}

export async function setTeamArchivedAction(_previous: ActionState | undefined, formData: FormData): Promise<ActionState> {
  const auth = await authorize(rolesFor("team.manage"));
  if (!auth.ok) return denied(auth);
  const parsed = placeRefSchema.safeParse(readFields(formData, ["id", "archived"] as const));
  if (!parsed.success) return { status: "error", message: en.common.gone };
  try {
    const result = await setTeamArchived({ ...auth.user, ip: await requestIp() }, parsed.data.id, parsed.data.archived);
    if (!result.ok) return refused(result);
    expirePublicPages(result.publicSlugs);
    refresh();
    return { status: "ok", message: parsed.data.archived ? en.teams.archivedDone(result.name) : en.teams.unarchivedDone(result.name) };
  } catch (error) {
    return unexpected(error);
  }
}
