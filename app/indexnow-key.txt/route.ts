import { connection } from "next/server";

// IndexNow's proof of ownership: the key, at the keyLocation the outbox sends.
export async function GET(): Promise<Response> {
  await connection();
  const key = process.env.INDEXNOW_KEY;
  if (!key) return new Response("Not found", { status: 404 });
  return new Response(key, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
