import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { isSessionCookieName, SESSION_COOKIE_NAMES } from "./session-cookie-names";
import { SESSION_MAX_AGE_SECONDS } from "./session-user";

/**
 * Replaces the current request's session cookie with a fresh one for `userId`
 * signed in at `signedInAt` with the session row `sessionId` — after changing
 * one's own password, which revokes every earlier session (this browser's old
 * cookie included) and creates a new row for this browser.
 * Same token shape as lib/auth/config.ts's jwt callback: { sub, sat, sid }.
 */
export async function reissueSessionCookie(userId: string, signedInAt: number, sessionId: string): Promise<void> {
  const jar = await cookies();
  const current = jar.getAll().find((cookie) => isSessionCookieName(cookie.name));
  const name = current?.name.startsWith("__Secure-") ? SESSION_COOKIE_NAMES[0] : SESSION_COOKIE_NAMES[1];
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  const token = await encode({ token: { sub: userId, sat: signedInAt, sid: sessionId }, secret, salt: name, maxAge: SESSION_MAX_AGE_SECONDS });
  for (const cookie of jar.getAll()) {
    if (isSessionCookieName(cookie.name) && cookie.name !== name) jar.delete(cookie.name);
  }
  jar.set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}

/** Deletes this browser's session cookie (every name and chunk), after its session was revoked. */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (isSessionCookieName(cookie.name)) jar.delete(cookie.name);
  }
}
