import type { CvStore } from "./cv-store";
import { postgresCvStore } from "./postgres-cv-store";
import { createS3Client, S3CvStore } from "./s3-cv-store";
import { readS3Settings } from "./s3-settings";

let cached: CvStore | undefined;

/** This process's CV store: S3 when S3_BUCKET is set (lib/applications/file-store/s3-settings.ts), else PostgreSQL. One client per process. */
export function configuredCvStore(): CvStore {
  if (!cached) {
    const settings = readS3Settings(process.env);
    cached = settings ? new S3CvStore(createS3Client(settings), settings) : postgresCvStore;
  }
  return cached;
}
