import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { isSessionCookieName, SESSION_COOKIE_NAMES } from "./session-cookie-names";
import { SESSION_MAX_AGE_SECONDS } from "./session-user";

/**
 * Replaces the current request's session cookie with a fresh one for `userId`
 * signed in at `signedInAt` — after changing one's own password, so this
 * session survives while every other one (older than passwordChangedAt) ends.
 * Same token shape as lib/auth/config.ts's jwt callback: { sub, sat }.
 */
export async function reissueSessionCookie(userId: string, signedInAt: number): Promise<void> {
  const jar = await cookies();
  const current = jar.getAll().find((cookie) => isSessionCookieName(cookie.name));
  const name = current?.name.startsWith("__Secure-") ? SESSION_COOKIE_NAMES[0] : SESSION_COOKIE_NAMES[1];
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  const token = await encode({ token: { sub: userId, sat: signedInAt }, secret, salt: name, maxAge: SESSION_MAX_AGE_SECONDS });
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
