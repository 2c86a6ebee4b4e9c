import { NextResponse, type NextRequest } from "next/server";
import { healthResponse } from "@/lib/db/health";
import { checkActionReply, checkFormActionBody, type ActionBodyVerdict } from "@/lib/http/server-action-body";
import { APPLY_PATH, APPLY_SUBMIT_PATH, applyFormPath } from "@/lib/applications/apply-paths";
import { adminPageAccess } from "@/lib/auth/admin-page-access";
import { forbiddenResponse } from "@/lib/auth/forbidden-response";
import { ADMIN_PATH_HEADER, adminRedirect, adminRequestHeaders, isAdminPath } from "@/lib/auth/proxy-redirect";
import { isFrenchPagePath } from "@/lib/public/french-pages";
import { listingRouteOf } from "@/lib/public/listing-view";
import { postingPath } from "@/lib/public/posting-urls";
import { resolvePublicRoute } from "@/lib/public/routing-table";

// The proxy only routes: it never decides who may do what (every page, action
// and route handler checks the session itself).
// - /jobs?… → the cached listing route for that filter set (/fr/jobs?… → its French twin under /fr);
// - /jobs/<slug>, /fr/jobs/<slug> → 308 to a renamed slug, 410 Gone with the
//   closed-role page when the posting was public and is closed now, or the
//   styled 404 when there is no such posting (or no public French version);
// - any other /fr/… address that is not a French page → the French 404;
// - the internal routes /listing/…, /closed/… (and their /fr twins) are not addressable directly;
// - a POST that Next would decode as a server action gets 400 when its body is junk;
// - /api/health is answered here (lib/db/health.ts);
// - /admin/** without a session cookie → the login page (lib/auth/proxy-redirect.ts);
// - an admin page the signed-in user may not open → 403 with the page's own "no access" UI
//   (lib/auth/admin-page-access.ts, forbidden-response.ts: with Cache Components only the proxy can set it).

const POSTING_PATH = /^\/(fr\/)?jobs\/([^/]+)\/?$/;
const INTERNAL_PATH = /^\/(?:fr\/)?(?:listing|closed|missing)(?:\/|$)/;

/** The styled 404 page in the address's language (app/(site)/missing/[status], app/(fr)/fr/missing/[status]), with status 404. */
function notFound(request: NextRequest): NextResponse {
  const french = /^\/fr(?:\/|$)/.test(request.nextUrl.pathname);
  return NextResponse.rewrite(new URL(french ? "/fr/missing/404" : "/missing/404", request.url), { status: 404 });
}

// Server actions accept 1 MB (Next's default); say so with 413 before Next reads the body (Content-Length,
// or the body itself when it comes chunked: refuseJunkActionBody).
const MAX_BODY_BYTES = 1024 * 1024;

function plainResponse(body: string, status: number): NextResponse {
  return new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The body, read from a copy (Next still reads the original), or null past MAX_BODY_BYTES. Past the limit
 * the rest is read and dropped, not cancelled: cancelling the copy stalls the request (the 413 is never sent).
 */
async function readBody(request: NextRequest): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = request.clone().body?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size <= MAX_BODY_BYTES) parts.push(read.value);
  }
  if (size > MAX_BODY_BYTES) return null;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

/**
 * Server actions are public POST endpoints, and React decodes their bodies before any action code runs: a
 * reply referencing rows that do not exist ("$Q1"), a body that is not JSON or a broken multipart body makes
 * Next answer 500. So every POST that Next would decode as an action (a Next-Action header, or a multipart
 * form that may carry $ACTION_ fields) is checked here first (lib/http/server-action-body.ts); junk gets 400
 * and one log line.
 */
async function refuseJunkActionBody(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST") return null;
  const fetchCall = request.headers.has("next-action");
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data/i.test(contentType);
  // A body sent without a Content-Length (chunked) is measured here too, for every POST.
  const unmeasured = !request.headers.has("content-length") && request.body !== null;
  if (!fetchCall && !multipart && !unmeasured) return null;
  const body = await readBody(request);
  if (body === null) return plainResponse("Payload too large", 413);
  if (!fetchCall && !multipart) return null;
  let verdict: ActionBodyVerdict;
  if (multipart) {
    let form: FormData | null = null;
    try {
      form = await new Response(body, { headers: { "Content-Type": contentType } }).formData();
    } catch {
      form = null;
    }
    verdict = form === null ? { ok: false, reason: "unreadable multipart body" } : fetchCall ? checkActionReply(form) : checkFormActionBody(form);
  } else {
    let text: string | null = null;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      text = null;
    }
    verdict = text === null ? { ok: false, reason: "body is not UTF-8" } : checkActionReply(text);
  }
  if (verdict.ok) return null;
  console.warn(`[proxy] 400 for a junk server-action body: POST ${request.nextUrl.pathname} (${verdict.reason})`);
  return plainResponse("Bad request", 400);
}

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  // Answered here, before any routing or rendering: under load the health check must stay the cheapest request.
  if (pathname === "/api/health" && (request.method === "GET" || request.method === "HEAD")) return healthResponse();

  // The application form's upload (a route handler, not an action) has its own, larger limit, checked by
  // the handler on the Content-Length and while reading (lib/applications/limits.ts).
  const applicationUpload = request.method === "POST" && APPLY_SUBMIT_PATH.test(pathname);
  if (!applicationUpload) {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
      return plainResponse("Payload too large", 413);
    }
    const junk = await refuseJunkActionBody(request);
    if (junk) return junk;
  }

  const toLogin = adminRedirect(request);
  if (toLogin) return toLogin;
  if (isAdminPath(pathname) || request.headers.has(ADMIN_PATH_HEADER)) {
    if (isAdminPath(pathname) && (await adminPageAccess(request)) === "forbidden") return forbiddenResponse(request);
    return NextResponse.next({ request: { headers: adminRequestHeaders(request) } });
  }

  if (pathname === "/jobs" || pathname === "/jobs/") {
    // Plain /jobs too: a static /jobs page would let the client router reuse it for /jobs?… (it reads no search params).
    return NextResponse.rewrite(new URL(listingRouteOf(searchParams), request.url));
  }
  if (pathname === "/fr/jobs" || pathname === "/fr/jobs/") {
    return NextResponse.rewrite(new URL(listingRouteOf(searchParams, "fr"), request.url));
  }
  if (INTERNAL_PATH.test(pathname)) return notFound(request);
  if (pathname.startsWith("/fr/") && !isFrenchPagePath(pathname)) return notFound(request);

  const applying = request.method === "GET" || request.method === "HEAD" ? APPLY_PATH.exec(pathname) : null;
  if (applying) {
    // A closed role's application form answers like the role: 410 with the closed-role page; a renamed one redirects.
    let slug: string;
    try {
      slug = decodeURIComponent(applying[2] ?? "");
    } catch {
      return notFound(request);
    }
    const route = await resolvePublicRoute(slug, applying[1] ? "fr" : "en");
    if (route.kind === "missing") return notFound(request);
    if (route.kind === "redirect") return NextResponse.redirect(new URL(applyFormPath(route.to, applying[1] ? "fr" : "en"), request.url), 308);
    if (route.kind === "gone") return NextResponse.rewrite(new URL(`/closed/${encodeURIComponent(slug)}`, request.url), { status: 410 });
  }

  const match = POSTING_PATH.exec(pathname);
  if (match) {
    const locale = match[1] ? "fr" : "en";
    let slug: string;
    try {
      slug = decodeURIComponent(match[2] ?? "");
    } catch {
      return notFound(request);
    }
    const route = await resolvePublicRoute(slug, locale);
    if (route.kind === "missing") return notFound(request);
    if (route.kind === "redirect") return NextResponse.redirect(new URL(postingPath(route.to, locale), request.url), 308);
    if (route.kind === "gone") {
      const closed = `${locale === "fr" ? "/fr" : ""}/closed/${encodeURIComponent(slug)}`;
      return NextResponse.rewrite(new URL(closed, request.url), { status: 410 });
    }
  }
  return NextResponse.next();
}

// Only where the proxy decides something (issue 12: public pages must not pay for it). Everything that is not
// a known public fast path goes through it, so the admin area in any spelling (/ADMIN, /%61dmin, //admin…)
// still gets its login redirect; the fast paths — home, plain listings, the accessibility page (each in
// both languages), feeds,
// sitemap, robots, icons, OG images and build assets — skip it. A request that carries a body is always
// checked (a server action POSTs to the page's own path, the home page included).
// (Next reads this object statically: literals only.)
export const config = {
  matcher: [
    "/((?!_next/|favicon\\.ico$|icon|apple-icon|robots\\.txt$|sitemap\\.xml$|feeds/|og/|indexnow-key\\.txt$|accessibility/?$|jobs/?$|fr/?$|fr/jobs/?$|fr/accessibilite/?$|$).*)",
    { source: "/jobs", has: [{ type: "query", key: "team" }] },
    { source: "/jobs", has: [{ type: "query", key: "city" }] },
    { source: "/jobs", has: [{ type: "query", key: "contract" }] },
    { source: "/jobs", has: [{ type: "query", key: "remote" }] },
    { source: "/jobs", has: [{ type: "query", key: "language" }] },
    { source: "/jobs", has: [{ type: "query", key: "startMonth" }] },
    { source: "/jobs", has: [{ type: "query", key: "q" }] },
    { source: "/jobs", has: [{ type: "query", key: "page" }] },
    { source: "/fr/jobs", has: [{ type: "query", key: "team" }] },
    { source: "/fr/jobs", has: [{ type: "query", key: "city" }] },
    { source: "/fr/jobs", has: [{ type: "query", key: "contract" }] },
    { source: "/fr/jobs", has: [{ type: "query", key: "remote" }] },
    { source: "/fr/jobs", has: [{ type: "query", key: "language" }] },
    { source: "/fr/jobs", has: [{ type: "query", key: "startMonth" }] },
    { source: "/fr/jobs", has: [{ type: "query", key: "q" }] },
    { source: "/fr/jobs", has: [{ type: "query", key: "page" }] },
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-length" }] },
    { source: "/:path*", has: [{ type: "header", key: "transfer-encoding" }] },
  ],
};
