import { z } from "zod";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { messagesText } from "@/lib/i18n/admin-messages";
import type { Locale } from "@/lib/i18n/locales";
import { normalizeEmail } from "./email";
import { ROLES } from "./roles";

/** Rules for passwords people choose: long enough, not absurdly long, printable. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

// The password rule runs even when another field is wrong, so one submission shows every message at once
// (zod skips an object's refinements after a field's issue unless `when` says otherwise).
const ALONGSIDE_FIELD_ERRORS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * The users and account forms' schemas in the admin's language: every message names the field as the form
 * labels it ("Email: enter a valid email address…", "Mot de passe actuel : …"). The actions pass their
 * reader's locale (getAdminLocale()); scripts and tests use the English ones exported below.
 */
function buildUserSchemas(locale: Locale) {
  const m = messagesText(locale).userForm;
  const t = adminCatalogue(locale);
  const say = (label: string, fragment: string) => (locale === "fr" ? `${label} : ${fragment}` : `${label}: ${fragment}`);

  const password = (label: string) =>
    z
      .string({ error: say(label, m.enterPassword) })
      .min(PASSWORD_MIN, { error: say(label, m.passwordMin(PASSWORD_MIN)) })
      .max(PASSWORD_MAX, { error: say(label, m.passwordMax(PASSWORD_MAX)) })
      .refine((value) => !CONTROL.test(value), { error: say(label, m.noControl) });

  const email = z
    .string({ error: say(t.users.email, m.enterEmail) })
    .overwrite(normalizeEmail) // trim, NFC, lower-case: the one normalisation (email.ts)
    .min(1, { error: say(t.users.email, m.enterEmail) })
    .max(254, { error: say(t.users.email, m.emailMax) })
    .pipe(z.email({ error: say(t.users.email, m.emailInvalid) }));

  const name = z
    .string({ error: say(t.users.name, m.enterName) })
    .trim()
    .min(1, { error: say(t.users.name, m.enterName) })
    .max(120, { error: say(t.users.name, m.nameMax) })
    .refine((value) => !CONTROL.test(value), { error: say(t.users.name, m.noControl) });

  const role = z.enum(ROLES, { error: say(t.users.role, m.chooseRole) });
  const userId = z.uuid({ error: messagesText(locale).userRefusals.userGone });
  /** "generate" (a random password shown once) or "set" (typed by the admin, then checked). */
  const passwordMode = z.enum(["generate", "set"], { error: say(t.users.initialPassword, m.choosePasswordMode) });
  const setPassword = password(t.users.passwordWhenSet);

  function requirePasswordWhenSet(value: { passwordMode: "generate" | "set"; password?: string | undefined }, ctx: z.RefinementCtx) {
    if (value.passwordMode !== "set" || (value.password !== undefined && typeof value.password !== "string")) return;
    const result = setPassword.safeParse(value.password ?? "");
    for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: "custom", path: ["password"], message: issue.message });
  }

  return {
    email,
    password: password(t.account.newPassword),
    createUser: z
      .strictObject({ email, name, role, passwordMode, password: z.string().max(PASSWORD_MAX * 4).optional() })
      .superRefine(requirePasswordWhenSet, ALONGSIDE_FIELD_ERRORS),
    changeRole: z.strictObject({ userId, role }),
    userRef: z.strictObject({ userId }),
    resetPassword: z
      .strictObject({ userId, passwordMode, password: z.string().max(PASSWORD_MAX * 4).optional() })
      .superRefine(requirePasswordWhenSet, ALONGSIDE_FIELD_ERRORS),
    changeOwnPassword: z
      .strictObject({
        currentPassword: z
          .string({ error: say(t.account.currentPassword, m.enterCurrentPassword) })
          .min(1, { error: say(t.account.currentPassword, m.enterCurrentPassword) })
          .max(PASSWORD_MAX),
        newPassword: password(t.account.newPassword),
        confirmPassword: z.string({ error: say(t.account.repeatPassword, m.repeatNewPassword) }),
      })
      .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], error: say(t.account.repeatPassword, m.passwordsDiffer) })
      .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], error: say(t.account.newPassword, m.samePassword) }),
  };
}

export type UserSchemas = ReturnType<typeof buildUserSchemas>;
const BY_LOCALE: Record<Locale, UserSchemas> = { en: buildUserSchemas("en"), fr: buildUserSchemas("fr") };

export function userSchemas(locale: Locale | undefined): UserSchemas {
  return BY_LOCALE[locale ?? "en"];
}

/** The email rule in English, for scripts and tests. */
export const emailSchema = BY_LOCALE.en.email;
