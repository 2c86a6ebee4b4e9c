import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER, adminRedirect, adminRequestHeaders, isAdminPath } from "@/lib/auth/proxy-redirect";
import { LISTING_ROUTE, listingViewOf } from "@/lib/public/listing-view";
import { postingPath } from "@/lib/public/posting-urls";
import { resolvePublicRoute } from "@/lib/public/routing-table";

// The proxy only routes: it never decides who may do what (every page, action
// and route handler checks the session itself).
// - /jobs?… → the cached listing route for that filter set;
// - /jobs/<slug>, /fr/jobs/<slug> → 308 to a renamed slug, or 410 Gone with the
//   closed-role page when the posting was public and is closed now;
// - the internal routes /listing/… and /closed/… are not addressable directly;
// - /admin/** without a session cookie → the login page (lib/auth/proxy-redirect.ts).

const POSTING_PATH = /^\/(fr\/)?jobs\/([^/]+)\/?$/;
const INTERNAL_PATH = /^\/(?:listing|closed)(?:\/|$)/;

function notFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL("/not-a-page", request.url));
}

// Server actions accept 1 MB (Next's default); say so with 413 before Next reads the body.
const MAX_BODY_BYTES = 1024 * 1024;

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;

  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return new NextResponse("Payload too large", { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }

  const toLogin = adminRedirect(request);
  if (toLogin) return toLogin;
  if (isAdminPath(pathname) || request.headers.has(ADMIN_PATH_HEADER)) {
    return NextResponse.next({ request: { headers: adminRequestHeaders(request) } });
  }

  if (pathname === "/jobs" || pathname === "/jobs/") {
    // Plain /jobs too: a static /jobs page would let the client router reuse it for /jobs?… (it reads no search params).
    return NextResponse.rewrite(new URL(`${LISTING_ROUTE}/${listingViewOf(searchParams)}`, request.url));
  }
  if (INTERNAL_PATH.test(pathname)) return notFound(request);

  const match = POSTING_PATH.exec(pathname);
  if (match) {
    const locale = match[1] ? "fr" : "en";
    let slug: string;
    try {
      slug = decodeURIComponent(match[2] ?? "");
    } catch {
      return notFound(request);
    }
    const route = await resolvePublicRoute(slug);
    if (route.kind === "redirect") return NextResponse.redirect(new URL(postingPath(route.to, locale), request.url), 308);
    if (route.kind === "gone") return NextResponse.rewrite(new URL(`/closed/${encodeURIComponent(slug)}`, request.url), { status: 410 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    // Everything but build assets (admin paths come in many spellings: /ADMIN, %61dmin, .rsc) and plain
    // /jobs, which next.config.ts rewrites to /listing/all without running the proxy (it is the busiest page).
    "/((?!_next/static|_next/image|favicon.ico|logo.png|jobs/?$).*)",
    // /jobs with a listing filter: the proxy picks the cached view for it.
    { source: "/jobs", has: [{ type: "query", key: "team" }] },
    { source: "/jobs", has: [{ type: "query", key: "city" }] },
    { source: "/jobs", has: [{ type: "query", key: "contract" }] },
    { source: "/jobs", has: [{ type: "query", key: "remote" }] },
    { source: "/jobs", has: [{ type: "query", key: "language" }] },
    { source: "/jobs", has: [{ type: "query", key: "startMonth" }] },
    { source: "/jobs", has: [{ type: "query", key: "q" }] },
    { source: "/jobs", has: [{ type: "query", key: "page" }] },
  ],
};
