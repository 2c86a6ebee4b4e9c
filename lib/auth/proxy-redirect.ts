import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackUrl } from "./safe-callback-url";
import { isSessionCookieName } from "./session-cookie-names";

/**
 * For proxy.ts: send requests for /admin/** without a session cookie to the
 * login page, with a callbackUrl back to where they were going. It only looks
 * at the cookie's presence: the real check (signature, expiry, user active,
 * role) happens in every page (requireUser) and every action (authorize).
 * Returns null when the request should go on.
 *
 * Kept free of server-only imports so proxy.ts can import it.
 */
export const LOGIN_PATH = "/admin/login";

/** The request header telling pages which admin path was asked for (requireUser's callbackUrl). */
export const ADMIN_PATH_HEADER = "x-admin-path";

/** /admin, /admin/…, also /ADMIN, percent-encoded forms, doubled slashes and .rsc variants. */
export function isAdminPath(pathname: string): boolean {
  const path = normalizePath(pathname);
  return path === "/admin" || path.startsWith("/admin/");
}

export function isLoginPath(pathname: string): boolean {
  return normalizePath(pathname) === LOGIN_PATH;
}

export function normalizePath(pathname: string): string {
  let path = pathname;
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(path); i++) {
    try {
      path = decodeURIComponent(path);
    } catch {
      break;
    }
  }
  path = path.replace(/\\/g, "/").replace(/\/{2,}/g, "/").toLowerCase();
  path = path.replace(/\.(rsc|segments\/.*|prefetch\.rsc)$/, "");
  if (path.length > 1) path = path.replace(/\/+$/, "");
  return path;
}

export function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some(({ name, value }) => value !== "" && isSessionCookieName(name));
}

export function adminRedirect(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (!isAdminPath(pathname) || isLoginPath(pathname) || hasSessionCookie(request)) return null;
  const login = new URL(LOGIN_PATH, request.nextUrl.origin);
  const back = safeCallbackUrl(`${pathname}${search}`);
  if (back !== "/admin") login.searchParams.set("callbackUrl", back);
  const response = NextResponse.redirect(login, 307);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * The request headers to pass on for an admin path (NextResponse.next({ request: { headers } })):
 * a copy with x-admin-path set to the requested path (any client-sent value is replaced or removed).
 */
export function adminRequestHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  headers.delete(ADMIN_PATH_HEADER);
  const { pathname, search } = request.nextUrl;
  if (isAdminPath(pathname)) headers.set(ADMIN_PATH_HEADER, safeCallbackUrl(`${pathname}${search}`));
  return headers;
}
