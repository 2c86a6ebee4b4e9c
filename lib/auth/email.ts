/**
 * One identity per person: the one normalisation of an email address, used
 * wherever an email names an account — sign-in and its login limit, single
 * sign-on, user creation (user-schemas.ts), the seed — and stored as such in
 * users.email (the migration 20261201000001_exact_email_identity adds a CHECK
 * that the column equals lower(normalize(btrim(email), NFC))). Accounts are then
 * found by exact equality only (`where: { email }`): never ILIKE/LIKE, where
 * `_`, `%` and `\` are wildcards (tests/unit/auth/no-identity-ilike.test.ts).
 *
 * Trim, Unicode NFC (an NFD "é" is the same address), lower-case. Nothing else:
 * a trailing dot, a Cyrillic look-alike or any other spelling is another
 * address, which never reaches this account. Client-safe (no server-only).
 */
export const MAX_EMAIL_LENGTH = 320;

export function normalizeEmail(value: unknown): string {
  if (typeof value !== "string") return "";
  return value.trim().normalize("NFC").toLowerCase().normalize("NFC").slice(0, MAX_EMAIL_LENGTH);
}
