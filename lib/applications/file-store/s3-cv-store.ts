import { randomUUID } from "node:crypto";
import { DeleteObjectCommand, DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { CvColumns, CvStore, ListedObject } from "./cv-store";
import { streamFromPostgres } from "./postgres-cv-store";
import type { S3Settings } from "./s3-settings";

/** A bucket that stops answering fails the request (the submission reports it) rather than holding it forever. */
export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  });
}

/**
 * CVs as objects in one bucket, under settings.prefix and a random key (nothing about the candidate in it).
 * Rows written while CVs were kept in PostgreSQL are still read from there.
 */
export class S3CvStore implements CvStore {
  readonly kind = "s3";
  readonly prefix: string;
  private readonly bucket: string;

  constructor(
    private readonly client: S3Client,
    settings: Pick<S3Settings, "bucket" | "prefix">,
  ) {
    this.bucket = settings.bucket;
    this.prefix = settings.prefix;
  }

  async put(bytes: Uint8Array, contentType: string): Promise<CvColumns> {
    const objectKey = `${this.prefix}${randomUUID()}`;
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: objectKey, Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
    return { storage: "s3", content: null, objectKey };
  }

  async discard(columns: CvColumns): Promise<void> {
    if (columns.objectKey) await this.deleteObjects([columns.objectKey]);
  }

  async open(db: Parameters<CvStore["open"]>[0], file: Parameters<CvStore["open"]>[1]): Promise<ReadableStream<Uint8Array>> {
    if (file.storage === "postgres") return streamFromPostgres(db, file);
    if (!file.objectKey) throw new Error(`CV ${file.id} has no object key.`);
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: file.objectKey }));
    if (!object.Body) throw new Error(`CV ${file.id}: the bucket returned no body.`);
    return object.Body.transformToWebStream() as ReadableStream<Uint8Array>;
  }

  /** Batches of 1000 (DeleteObjects); one by one where a server has no DeleteObjects. Never throws. */
  async deleteObjects(keys: readonly string[]): Promise<number> {
    let deleted = 0;
    for (let start = 0; start < keys.length; start += 1000) {
      const batch = keys.slice(start, start + 1000);
      try {
        const result = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
        for (const error of result.Errors ?? []) console.error(`[careers] S3 delete of ${error.Key}: ${error.Code} ${error.Message}`);
        deleted += batch.length - (result.Errors?.length ?? 0);
      } catch {
        for (const Key of batch) {
          try {
            await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }));
            deleted += 1;
          } catch (error) {
            console.error(`[careers] S3 delete of ${Key} failed (the daily sweep retries):`, error instanceof Error ? error.message : error);
          }
        }
      }
    }
    return deleted;
  }

  /** Every object under the prefix, a page (at most 1000) at a time. */
  async *list(): AsyncGenerator<ListedObject[]> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix, ContinuationToken: token }));
      yield (page.Contents ?? []).flatMap((item) => (item.Key ? [{ key: item.Key, lastModified: item.LastModified ?? null }] : []));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
}
