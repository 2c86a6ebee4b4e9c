import { createHash, randomBytes } from "node:crypto";

/**
 * The candidate's deletion link carries 32 random bytes; only their sha256 is stored (applications.
 * deletion_token_hash), so neither a database reader nor a leaked backup can use a link. It works once:
 * lib/applications/withdraw-application.ts marks it used in the same statement that checks it.
 */
export function createDeletionToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashDeletionToken(token) };
}

export function hashDeletionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Shape check before any lookup: 43 base64url characters. */
export function isDeletionToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
