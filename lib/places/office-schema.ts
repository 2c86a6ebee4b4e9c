import { z } from "zod";
import { placesText } from "@/lib/i18n/admin-places";
import type { Locale } from "@/lib/i18n/locales";
import { isCountryCode } from "@/lib/postings/country-codes";
import { countryName } from "./country-names";
import { normalizePostalCode, postalCodeProblem } from "./postal-codes";

export const OFFICE_LIMITS = { name: 80, street: 200, postalCode: 12, city: 80, region: 80 } as const;

/** The office form's fields, all strings as a form sends them. */
export const OFFICE_FIELDS = ["name", "street", "postalCode", "city", "region", "country", "latitude", "longitude"] as const;

type Messages = ReturnType<typeof placesText>["offices"]["errors"];

function text(m: Messages, max: number, label: string, empty: string) {
  return z
    .string({ error: empty })
    .trim()
    .min(1, { error: empty })
    .max(max, { error: m.tooLong(label, max) });
}

function optionalText(m: Messages, max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, { error: m.tooLong(label, max) })
    .optional()
    .transform((value) => value || null);
}

/** "52,52" (a French keyboard) or "52.52" → 52.52; empty → null; anything else fails with `message`. */
function coordinate(limit: number, message: string) {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      const raw = (value ?? "").trim().replace(",", ".");
      if (raw === "") return null;
      const number = /^-?\d{1,3}(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isFinite(number) || Math.abs(number) > limit) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });
}

/**
 * One office as the CMS stores it. The postal code is checked against the country's format
 * (lib/places/postal-codes.ts); the slug is never asked: it is derived from the name on creation.
 * Its messages are in `locale`, the language of whoever fills the form.
 */
export function officeSchemaFor(locale: Locale) {
  const t = placesText(locale).offices;
  const m = t.errors;
  const labels = t.fields;
  return z
    .object({
      name: text(m, OFFICE_LIMITS.name, labels.name, m.name),
      street: text(m, OFFICE_LIMITS.street, labels.street, m.street),
      postalCode: z
        .string({ error: m.postalCode })
        .transform(normalizePostalCode)
        .pipe(z.string().min(1, { error: m.postalCode }).max(OFFICE_LIMITS.postalCode, { error: m.tooLong(labels.postalCode, OFFICE_LIMITS.postalCode) })),
      city: text(m, OFFICE_LIMITS.city, labels.city, m.city),
      region: optionalText(m, OFFICE_LIMITS.region, labels.region),
      country: z
        .string({ error: m.country })
        .trim()
        .toUpperCase()
        .refine(isCountryCode, { error: m.country }),
      latitude: coordinate(90, m.latitude),
      longitude: coordinate(180, m.longitude),
    })
    .superRefine((office, context) => {
      const problem = postalCodeProblem(office.country, office.postalCode);
      if (problem) {
        const message = problem.kind === "format" ? m.postalCodeFormat(countryName(office.country, locale), t.postalShapes[problem.shape], problem.example) : m.postalCodeChars;
        context.addIssue({ code: "custom", path: ["postalCode"], message });
      }
      if ((office.latitude === null) !== (office.longitude === null)) {
        context.addIssue({ code: "custom", path: [office.latitude === null ? "latitude" : "longitude"], message: m.coordinatesPair });
      }
    });
}

/** The schema with English messages (scripts and tests); the actions use `officeSchemaFor(locale)`. */
export const officeSchema = officeSchemaFor("en");

export type OfficeInput = z.output<typeof officeSchema>;
