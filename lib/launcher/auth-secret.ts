import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET signs session tokens. A local run (embedded database) gets one
 * generated into the data directory on first start and kept there; a run on a
 * configured DATABASE_URL is a deployment and must be given one.
 */
export function ensureAuthSecret(dataDir: string, databaseKind: "embedded" | "external"): string {
  const given = process.env.AUTH_SECRET;
  if (given) {
    if (given.length < 32) throw new Error("AUTH_SECRET must be at least 32 characters long.");
    return given;
  }
  if (databaseKind === "external") {
    throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment.");
  }
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
