import { NextResponse, type NextRequest } from "next/server";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { ADMIN_LOCALE_COOKIE, resolveAdminLocale } from "@/lib/i18n/admin/locale-cookie";
import { securityHeaders } from "@/lib/http/security-headers";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The 403 page proxy.ts sends for an admin page the user may not open. It is answered by the proxy, before
 * rendering, because with Cache Components a page's response has started (200, its prerendered shell) by the
 * time the page can call forbidden(): even a rewrite carrying 403 is overwritten by the shell's cached 200
 * (next/dist/build/templates/app-page-runtime.js). The page's own forbidden() UI still covers client-side
 * navigations that reach it; the words are the same (the admin catalogue's `forbidden`), in the language the
 * admin chose (the admin_locale cookie, else the browser's).
 */
export function forbiddenResponse(request: NextRequest): NextResponse {
  const locale = resolveAdminLocale(request.cookies.get(ADMIN_LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const t = adminCatalogue(locale).forbidden;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${escape(t.title)} · ${escape(adminCatalogue(locale).meta.title)}</title>
<style>body{margin:0;font-family:system-ui,sans-serif;color:#0e0e0e;background:#fff}main{max-width:42rem;margin:0 auto;padding:4rem 1.5rem}
h1{font-size:2.25rem;font-weight:900;letter-spacing:-.02em;margin:0 0 1rem}p{color:#555}a{color:#0e0e0e;font-weight:700}</style></head>
<body><main id="main"><h1>${escape(t.title)}</h1><p>${escape(t.body)}</p><p><a href="/admin/postings">${escape(t.back)}</a></p></main></body></html>`;
  const response = new NextResponse(html, { status: 403, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" } });
  for (const { key, value } of securityHeaders()) response.headers.set(key, value);
  return response;
}
