/** The S3_* variables: set S3_BUCKET to keep CVs in an S3-compatible bucket instead of PostgreSQL. */
export type S3Settings = {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, s3rver, R2…): addressed path-style (http://host/bucket/key). */
  endpoint: string | null;
  /** Both or neither; neither: the SDK's own chain (AWS_* variables, instance or container role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
  /** Every object's key starts with it ("" or ending with "/"). */
  prefix: string;
};

export const DEFAULT_S3_PREFIX = "cvs/";

/** null when S3_BUCKET is unset (CVs in PostgreSQL); throws with the variable to fix when half-configured. */
export function readS3Settings(env: Readonly<Record<string, string | undefined>> = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) {
    const stray = ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PREFIX"].filter((name) => env[name]?.trim());
    if (stray.length) throw new Error(`${stray.join(", ")} set without S3_BUCKET: set S3_BUCKET to store CVs in S3, or unset them.`);
    return null;
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() ?? "";
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() ?? "";
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither.");
  const endpoint = env.S3_ENDPOINT?.trim() || null;
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s) URL, like http://localhost:9000 (got "${endpoint}").`);
  const rawPrefix = (env.S3_PREFIX ?? DEFAULT_S3_PREFIX).trim().replace(/^\/+/, "");
  return {
    bucket,
    region: env.S3_REGION?.trim() || "us-east-1",
    endpoint,
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : null,
    prefix: rawPrefix === "" || rawPrefix.endsWith("/") ? rawPrefix : `${rawPrefix}/`,
  };
}

/** One line for the launcher's log: where this instance keeps CVs (never a credential). */
export function describeCvStorage(settings: S3Settings | null): string {
  if (!settings) return "CVs stored in PostgreSQL (set S3_BUCKET to use an S3 bucket)";
  return `CVs stored in S3 bucket ${settings.bucket}${settings.endpoint ? ` at ${settings.endpoint}` : ` (${settings.region})`}, prefix "${settings.prefix}"`;
}
