import path from "node:path";
import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Tests build into their own folder so `npm test` never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  cacheComponents: true,
  // Off on purpose: posting pages await params outside <Suspense> so each URL becomes a complete
  // cached page (ISR), with a real 404 for unknown slugs rather than a streamed shell.
  partialPrefetching: false,
  poweredByHeader: false,
  // The site shows no image through next/image, so its optimizer (/_next/image) is not an endpoint at all: it
  // answers 404. Left on, it fetched any local path it was given and answered 500 for one that redirects.
  images: { unoptimized: true },
  reactStrictMode: true,
  typedRoutes: false,
  // Bounded caches (README, "How the public side stays fast and truthful"): pages rendered at runtime and
  // "use cache" entries live in two in-memory LRUs of this size each, and nothing is written to the build
  // folder after the build.
  cacheMaxMemorySize: 32 * 1024 * 1024,
  // "use cache" entries stay in each instance's memory, but an invalidation on any instance reaches all of
  // them within milliseconds (PostgreSQL NOTIFY, or Redis when REDIS_URL is set): lib/cache/shared-tags-handler.mjs.
  cacheHandlers: { default: path.resolve("lib/cache/shared-tags-handler.mjs") },
  // Rendered pages stay in Next's own memory cache, dated by when their render started, not when it ended:
  // lib/cache/page-cache-handler.mjs.
  cacheHandler: path.resolve("lib/cache/page-cache-handler.mjs"),
  experimental: {
    isrFlushToDisk: false,
    // One root layout per language (<html lang>) and one for the admin, so unmatched URLs need a global 404.
    globalNotFound: true,
    // forbidden() / unauthorized() in the admin.
    authInterrupts: true,
  },
  async rewrites() {
    // Plain /jobs (and /fr/jobs) is the unfiltered listing view, without running the proxy; filtered views
    // are rewritten by proxy.ts.
    return {
      beforeFiles: [
        { source: "/jobs", destination: "/listing/all" },
        { source: "/fr/jobs", destination: "/fr/listing/all" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
