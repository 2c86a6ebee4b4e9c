import { encode } from "next-auth/jwt";
import { PEER_ADDRESS_MARKER } from "@/lib/auth/client-ip";

/**
 * The test seam for calling server actions and the auth guard directly from
 * vitest. Test files replace `next/headers` with this module:
 *
 *   vi.mock("next/headers", () => import("@/tests/helpers/next-request-mock"));
 *
 * and drive the "current request" with setRequest()/signInAs(). Everything
 * behind it is real: signInAs() signs a real Auth.js JWT with the real
 * AUTH_SECRET, next-auth's auth() decodes it and runs our callbacks, the guard
 * re-reads the user from the real database.
 */
type CookieOptions = { expires?: Date; maxAge?: number; httpOnly?: boolean; secure?: boolean; sameSite?: string; path?: string };
type StoredCookie = { name: string; value: string; options?: CookieOptions };

const state = {
  headers: new Map<string, string>(),
  cookies: new Map<string, StoredCookie>(),
};

export const SESSION_COOKIE = "authjs.session-token";
export const TEST_HOST = "careers.test";

/** Starts a fresh request from `ip`, without cookies. */
export function setRequest(options: { ip?: string; headers?: Record<string, string> } = {}): void {
  state.headers = new Map(
    Object.entries({
      host: TEST_HOST,
      "x-forwarded-proto": "http",
      "x-forwarded-for": options.ip ?? "203.0.113.10",
      ...options.headers,
    }).map(([key, value]) => [key.toLowerCase(), value]),
  );
  state.cookies = new Map();
}

/** A session cookie for `userId`, as next-auth issues it (claims { sub, sat }), signed with AUTH_SECRET. */
export async function sessionToken(userId: string, signedInAt: number = Date.now()): Promise<string> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("Set AUTH_SECRET before signing test sessions");
  return encode({ token: { sub: userId, sat: signedInAt }, secret, salt: SESSION_COOKIE, maxAge: 8 * 60 * 60 });
}

/** Makes the current request carry a session for `userId` (null: anonymous). */
export async function signInAs(userId: string | null, options: { signedInAt?: number; ip?: string } = {}): Promise<void> {
  setRequest({ ip: options.ip });
  if (userId) setCookie(SESSION_COOKIE, await sessionToken(userId, options.signedInAt));
}

export function setCookie(name: string, value: string, options?: CookieOptions): void {
  state.cookies.set(name, { name, value, options });
}

/** The cookies the code under test set (e.g. a re-issued session). */
export function currentCookie(name: string): StoredCookie | undefined {
  return state.cookies.get(name);
}

function cookieHeader(): string {
  return [...state.cookies.values()].map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

// --- the next/headers API ---------------------------------------------------

export async function headers(): Promise<Headers> {
  const result = new Headers([...state.headers.entries()]);
  const cookie = cookieHeader();
  if (cookie) result.set("cookie", cookie);
  return result;
}

export async function cookies() {
  return {
    get: (name: string) => {
      const cookie = state.cookies.get(name);
      return cookie ? { name: cookie.name, value: cookie.value } : undefined;
    },
    getAll: () => [...state.cookies.values()].map(({ name, value }) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
    set: (name: string, value: string, options?: CookieOptions) => {
      const expired = options?.expires !== undefined && options.expires.getTime() <= Date.now();
      if (value === "" || expired || options?.maxAge === 0) state.cookies.delete(name);
      else state.cookies.set(name, { name, value, options });
    },
    delete: (name: string) => {
      state.cookies.delete(name);
    },
    toString: () => cookieHeader(),
  };
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}

// As under the launcher's preload (lib/launcher/peer-address.mjs), the last
// X-Forwarded-For entry is the socket's address: here, the `ip` of setRequest().
(globalThis as Record<symbol, unknown>)[PEER_ADDRESS_MARKER] = true;

setRequest();
