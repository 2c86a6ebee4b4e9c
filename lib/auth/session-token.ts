import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { SESSION_COOKIE_NAMES, sessionTokenFrom } from "./session-cookie-names";
import { claimsFromToken, type SessionClaims } from "./session-user";

/**
 * The claims of the current request's session cookie, or null: decrypts the
 * Auth.js JWT with AUTH_SECRET (salt = cookie name, exactly as Auth.js does),
 * which also rejects expired tokens. Reads the cookie through next/headers —
 * the one seam tests drive (tests/helpers/next-request-mock.ts).
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  return sessionClaimsFrom((await cookies()).getAll());
}

/** The same from a cookie list (proxy.ts reads the request's cookies, not next/headers). */
export async function sessionClaimsFrom(all: ReadonlyArray<{ name: string; value: string }>): Promise<SessionClaims | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  for (const name of SESSION_COOKIE_NAMES) {
    const token = sessionTokenFrom(all, name);
    if (!token) continue;
    try {
      return claimsFromToken(await decode({ token, secret, salt: name }));
    } catch {
      return null;
    }
  }
  return null;
}
