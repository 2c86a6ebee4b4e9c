import { z } from "zod";

// Bidi overrides/isolates can make a title read differently from what it is
// ("Trojan Source"), so they are refused in every field, like C0/C1 controls.
const BIDI = "\\u202A-\\u202E\\u2066-\\u2069";
const SINGLE_LINE_FORBIDDEN = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${BIDI}]`, "u");
// Markdown keeps line feeds and tabs; carriage returns are normalised away first.
const MARKDOWN_FORBIDDEN = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F${BIDI}]`, "u");
const ANY_FORBIDDEN_GLOBAL = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${BIDI}]`, "gu");

export const TEXT_LIMITS = {
  title: 120,
  markdown: 20_000,
  listItem: 1_000,
  listLength: 50,
  short: 200,
  note: 500,
  url: 2_000,
  email: 254,
  slug: 80,
} as const;

export function hasForbiddenCharacters(value: string, allowLineBreaks = false): boolean {
  return (allowLineBreaks ? MARKDOWN_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value);
}

// For search boxes and other free input that must be cleaned, never rejected.
export function removeForbiddenCharacters(value: string): string {
  return value.replace(ANY_FORBIDDEN_GLOBAL, "");
}

const CONTROL_MESSAGE = "Remove invisible control or text-direction characters (often pasted from another tool).";

export function singleLineText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: `Keep this to ${max} characters or fewer.` })
    .refine((value) => !hasForbiddenCharacters(value), { error: CONTROL_MESSAGE });
}

// Textareas submit CRLF; normalising keeps "\r" out of the stored text without
// rejecting every multi-line form post.
export function markdownText(max: number = TEXT_LIMITS.markdown) {
  return z
    .string()
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .trim()
    .max(max, { error: `Keep this to ${max.toLocaleString("en")} characters or fewer.` })
    .refine((value) => !hasForbiddenCharacters(value, true), { error: CONTROL_MESSAGE });
}

// Forms send "" for an empty input; storing null keeps "not stated" unambiguous.
export function optionalText(max: number) {
  return singleLineText(max)
    .nullable()
    .transform((value) => (value === "" ? null : value));
}

export function textList(maxItem: number = TEXT_LIMITS.listItem) {
  return z
    .array(singleLineText(maxItem).min(1, { error: "Remove this empty item." }))
    .max(TEXT_LIMITS.listLength, { error: `Keep this list to ${TEXT_LIMITS.listLength} items or fewer.` });
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugText(what = "This address") {
  return z
    .string()
    .trim()
    .max(TEXT_LIMITS.slug, { error: `${what} must be ${TEXT_LIMITS.slug} characters or fewer.` })
    .regex(SLUG_PATTERN, {
      error: `${what} may only use lowercase letters a–z, digits and single hyphens, with no hyphen at either end.`,
    });
}
