import type { CvStore } from "./cv-store";
import { postgresCvStore } from "./postgres-cv-store";
import { readS3Settings } from "./s3-settings";

let cached: Promise<CvStore> | undefined;

/**
 * This process's CV store: S3 when S3_BUCKET is set (lib/applications/file-store/s3-settings.ts), else
 * PostgreSQL. One client per process; the AWS SDK is loaded only when S3 is configured.
 */
export function configuredCvStore(): Promise<CvStore> {
  cached ??= (async () => {
    const settings = readS3Settings(process.env);
    if (!settings) return postgresCvStore;
    const { createS3Client, S3CvStore } = await import("./s3-cv-store");
    return new S3CvStore(createS3Client(settings), settings);
  })();
  return cached;
}
