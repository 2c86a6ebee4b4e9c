import "server-only";
import { db } from "./client";

export async function checkDatabase(timeoutMs = 2_000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs));
  const query = db.$queryRaw`SELECT 1`.then(() => true, () => false);
  return Promise.race([query, timeout]);
}
