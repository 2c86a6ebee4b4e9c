/**
 * Postal code formats per country, for the office form. Source: the Universal Postal Union's addressing
 * pages per country (https://www.upu.int/en/Postal-Solutions/Programmes-Services/Addressing-Solutions,
 * "Postal addressing systems in member countries", S42), cross-checked with
 * https://en.wikipedia.org/wiki/List_of_postal_codes. The GB pattern is the UK Government Data Standards
 * Catalogue's postcode pattern without the BFPO cases. Countries missing here accept any 2–10 letters, digits,
 * spaces or dashes: the table only refuses what is surely wrong.
 */
import type { en } from "@/lib/i18n/admin-places/en";

/** A key of the catalogue's `offices.postalShapes`: the words are in the reader's language there. */
export type PostalShape = keyof typeof en.offices.postalShapes;

type PostalFormat = { pattern: RegExp; example: string; shape: PostalShape };

export const POSTAL_CODE_FORMATS: Readonly<Record<string, PostalFormat>> = {
  AT: { pattern: /^\d{4}$/, example: "1010", shape: "digits4" },
  BE: { pattern: /^\d{4}$/, example: "1000", shape: "digits4" },
  CH: { pattern: /^\d{4}$/, example: "8001", shape: "digits4" },
  DE: { pattern: /^\d{5}$/, example: "10115", shape: "digits5" },
  DK: { pattern: /^\d{4}$/, example: "1050", shape: "digits4" },
  ES: { pattern: /^\d{5}$/, example: "28001", shape: "digits5" },
  FI: { pattern: /^\d{5}$/, example: "00100", shape: "digits5" },
  FR: { pattern: /^\d{5}$/, example: "75018", shape: "digits5" },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: "EC1A 1BB", shape: "ukPostcode" },
  IE: { pattern: /^[AC-FHKNPRTV-Y]\d{2}(?: ?[AC-FHKNPRTV-Y\d]{4})?$/, example: "D02 X285", shape: "eircode" },
  IT: { pattern: /^\d{5}$/, example: "20121", shape: "digits5" },
  LU: { pattern: /^(?:L-)?\d{4}$/, example: "1611", shape: "digits4" },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: "1012 AB", shape: "digits4letters2" },
  NO: { pattern: /^\d{4}$/, example: "0150", shape: "digits4" },
  PL: { pattern: /^\d{2}-\d{3}$/, example: "00-950", shape: "digits2dash3" },
  PT: { pattern: /^\d{4}-\d{3}$/, example: "1000-001", shape: "digits4dash3" },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: "111 22", shape: "digits5" },
  US: { pattern: /^\d{5}(?:-\d{4})?$/, example: "10001", shape: "zip" },
};

const ANY_POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]$/;

/** Trimmed, upper-case, inner spaces collapsed: "ec1a  1bb " → "EC1A 1BB". */
export function normalizePostalCode(value: string): string {
  return value.trim().toUpperCase().replace(/\s+/g, " ");
}

export type PostalCodeProblem = { kind: "format"; shape: PostalShape; example: string } | { kind: "characters" };

/** Null when `postalCode` (normalised) fits `country`, else what is wrong, for the form to say in words. */
export function postalCodeProblem(country: string, postalCode: string): PostalCodeProblem | null {
  const format = POSTAL_CODE_FORMATS[country];
  if (format) return format.pattern.test(postalCode) ? null : { kind: "format", shape: format.shape, example: format.example };
  return ANY_POSTAL_CODE.test(postalCode) ? null : { kind: "characters" };
}
