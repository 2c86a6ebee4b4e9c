import { writeApplicationAudit } from "@/lib/applications/application-audit";
import { statusFromParam } from "@/lib/applications/application-statuses";
import { csvLine } from "@/lib/applications/csv";
import { listApplications } from "@/lib/applications/list-applications";
import { clientIp } from "@/lib/auth/client-ip";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

// The inbox as CSV (?posting=<id>&status=new): what the user reaches, nothing more; cells made safe for
// spreadsheets (lib/applications/csv.ts).
export async function GET(request: Request): Promise<Response> {
  const auth = await authorize(rolesFor("application.export"));
  if (!auth.ok) return new Response(auth.error === "unauthenticated" ? "Sign in first." : "Forbidden", { status: auth.error === "unauthenticated" ? 401 : 403 });
  const query = new URL(request.url).searchParams;
  const posting = query.get("posting");
  const postingId = posting && /^[0-9a-f-]{36}$/i.test(posting) ? posting : undefined;
  const rows = await listApplications(db, auth.user, { postingId, status: statusFromParam(query.get("status")) });
  const details = await db.application.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: { id: true, phone: true, linkUrl: true, locale: true, updatedAt: true },
  });
  const byId = new Map(details.map((row) => [row.id, row]));
  let csv = csvLine(["Received (UTC)", "Posting", "Name", "Email", "Phone", "Link", "Status", "Language", "Last change (UTC)", "CV"]);
  for (const row of rows) {
    const more = byId.get(row.id);
    csv += csvLine([row.createdAt.toISOString(), row.posting.title, row.name, row.email, more?.phone, more?.linkUrl, row.status, more?.locale, more?.updatedAt.toISOString(), row.cv?.filename]);
  }
  await writeApplicationAudit(db, { action: "application.export_csv", actor: auth.user, data: { rows: rows.length, postingId: postingId ?? null }, ip: clientIp(request.headers) });
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="applications.csv"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
