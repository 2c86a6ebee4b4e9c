import "server-only";
import { recordEvent } from "@/lib/cms/record-event";
import { refuse } from "@/lib/cms/refusal";
import { requirePermission } from "@/lib/cms/require-permission";
import { runCommand, type CommandOptions } from "@/lib/cms/run-command";
import type { CmsActor, CmsResult } from "@/lib/cms/types";
import type { Tx } from "@/lib/db/posting-writes";
import { placesText } from "@/lib/i18n/admin-places";
import type { TeamInput } from "../team-schema";
import { sameName, uniqueSlug } from "../unique-slug";
import { postingSlugsUsing, type PlaceChange } from "./place-result";

async function assertNameFree(tx: Tx, actor: CmsActor, name: string, exceptId: string | null): Promise<void> {
  const t = placesText(actor.locale ?? "en");
  const teams = await tx.team.findMany({ select: { id: true, name: true } });
  const clash = teams.find((team) => team.id !== exceptId && sameName(team.name, name));
  if (clash) refuse(t.common.checkFields, { name: [t.teams.errors.nameTaken(clash.name)] });
}

/** A new team, offered to postings at once. Its slug comes from its English name. */
export function createTeam(actor: CmsActor, input: TeamInput, options: CommandOptions = {}): Promise<CmsResult<PlaceChange>> {
  return runCommand(options, async ({ tx }) => {
    requirePermission(actor, "team.manage");
    await assertNameFree(tx, actor, input.name, null);
    const slug = await uniqueSlug(input.name, async (candidate) => (await tx.team.findUnique({ where: { slug: candidate }, select: { id: true } })) !== null);
    const team = await tx.team.create({ data: { ...input, slug } });
    await recordEvent(tx, actor, { action: "team.create", entityType: "team", entityId: team.id, data: { slug, ...input } });
    return { id: team.id, name: team.name, publicSlugs: [] };
  });
}

/** New names; the slug stays (filter links keep working) and the team's postings show the change. */
export function updateTeam(actor: CmsActor, id: string, input: TeamInput, options: CommandOptions = {}): Promise<CmsResult<PlaceChange>> {
  return runCommand(options, async ({ tx }) => {
    requirePermission(actor, "team.manage");
    const before = await tx.team.findUnique({ where: { id } });
    if (!before) refuse(placesText(actor.locale ?? "en").common.gone);
    await assertNameFree(tx, actor, input.name, id);
    const team = await tx.team.update({ where: { id }, data: input });
    await recordEvent(tx, actor, {
      action: "team.update",
      entityType: "team",
      entityId: id,
      data: { slug: team.slug, from: { name: before.name, nameFr: before.nameFr }, to: { ...input } },
    });
    return { id, name: team.name, publicSlugs: await postingSlugsUsing(tx, { teamId: id }) };
  });
}

/** Archived: kept on its postings (public pages still show it), no longer offered for new ones. */
export function setTeamArchived(actor: CmsActor, id: string, archived: boolean, options: CommandOptions = {}): Promise<CmsResult<PlaceChange>> {
  return runCommand(options, async ({ tx, now }) => {
    requirePermission(actor, "team.manage");
    const before = await tx.team.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!before) refuse(placesText(actor.locale ?? "en").common.gone);
    const team = await tx.team.update({ where: { id }, data: { archivedAt: archived ? (before.archivedAt ?? now) : null } });
    if ((before.archivedAt !== null) !== archived) {
      await recordEvent(tx, actor, { action: archived ? "team.archive" : "team.unarchive", entityType: "team", entityId: id, data: { slug: team.slug } });
    }
    return { id, name: team.name, publicSlugs: await postingSlugsUsing(tx, { teamId: id }) };
  });
}
