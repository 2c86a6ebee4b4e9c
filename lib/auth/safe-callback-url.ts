/**
 * Where to go after signing in: only ever a path on this site.
 *
 * Accepts a same-site path ("/admin/postings?status=DRAFT") or an absolute URL
 * on `origin` when one is given; returns a normalized path that starts with a
 * single "/". Anything else — other origins, protocol-relative "//host",
 * "/\host" (browsers read "\" as "/"), javascript:/data: URLs, control or
 * whitespace characters, paths that normalize to "//host" — gives `fallback`.
 * Pure: used by the login page and by next-auth's redirect callback.
 */
export const DEFAULT_CALLBACK_PATH = "/admin";

const PROBE_ORIGIN = "http://callback.invalid";
const MAX_LENGTH = 2048;

export function safeCallbackUrl(
  input: unknown,
  options: { origin?: string; fallback?: string } = {},
): string {
  const fallback = options.fallback ?? DEFAULT_CALLBACK_PATH;
  if (typeof input !== "string" || input.length === 0 || input.length > MAX_LENGTH) return fallback;
  // No whitespace or control characters anywhere (browsers strip tabs/newlines
  // inside URLs, turning "/\t/evil" into "//evil"), and no backslashes at all.
  if (/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/.test(input)) return fallback;

  let candidate = input;
  if (options.origin && !input.startsWith("/")) {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return fallback;
    }
    let site: URL;
    try {
      site = new URL(options.origin);
    } catch {
      return fallback;
    }
    if (url.origin !== site.origin || url.username || url.password) return fallback;
    candidate = `${url.pathname}${url.search}${url.hash}`;
  }

  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(candidate, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (parsed.origin !== PROBE_ORIGIN) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // Dot segments can normalize "/.//evil" into "//evil": refuse what would leave the site.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
