import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CvStore } from "./file-store/cv-store";

export type CvFile = { id: string; filename: string; contentType: string; size: number; storage: string; objectKey: string | null };

/** The application's CV row (not its bytes), or null. */
export async function findCvFile(db: PrismaClient, applicationId: string): Promise<CvFile | null> {
  return db.applicationFile.findFirst({
    where: { applicationId },
    select: { id: true, filename: true, contentType: true, size: true, storage: true, objectKey: true },
  });
}

/**
 * The download of a CV the caller may see (the route checks that): streamed from its store (PostgreSQL in
 * chunks, or the S3 object's body), always an attachment with nosniff and a sandboxing CSP, so a file is
 * never rendered by our origin. 502 when the store cannot give the file (nothing is sent half-way then).
 */
export async function cvDownloadResponse(db: PrismaClient, store: CvStore, file: CvFile): Promise<Response> {
  let body: ReadableStream<Uint8Array>;
  try {
    body = await store.open(db, file);
  } catch (error) {
    console.error(`[careers] CV ${file.id} could not be read from the ${file.storage} store:`, error instanceof Error ? error.message : error);
    return new Response("The CV could not be read from the file store. Try again later.", { status: 502, headers: { "Cache-Control": "no-store" } });
  }
  const ascii = file.filename.replace(/[^A-Za-z0-9._() -]/g, "_");
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
