import { findReachableApplicationId } from "@/lib/applications/application-access";
import { writeApplicationAudit } from "@/lib/applications/application-audit";
import { cvDownloadResponse, findCvFile } from "@/lib/applications/cv-download";
import { configuredCvStore } from "@/lib/applications/file-store/configured-cv-store";
import { clientIp } from "@/lib/auth/client-ip";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

// A candidate's CV, for the users who reach the application (lib/applications/application-access.ts).
// Always a download (attachment, nosniff, its own sandboxing CSP): a file is never rendered by our origin.
// The bytes are streamed from their store (lib/applications/cv-download.ts), never held in one buffer.

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = await authorize(rolesFor("application.view"));
  if (!auth.ok) return new Response(auth.error === "unauthenticated" ? "Sign in first." : "Forbidden", { status: auth.error === "unauthenticated" ? 401 : 403 });
  const id = await findReachableApplicationId(db, auth.user, (await params).id);
  // Unknown and unreachable answer alike: a hiring manager learns nothing about other postings' applications.
  const file = id ? await findCvFile(db, id) : null;
  if (!id || !file) return new Response("Not found", { status: 404 });
  await writeApplicationAudit(db, { action: "application.cv_download", actor: auth.user, entityId: id, ip: clientIp(request.headers) });
  return cvDownloadResponse(db, await configuredCvStore(), file);
}
