import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Tests build into their own folder so `npm test` never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  cacheComponents: true,
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
