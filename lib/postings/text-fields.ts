import { z } from "zod";
import { msg } from "./messages/message";

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

// Half of a UTF-16 surrogate pair on its own is no character at all: PostgreSQL refuses to store it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(value: string, allowLineBreaks = false): boolean {
  return (allowLineBreaks ? MARKDOWN_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value) || LONE_SURROGATE.test(value);
}

// For search boxes and other free input that must be cleaned, never rejected.
export function removeForbiddenCharacters(value: string): string {
  return value.replace(ANY_FORBIDDEN_GLOBAL, "");
}

const CONTROL_MESSAGE = msg("controlCharacters");

export function singleLineText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: msg("tooLong", max) })
    .refine((value) => !hasForbiddenCharacters(value), { error: CONTROL_MESSAGE });
}

// Textareas submit CRLF; normalising keeps "\r" out of the stored text without
// rejecting every multi-line form post.
export function markdownText(max: number = TEXT_LIMITS.markdown) {
  return z
    .string()
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .trim()
    .max(max, { error: msg("tooLong", max) })
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
    .array(singleLineText(maxItem).min(1, { error: msg("emptyItem") }))
    .max(TEXT_LIMITS.listLength, { error: msg("listTooLong", TEXT_LIMITS.listLength) });
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A web address part; `path` is the field it is typed in, so the message names it as the form does. */
export function slugText(path = "slug") {
  return z
    .string()
    .trim()
    .max(TEXT_LIMITS.slug, { error: msg("addressTooLong", path, TEXT_LIMITS.slug) })
    .regex(SLUG_PATTERN, { error: msg("addressInvalid", path) });
}
