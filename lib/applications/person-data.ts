import { normalizeEmail } from "@/lib/auth/email";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeApplicationAudit } from "./application-audit";
import { configuredCvStore } from "./file-store/configured-cv-store";
import { objectKeysOf, readAll, type CvStore } from "./file-store/cv-store";

// A person's rights over what they sent (GDPR articles 15 and 17), for admins acting on a request: everything
// stored under one email address (normalised as everywhere: lib/auth/email.ts), as JSON, and its erasure.

export type PersonExport = {
  email: string;
  exportedAt: string;
  applications: {
    id: string;
    posting: { slug: string; title: string };
    name: string;
    email: string;
    phone: string | null;
    coverLetter: string | null;
    linkUrl: string | null;
    answers: unknown;
    status: string;
    locale: string;
    createdAt: string;
    updatedAt: string;
    files: { filename: string; contentType: string; size: number; sha256: string; base64: string }[];
    notes: { createdAt: string; author: string | null; fromStatus: string | null; toStatus: string | null; note: string | null }[];
  }[];
  emails: { createdAt: string; subject: string; status: string; text: string }[];
};

export async function exportPersonData(
  db: PrismaClient,
  actor: SessionUser,
  rawEmail: string,
  ip: string | null,
  now = new Date(),
  options: { store?: CvStore } = {},
): Promise<PersonExport> {
  const email = normalizeEmail(rawEmail);
  const store = options.store ?? (await configuredCvStore());
  const applications = await db.application.findMany({
    where: { email, deletionUsedAt: null },
    include: {
      posting: { select: { slug: true, title: true } },
      files: { select: { id: true, filename: true, contentType: true, size: true, sha256: true, storage: true, objectKey: true } },
      notes: { orderBy: { createdAt: "asc" } },
    },
    orderBy: { createdAt: "asc" },
  });
  // The files' bytes from wherever they are stored (lib/applications/file-store).
  const contents = new Map<string, Uint8Array>();
  for (const file of applications.flatMap((row) => row.files)) contents.set(file.id, await readAll(await store.open(db, file)));
  const emails = await db.mailMessage.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });
  await writeApplicationAudit(db, { action: "application.person_export", actor, data: { applications: applications.length, emails: emails.length }, ip, now });
  return {
    email,
    exportedAt: now.toISOString(),
    applications: applications.map((row) => ({
      id: row.id,
      posting: row.posting,
      name: row.name,
      email: row.email,
      phone: row.phone,
      coverLetter: row.coverLetter,
      linkUrl: row.linkUrl,
      answers: row.answers,
      status: row.status,
      locale: row.locale,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      files: row.files.map((file) => ({ filename: file.filename, contentType: file.contentType, size: file.size, sha256: file.sha256, base64: Buffer.from(contents.get(file.id)!).toString("base64") })),
      notes: row.notes.map((note) => ({ createdAt: note.createdAt.toISOString(), author: note.authorName, fromStatus: note.fromStatus, toStatus: note.toStatus, note: note.note })),
    })),
    emails: emails.map((mail) => ({ createdAt: mail.createdAt.toISOString(), subject: mail.subject, status: mail.status, text: mail.textBody })),
  };
}

export type ErasureCounts = { applications: number; files: number; emails: number };

/**
 * Deletes every application, file, note and email of this address; one audit row with the counts (never the
 * address itself). Files kept in S3 are deleted after the commit (lib/applications/file-store).
 */
export async function erasePersonData(
  db: PrismaClient,
  actor: SessionUser,
  rawEmail: string,
  ip: string | null,
  now = new Date(),
  options: { store?: CvStore } = {},
): Promise<ErasureCounts> {
  const email = normalizeEmail(rawEmail);
  const { counts, objectKeys } = await db.$transaction(async (tx) => {
    const ids = (await tx.application.findMany({ where: { email }, select: { id: true } })).map((row) => row.id);
    const objectKeys = objectKeysOf(await tx.applicationFile.findMany({ where: { applicationId: { in: ids } }, select: { objectKey: true } }));
    const files = await tx.applicationFile.deleteMany({ where: { applicationId: { in: ids } } });
    const emails = await tx.mailMessage.deleteMany({ where: { OR: [{ toAddress: email }, { applicationId: { in: ids } }] } });
    const applications = await tx.application.deleteMany({ where: { id: { in: ids } } });
    const counts = { applications: applications.count, files: files.count, emails: emails.count };
    await writeApplicationAudit(tx, { action: "application.person_erase", actor, data: counts, ip, now });
    return { counts, objectKeys };
  });
  await (options.store ?? (await configuredCvStore())).deleteObjects(objectKeys);
  return counts;
}
