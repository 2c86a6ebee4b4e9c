import { deletionPath } from "@/lib/applications/apply-paths";
import { isDeletionToken } from "@/lib/applications/deletion-token";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";

// The deletion link's button: deletes once (lib/applications/withdraw-application.ts), then back to the
// link's page, which now says the application is deleted (or that the link is not valid).
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const queryLocale = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(queryLocale) ? queryLocale : "en";
  if (!isDeletionToken(token)) return new Response("Not found", { status: 404 });
  await withdrawApplication(db, token, new Date());
  return new Response(null, { status: 303, headers: { Location: deletionPath(token, locale), "Cache-Control": "no-store" } });
}
