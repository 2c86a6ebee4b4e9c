import "server-only";
import { recordEvent } from "@/lib/cms/record-event";
import { refuse } from "@/lib/cms/refusal";
import { requirePermission } from "@/lib/cms/require-permission";
import { runCommand, type CommandOptions } from "@/lib/cms/run-command";
import type { CmsActor, CmsResult } from "@/lib/cms/types";
import type { Tx } from "@/lib/db/posting-writes";
import { placesText } from "@/lib/i18n/admin-places";
import type { OfficeInput } from "../office-schema";
import { sameName, uniqueSlug } from "../unique-slug";
import { postingSlugsUsing, type PlaceChange } from "./place-result";

async function assertNameFree(tx: Tx, actor: CmsActor, name: string, exceptId: string | null): Promise<void> {
  const t = placesText(actor.locale ?? "en");
  const offices = await tx.office.findMany({ select: { id: true, name: true } });
  const clash = offices.find((office) => office.id !== exceptId && sameName(office.name, name));
  if (clash) refuse(t.common.checkFields, { name: [t.offices.errors.nameTaken(clash.name)] });
}

/** A new office, offered to postings at once. Its slug comes from its name. */
export function createOffice(actor: CmsActor, input: OfficeInput, options: CommandOptions = {}): Promise<CmsResult<PlaceChange>> {
  return runCommand(options, async ({ tx }) => {
    requirePermission(actor, "office.manage");
    await assertNameFree(tx, actor, input.name, null);
    const slug = await uniqueSlug(input.name, async (candidate) => (await tx.office.findUnique({ where: { slug: candidate }, select: { id: true } })) !== null);
    const office = await tx.office.create({ data: { ...input, slug } });
    await recordEvent(tx, actor, { action: "office.create", entityType: "office", entityId: office.id, data: { slug, ...input } });
    return { id: office.id, name: office.name, publicSlugs: [] };
  });
}

/** New name or address; the slug stays (links keep working) and every posting in the office shows the change. */
export function updateOffice(actor: CmsActor, id: string, input: OfficeInput, options: CommandOptions = {}): Promise<CmsResult<PlaceChange>> {
  return runCommand(options, async ({ tx }) => {
    requirePermission(actor, "office.manage");
    const before = await tx.office.findUnique({ where: { id } });
    if (!before) refuse(placesText(actor.locale ?? "en").common.gone);
    await assertNameFree(tx, actor, input.name, id);
    const office = await tx.office.update({ where: { id }, data: input });
    const changed = Object.fromEntries(
      (Object.keys(input) as (keyof OfficeInput)[]).filter((key) => before[key] !== input[key]).map((key) => [key, { from: before[key], to: input[key] }]),
    );
    await recordEvent(tx, actor, { action: "office.update", entityType: "office", entityId: id, data: { slug: office.slug, changed } });
    return { id, name: office.name, publicSlugs: await postingSlugsUsing(tx, { officeId: id }) };
  });
}

/** Archived: kept on its postings (public pages still show it), no longer offered for new ones. */
export function setOfficeArchived(actor: CmsActor, id: string, archived: boolean, options: CommandOptions = {}): Promise<CmsResult<PlaceChange>> {
  return runCommand(options, async ({ tx, now }) => {
    requirePermission(actor, "office.manage");
    const before = await tx.office.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!before) refuse(placesText(actor.locale ?? "en").common.gone);
    const office = await tx.office.update({ where: { id }, data: { archivedAt: archived ? (before.archivedAt ?? now) : null } });
    if ((before.archivedAt !== null) !== archived) {
      await recordEvent(tx, actor, { action: archived ? "office.archive" : "office.unarchive", entityType: "office", entityId: id, data: { slug: office.slug } });
    }
    return { id, name: office.name, publicSlugs: await postingSlugsUsing(tx, { officeId: id }) };
  });
}
