import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Where a CV's bytes are: the application_files columns that say so (the migration's CHECK keeps them consistent). */
export type CvColumns = { storage: "postgres"; content: Uint8Array<ArrayBuffer>; objectKey: null } | { storage: "s3"; content: null; objectKey: string };

/** An object in the bucket (S3 only). */
export type ListedObject = { key: string; lastModified: Date | null };

/** A stored file as the readers know it (a row of application_files). */
export type CvFileRef = { id: string; storage: string; objectKey: string | null; size: number };

/**
 * Where CVs are kept (lib/applications/file-store/configured-cv-store.ts picks one from the environment):
 * PostgreSQL (the default: the bytes in the application_files row, written in the application's transaction)
 * or an S3-compatible bucket (S3_BUCKET set: the object is uploaded before the transaction and the row names it).
 *
 * - put: before the transaction; returns the row's columns. S3: the object exists from here on, so a caller
 *   whose transaction fails or refuses calls discard.
 * - open: the bytes of a stored file as a stream, whichever store wrote it (rows written before a switch to S3
 *   keep their bytes in PostgreSQL). Throws before any byte when the file cannot be read.
 * - deleteObjects: after the commit that deleted rows (or after a failed transaction), best effort: never
 *   throws; whatever it misses, the daily sweep (sweep-orphan-cv-objects.ts) deletes.
 * - list: the objects under the store's prefix, a page at a time (PostgreSQL keeps none outside its rows).
 */
export interface CvStore {
  readonly kind: "postgres" | "s3";
  put(bytes: Uint8Array, contentType: string): Promise<CvColumns>;
  discard(columns: CvColumns): Promise<void>;
  open(db: PrismaClient, file: CvFileRef): Promise<ReadableStream<Uint8Array>>;
  deleteObjects(keys: readonly string[]): Promise<number>;
  list(): AsyncGenerator<ListedObject[]>;
}

/** The object keys among deleted rows, for deleteObjects after the commit. */
export function objectKeysOf(rows: readonly { objectKey: string | null }[]): string[] {
  return rows.flatMap((row) => (row.objectKey ? [row.objectKey] : []));
}

/** A whole stream in one buffer (the personal-data export; the download route streams instead). */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(part.value);
  return Buffer.concat(parts);
}
