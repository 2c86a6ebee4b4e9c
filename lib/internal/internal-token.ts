import { createHmac, timingSafeEqual } from "node:crypto";

// The app calls its own internal endpoints (the minute tick) with a token
// derived from AUTH_SECRET, so nobody without the secret can trigger them.

export function internalToken(secret = process.env.AUTH_SECRET): string | null {
  if (!secret) return null;
  return createHmac("sha256", secret).update("careers:internal:tick").digest("base64url");
}

export function isInternalRequest(request: Request): boolean {
  const expected = internalToken();
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  if (!expected || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
