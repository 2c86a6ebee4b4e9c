import { draftMode } from "next/headers";
import { isInternalRequest } from "@/lib/internal/internal-token";

// The start-up warm-up (lib/internal/warm-up.ts) renders the public pages several times before visitors do.
// It asks here for Next's draft-mode cookie, under which pages and "use cache" data are rendered afresh
// instead of being read from the caches. Only the app itself may call it: the token derives from AUTH_SECRET.
export async function POST(request: Request): Promise<Response> {
  if (!isInternalRequest(request)) return new Response("Not found", { status: 404 });
  (await draftMode()).enable();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
