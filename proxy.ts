import { NextResponse, type NextRequest } from "next/server";
import { LISTING_ROUTE, listingViewOf } from "@/lib/public/listing-view";
import { postingPath } from "@/lib/public/posting-urls";
import { resolvePublicRoute } from "@/lib/public/routing-table";

// The proxy only routes: it never decides who may do what (every page, action
// and route handler checks the session itself).
// - /jobs?… → the cached listing route for that filter set;
// - /jobs/<slug>, /fr/jobs/<slug> → 308 to a renamed slug, or 410 Gone with the
//   closed-role page when the posting was public and is closed now;
// - the internal routes /listing/… and /closed/… are not addressable directly.

const POSTING_PATH = /^\/(fr\/)?jobs\/([^/]+)\/?$/;
const INTERNAL_PATH = /^\/(?:listing|closed)(?:\/|$)/;

function notFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL("/not-a-page", request.url));
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;

  if (pathname === "/jobs" || pathname === "/jobs/") {
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
  matcher: ["/jobs", "/jobs/:path*", "/fr/jobs/:path*", "/listing/:path*", "/closed/:path*"],
};
