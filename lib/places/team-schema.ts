import { z } from "zod";
import { en } from "@/lib/i18n/admin-places/en";

export const TEAM_LIMITS = { name: 80 } as const;

export const TEAM_FIELDS = ["name", "nameFr"] as const;

const m = en.teams.errors;
const labels = en.teams.fields;

/** One team, named in both languages of the site; the slug is derived from the English name on creation. */
export const teamSchema = z.object({
  name: z
    .string({ error: m.name })
    .trim()
    .min(1, { error: m.name })
    .max(TEAM_LIMITS.name, { error: m.tooLong(labels.name, TEAM_LIMITS.name) }),
  nameFr: z
    .string({ error: m.nameFr })
    .trim()
    .min(1, { error: m.nameFr })
    .max(TEAM_LIMITS.name, { error: m.tooLong(labels.nameFr, TEAM_LIMITS.name) }),
});

export type TeamInput = z.output<typeof teamSchema>;
