import "server-only";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { OIDCConfig } from "next-auth/providers";
import { db } from "@/lib/db/client";
import { recordAuthEvent } from "./audit";
import { clientIp } from "./client-ip";
import { attemptLogin, findActiveUserByEmail } from "./login";
import { safeCallbackUrl } from "./safe-callback-url";
import { claimsFromToken, resolveSessionUser, SESSION_MAX_AGE_SECONDS } from "./session-user";
import { createSession, pruneSessions, revokeSession } from "./sessions";

/**
 * next-auth v5 for the admin area.
 * - Credentials (email + password, argon2id) through attemptLogin: the login
 *   limit, dummy-hash timing for unknown emails and the audit rows live there.
 * - Optional OIDC single sign-on when AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and
 *   AUTH_OIDC_CLIENT_SECRET are all set; it only signs in an existing, active
 *   user with the same (verified) email — it never creates users.
 * - JWT sessions backed by a row each (user_sessions, lib/auth/sessions.ts):
 *   the token carries only `sub` (user id), `sat` (sign-in time, ms) and `sid`
 *   (the session row's id), plus iat/exp/jti from Auth.js. Every sign-in
 *   creates a row; sign-out revokes it. The session callback re-checks the row
 *   and the user on every call (lib/auth/session-user.ts).
 * AUTH_SECRET comes from the environment (the launcher sets it).
 */
export const OIDC_PROVIDER_ID = "oidc";

function oidcProvider(): OIDCConfig<Record<string, unknown>> | null {
  const issuer = process.env.AUTH_OIDC_ISSUER;
  const clientId = process.env.AUTH_OIDC_CLIENT_ID;
  const clientSecret = process.env.AUTH_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: process.env.AUTH_OIDC_NAME || "Single sign-on",
    type: "oidc",
    issuer,
    clientId,
    clientSecret,
    checks: ["pkce", "state", "nonce"],
    profile(profile) {
      return {
        id: String(profile.sub ?? ""),
        email: typeof profile.email === "string" ? profile.email : null,
        name: typeof profile.name === "string" ? profile.name : null,
      };
    },
  };
}

export function isOidcEnabled(): boolean {
  return oidcProvider() !== null;
}

export const authConfig: NextAuthConfig = {
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  // A wrong password is not a server error: the audit log records it; keep the server log for real faults.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth][error] ${error.name}: ${error.message}`, error.cause ?? "");
    },
  },
  providers: [
    Credentials({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const user = await attemptLogin({
          email: credentials?.email,
          password: credentials?.password,
          ip: clientIp(request.headers),
        });
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
    ...(oidcProvider() ? [oidcProvider()!] : []),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const email = typeof profile?.email === "string" ? profile.email : null;
      const verified = profile?.email_verified !== false;
      const user = email && verified ? await findActiveUserByEmail(email) : null;
      await recordAuthEvent({
        action: user ? "auth.sign_in" : "auth.sign_in_failed",
        actorId: user?.id ?? null,
        actorEmail: email,
        data: { method: "oidc", ...(user ? {} : { reason: verified ? "no-active-user" : "email-not-verified" }) },
      });
      return Boolean(user);
    },
    async jwt({ token, user, account }) {
      if (user) {
        // Signing in: a new session row; keep only the user id, the sign-in time and the row's id.
        let id = user.id;
        if (account?.provider === OIDC_PROVIDER_ID) {
          const found = user.email ? await findActiveUserByEmail(user.email) : null;
          if (!found) return null;
          id = found.id;
        }
        if (!id) return null;
        const sid = await createSession(id);
        await pruneSessions().catch((error: unknown) => console.error("[auth] pruning old sessions failed", error));
        return { sub: id, sat: Date.now(), sid };
      }
      const claims = claimsFromToken(token);
      return claims ? { sub: claims.userId, sat: claims.signedInAt, sid: claims.sessionId } : null;
    },
    async session({ session, token }) {
      const user = await resolveSessionUser(claimsFromToken(token));
      return { expires: session.expires, user } as unknown as typeof session;
    },
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, { origin: baseUrl }), baseUrl).toString();
    },
  },
  events: {
    async signOut(message) {
      // Ends this session server-side: a copy of the cookie replayed later finds its row revoked.
      const claims = "token" in message ? claimsFromToken(message.token) : null;
      if (!claims) return;
      const revoked = await revokeSession(claims.sessionId, claims.userId, "sign_out");
      const user = await db.user.findUnique({ where: { id: claims.userId }, select: { id: true, email: true } });
      await recordAuthEvent({
        action: "auth.sign_out",
        actorId: user?.id ?? null,
        actorEmail: user?.email ?? null,
        entityType: "user",
        entityId: claims.userId,
        data: { reason: "sign_out", count: revoked, session: claims.sessionId },
      });
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
