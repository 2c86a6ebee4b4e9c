import { z } from "zod";
import { normalizeEmail } from "@/lib/auth/email";
import { candidateEmail } from "./candidate-email";
import { en } from "@/lib/i18n/apply/en";
import { hasForbiddenCharacters } from "@/lib/postings/text-fields";
import { FIELD_LIMITS } from "./limits";

/** An error is a key of the candidate catalogue's `errors` (lib/i18n/apply), shown in the form's language. */
export type ApplicationErrorCode = keyof typeof en.errors;
/** Field name → error code; "answers.0", "answers.1" for the posting's questions, "form" for the whole form. */
export type ApplicationErrors = Partial<Record<string, ApplicationErrorCode>>;

/** What the candidate typed, as text (kept to show the form again; never the file). */
export type ApplicationValues = {
  name: string;
  email: string;
  phone: string;
  coverLetter: string;
  linkUrl: string;
  answers: string[];
  consent: boolean;
};

const code = (value: ApplicationErrorCode) => ({ error: value });

function text(max: number, tooLong: ApplicationErrorCode, multiline = false) {
  return z
    .string()
    .trim()
    .max(max, code(tooLong))
    .refine((value) => !hasForbiddenCharacters(value.replace(/\r\n?/g, "\n"), multiline), code("textInvalid"));
}

const optional = <T extends z.ZodType<string>>(schema: T) => schema.transform((value) => (value === "" ? null : value));

const linkUrl = z
  .string()
  .trim()
  .max(FIELD_LIMITS.linkUrl, code("linkUrlInvalid"))
  .refine((value) => value === "" || isWebLink(value), code("linkUrlInvalid"))
  .transform((value) => (value === "" ? null : value));

function isWebLink(value: string): boolean {
  if (hasForbiddenCharacters(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** The form's text fields for a posting with `questionCount` questions (the CV is checked by its bytes). */
export function applicationSchema(questionCount: number) {
  return z.object({
    name: text(FIELD_LIMITS.name, "nameTooLong").min(1, code("nameRequired")),
    email: z
      .string()
      .trim()
      .min(1, code("emailRequired"))
      .max(FIELD_LIMITS.email, code("emailInvalid"))
      .pipe(candidateEmail(code("emailInvalid")))
      .transform(normalizeEmail),
    phone: optional(z.string().trim().refine((value) => value === "" || /^\+?[0-9 ().-]{5,40}$/.test(value), code("phoneInvalid"))),
    coverLetter: optional(text(FIELD_LIMITS.coverLetter, "coverLetterTooLong", true)),
    linkUrl,
    answers: z.array(text(FIELD_LIMITS.answer, "answerTooLong", true).min(1, code("answerRequired"))).length(questionCount, code("unreadable")),
    consent: z.literal(true, code("consentRequired")),
  });
}

export type ApplicationFields = z.output<ReturnType<typeof applicationSchema>>;

/** The text fields of a submitted form, as typed (missing fields read as empty). */
export function valuesOf(form: FormData, questionCount: number): ApplicationValues {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    name: field("name"),
    email: field("email"),
    phone: field("phone"),
    coverLetter: field("coverLetter"),
    linkUrl: field("linkUrl"),
    answers: Array.from({ length: questionCount }, (_, index) => field(`answer${index}`)),
    consent: form.get("consent") === "yes",
  };
}

export function validateApplication(values: ApplicationValues, questionCount: number): { ok: true; fields: ApplicationFields } | { ok: false; errors: ApplicationErrors } {
  const parsed = applicationSchema(questionCount).safeParse(values);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const errors: ApplicationErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    errors[key] ??= isErrorCode(issue.message) ? issue.message : "unreadable";
  }
  return { ok: false, errors };
}

function isErrorCode(value: string): value is ApplicationErrorCode {
  return Object.hasOwn(en.errors, value);
}
