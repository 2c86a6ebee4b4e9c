import { connection } from "next/server";
import { checkDatabase } from "@/lib/db/health";

// Load balancers and the launcher's readiness checks: 200 when the database answers.
export async function GET(): Promise<Response> {
  await connection();
  const ok = await checkDatabase();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "up" : "down" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
