import { z } from "zod";
import { placesText } from "@/lib/i18n/admin-places";
import type { Locale } from "@/lib/i18n/locales";

export const TEAM_LIMITS = { name: 80 } as const;

export const TEAM_FIELDS = ["name", "nameFr"] as const;

/**
 * One team, named in both languages of the site; the slug is derived from the English name on creation.
 * Its messages are in `locale`, the language of whoever fills the form.
 */
export function teamSchemaFor(locale: Locale) {
  const m = placesText(locale).teams.errors;
  const labels = placesText(locale).teams.fields;
  return z.object({
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
}

/** The schema with English messages (scripts and tests); the actions use `teamSchemaFor(locale)`. */
export const teamSchema = teamSchemaFor("en");

export type TeamInput = z.output<typeof teamSchema>;
