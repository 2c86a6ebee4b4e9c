import { normalizeEmail } from "@/lib/auth/email";
import { clientIp } from "@/lib/auth/client-ip";
import { authorize } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { exportPersonData } from "@/lib/applications/person-data";
import { db } from "@/lib/db/client";

// Everything stored about one person (by email) as a JSON download, for an access request. A POST, so the
// address never sits in a URL or a log line.
export async function POST(request: Request): Promise<Response> {
  const auth = await authorize(rolesFor("application.privacy"));
  if (!auth.ok) return new Response(auth.error === "unauthenticated" ? "Sign in first." : "Forbidden", { status: auth.error === "unauthenticated" ? 401 : 403 });
  let email = "";
  try {
    const form = await request.formData();
    const value = form.get("email");
    email = typeof value === "string" ? normalizeEmail(value) : "";
  } catch {
    email = "";
  }
  if (!email.includes("@")) return new Response("Enter the person's email address.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const data = await exportPersonData(db, auth.user, email, clientIp(request.headers));
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="personal-data.json"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
