import path from "node:path";

/** Where the embedded database, its credentials and the generated AUTH_SECRET live. */
export function resolveDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? ".data");
}
