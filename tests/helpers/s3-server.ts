import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll } from "vitest";
import type { CvStore } from "@/lib/applications/file-store/cv-store";
import { createS3Client, S3CvStore } from "@/lib/applications/file-store/s3-cv-store";
import { readS3Settings, type S3Settings } from "@/lib/applications/file-store/s3-settings";

export const TEST_BUCKET = "careers-cvs";

/**
 * A real S3-compatible server for one test file: s3rver (Node, files in a temporary directory) on a free
 * port, with one bucket, stopped and removed after the file's tests. `store(prefix)` is a CV store on it as
 * the app builds one from S3_* variables (lib/applications/file-store/s3-settings.ts), path-style.
 */
export async function startS3Server() {
  const directory = mkdtempSync(path.join(os.tmpdir(), "careers-s3rver-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: TEST_BUCKET }] });
  const { port } = await server.run();
  const env = { S3_BUCKET: TEST_BUCKET, S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" };
  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });
  const settings = (prefix: string): S3Settings => readS3Settings({ ...env, S3_PREFIX: prefix })!;
  return {
    env,
    settings,
    /** A store as a new instance would build it: its own client. */
    store: (prefix: string) => new S3CvStore(createS3Client(settings(prefix)), settings(prefix)),
  };
}

/** Every object key under the store's prefix. */
export async function objectKeys(store: CvStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of store.list()) keys.push(...page.map((item) => item.key));
  return keys.sort();
}
