import { connection } from "next/server";
import { healthResponse } from "@/lib/db/health";

// Load balancers and the launcher's readiness checks: 200 when the database answers. proxy.ts answers
// /api/health itself (the cheapest path under load); this route is the same answer without the proxy.
export async function GET(): Promise<Response> {
  await connection();
  return healthResponse();
}
