import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CvColumns, CvFileRef, CvStore } from "./cv-store";

const CHUNK = 256 * 1024;

/** A file whose bytes are in its application_files row, read in chunks rather than one buffer per response. */
export function streamFromPostgres(db: PrismaClient, file: CvFileRef): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= file.size) return controller.close();
      const [part] = await db.$queryRaw<{ chunk: Uint8Array | null }[]>`
        SELECT substring(content FROM ${offset + 1}::int FOR ${CHUNK}::int) AS chunk FROM application_files WHERE id = ${file.id}::uuid`;
      if (!part?.chunk || part.chunk.byteLength === 0) return controller.close();
      offset += part.chunk.byteLength;
      controller.enqueue(new Uint8Array(part.chunk));
    },
  });
}

/** The default: the bytes go in the row, inside the application's transaction; nothing exists outside it. */
export const postgresCvStore: CvStore = {
  kind: "postgres",
  async put(bytes): Promise<CvColumns> {
    return { storage: "postgres", content: bytes as Uint8Array<ArrayBuffer>, objectKey: null };
  },
  async discard() {},
  async open(db, file) {
    if (file.storage !== "postgres") throw new Error(`CV ${file.id} is stored in S3, but S3_BUCKET is not set on this instance.`);
    return streamFromPostgres(db, file);
  },
  async deleteObjects(keys) {
    if (keys.length) console.warn(`[careers] ${keys.length} CV object(s) in S3 left behind: S3_BUCKET is not set on this instance.`);
    return 0;
  },
  async *list() {},
};
