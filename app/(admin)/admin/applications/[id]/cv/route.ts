import { findReachableApplicationId } from "@/lib/applications/application-access";
import { writeApplicationAudit } from "@/lib/applications/application-audit";
import { clientIp } from "@/lib/auth/client-ip";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

// A candidate's CV, for the users who reach the application (lib/applications/application-access.ts).
// Always a download (attachment, nosniff, its own sandboxing CSP): a file is never rendered by our origin.
// The bytes come from the database in chunks rather than one buffer per response.

const CHUNK = 256 * 1024;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = await authorize(rolesFor("application.view"));
  if (!auth.ok) return new Response(auth.error === "unauthenticated" ? "Sign in first." : "Forbidden", { status: auth.error === "unauthenticated" ? 401 : 403 });
  const id = await findReachableApplicationId(db, auth.user, (await params).id);
  // Unknown and unreachable answer alike: a hiring manager learns nothing about other postings' applications.
  const file = id ? await db.applicationFile.findFirst({ where: { applicationId: id }, select: { id: true, filename: true, contentType: true, size: true } }) : null;
  if (!id || !file) return new Response("Not found", { status: 404 });
  await writeApplicationAudit(db, { action: "application.cv_download", actor: auth.user, entityId: id, ip: clientIp(request.headers) });

  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= file.size) return controller.close();
      const [part] = await db.$queryRaw<{ chunk: Uint8Array }[]>`
        SELECT substring(content FROM ${offset + 1}::int FOR ${CHUNK}::int) AS chunk FROM application_files WHERE id = ${file.id}::uuid`;
      if (!part || part.chunk.byteLength === 0) return controller.close();
      offset += part.chunk.byteLength;
      controller.enqueue(new Uint8Array(part.chunk));
    },
  });
  const ascii = file.filename.replace(/[^A-Za-z0-9._() -]/g, "_");
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
