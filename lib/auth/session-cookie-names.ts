/**
 * The names Auth.js gives the session cookie: "__Secure-" prefixed when the
 * site is served over https, plain otherwise; a token too big for one cookie is
 * split into "name.0", "name.1", … Pure, so proxy.ts can use it too.
 */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
export type SessionCookieName = (typeof SESSION_COOKIE_NAMES)[number];

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIE_NAMES.some((base) => name === base || (name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1))));
}

/** The session token under `base` from a cookie list, joining chunks in order. */
export function sessionTokenFrom(cookies: ReadonlyArray<{ name: string; value: string }>, base: SessionCookieName): string | null {
  const whole = cookies.find((cookie) => cookie.name === base)?.value;
  if (whole) return whole;
  const chunks = cookies
    .filter((cookie) => cookie.name.startsWith(`${base}.`) && /^\d+$/.test(cookie.name.slice(base.length + 1)))
    .map((cookie) => ({ index: Number(cookie.name.slice(base.length + 1)), value: cookie.value }))
    .sort((a, b) => a.index - b.index);
  if (!chunks.length || chunks.some((chunk, i) => chunk.index !== i)) return null;
  return chunks.map((chunk) => chunk.value).join("") || null;
}
