import { z } from "zod";

// The envelope of each posting action, parsed strictly: ids and versions here,
// the posting itself only ever through lib/postings' schema (in the command).
// Status, author and id can never come from the posting part (its schema has no such keys).

const id = z.uuid({ error: "Unknown posting." });
const version = z.int().min(1).max(2_147_483_647);

export const createInput = z.strictObject({ posting: z.unknown() });
export const idInput = z.strictObject({ id });
export const targetInput = z.strictObject({ id, version });
export const transitionInput = z.strictObject({ id, version, posting: z.unknown().optional() });
export const saveInput = z.strictObject({ id, version, posting: z.unknown() });
export const renameInput = z.strictObject({ id, version, slug: z.string().max(200) });
export const restoreInput = z.strictObject({ id, version, revisionId: z.uuid() });
export const scheduleInput = z.strictObject({
  id,
  version,
  posting: z.unknown().optional(),
  publishAt: z.iso.datetime({ offset: true, error: "Choose a date and time." }).transform((value) => new Date(value)),
});
