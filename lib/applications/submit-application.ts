import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { applyWords } from "@/lib/i18n/apply";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { openPostingWhere } from "@/lib/public/open-condition";
import { siteUrl } from "@/lib/public/site-url";
import { writeApplicationAudit } from "./application-audit";
import { validateApplication, type ApplicationErrors, type ApplicationValues } from "./application-schema";
import { deletionPath } from "./apply-paths";
import { cvFilename } from "./cv-filename";
import { sniffCvFileType } from "./cv-file-type";
import { createDeletionToken } from "./deletion-token";
import { configuredCvStore } from "./file-store/configured-cv-store";
import type { CvStore } from "./file-store/cv-store";
import { CV_MAX_BYTES, DAY_MS, HOUR_MS, MAX_PER_EMAIL_PER_DAY, MAX_PER_IP_PER_HOUR } from "./limits";
import { notifyRecruiters } from "./recruiter-notification";
import { retentionMonths } from "./retention";

export type SubmittedFile = { name: string; bytes: Uint8Array };

export type SubmitApplicationInput = {
  slug: string;
  locale: Locale;
  values: ApplicationValues;
  file: SubmittedFile | null;
  /** The hidden field people never see; bots fill it. */
  honeypot: string;
  /** The client address by lib/auth/client-ip.ts (the same trust rules as sign-in). */
  ip: string;
  now: Date;
};

export type SubmitApplicationResult =
  | { kind: "sent"; applicationId: string | null }
  | { kind: "invalid"; errors: ApplicationErrors; postingId: string }
  | { kind: "not-found" }
  | { kind: "closed" };

type Target = { id: string; title: string; englishTitle: string; questions: string[] };

async function findTarget(db: PrismaClient, slug: string, locale: Locale, now: Date): Promise<Target | "not-found" | "closed"> {
  const row = await db.posting.findUnique({
    where: { slug },
    select: { id: true, status: true, validThrough: true, firstPublishedAt: true, applyMethod: true, applicationQuestions: true, content: true, frenchVersion: true },
  });
  if (!row) return "not-found";
  const open = (await db.posting.count({ where: { id: row.id, ...openPostingWhere(now) } })) === 1;
  if (!open) return row.firstPublishedAt ? "closed" : "not-found";
  if (row.applyMethod !== "ON_SITE") return "not-found";
  if (locale === "fr" && row.frenchVersion !== "TRANSLATED") return "not-found";
  const content = row.content as { en: { title: string }; fr?: { title: string } };
  const questions = Array.isArray(row.applicationQuestions) ? row.applicationQuestions.filter((item): item is string => typeof item === "string") : [];
  return { id: row.id, title: (locale === "fr" ? content.fr?.title : undefined) ?? content.en.title, englishTitle: content.en.title, questions };
}

/**
 * The one way an application enters the database. Checks the posting is open and takes applications on the
 * site, the fields (lib/applications/application-schema.ts), the CV by its bytes (PDF or DOCX, 5 MB at
 * most), then under per-address and per-email advisory locks the submission limit (MAX_PER_IP_PER_HOUR,
 * MAX_PER_EMAIL_PER_DAY), and writes the application, its file, the confirmation email (outbox) and an
 * audit row in one transaction. A filled honeypot looks like a success and writes nothing.
 *
 * The CV goes to the configured store (lib/applications/file-store): in the row itself (PostgreSQL), or
 * uploaded to S3 before the transaction and deleted again when the transaction fails or the limit refuses,
 * so a failure leaves neither a row nor an object (a crash in between leaves an object the daily sweep deletes).
 */
export async function submitApplication(db: PrismaClient, input: SubmitApplicationInput, options: { store?: CvStore } = {}): Promise<SubmitApplicationResult> {
  const target = await findTarget(db, input.slug, input.locale, input.now);
  if (target === "not-found" || target === "closed") return { kind: target };
  if (input.honeypot.trim() !== "") return { kind: "sent", applicationId: null };

  // Only the posting's own questions are answered (the form sends one field per question).
  const values = { ...input.values, answers: target.questions.map((_, index) => input.values.answers[index] ?? "") };
  const checked = validateApplication(values, target.questions.length);
  const errors: ApplicationErrors = checked.ok ? {} : { ...checked.errors };
  const file = input.file;
  const type = file && file.bytes.byteLength > 0 ? sniffCvFileType(file.bytes) : null;
  if (!file || file.bytes.byteLength === 0) errors.cv = "cvRequired";
  else if (file.bytes.byteLength > CV_MAX_BYTES) errors.cv = "cvTooLarge";
  else if (!type) errors.cv = "cvType";
  if (!checked.ok || !file || !type || Object.keys(errors).length) return { kind: "invalid", errors, postingId: target.id };

  const { fields } = checked;
  const { token, hash } = createDeletionToken();
  const words = applyWords(input.locale);
  const deleteUrl = `${siteUrl()}${deletionPath(token, input.locale)}`;

  // The application, its file row, the confirmation email and the audit row; null when the limit refuses.
  const writeRows = async (tx: Prisma.TransactionClient): Promise<string | null> => {
    // Email first, then address: a fixed order cannot deadlock.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`apply:email:${fields.email}`}, 0))::text AS locked`;
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`apply:ip:${input.ip}`}, 0))::text AS locked`;
    const byEmail = await tx.application.count({ where: { email: fields.email, createdAt: { gt: new Date(input.now.getTime() - DAY_MS) } } });
    const byIp = await tx.application.count({ where: { ip: input.ip, createdAt: { gt: new Date(input.now.getTime() - HOUR_MS) } } });
    if (byEmail >= MAX_PER_EMAIL_PER_DAY || byIp >= MAX_PER_IP_PER_HOUR) {
      await writeApplicationAudit(tx, { action: "application.limited", data: { scope: byIp >= MAX_PER_IP_PER_HOUR ? "ip" : "email" }, ip: input.ip, now: input.now });
      return null;
    }
    const application = await tx.application.create({
      data: {
        postingId: target.id,
        name: fields.name,
        email: fields.email,
        phone: fields.phone,
        coverLetter: fields.coverLetter,
        linkUrl: fields.linkUrl,
        answers: fields.answers.map((answer, index) => ({ question: target.questions[index] ?? "", answer })),
        locale: input.locale,
        ip: input.ip,
        deletionTokenHash: hash,
        createdAt: input.now,
        updatedAt: input.now,
      },
      select: { id: true },
    });
    await tx.applicationFile.create({
      data: {
        applicationId: application.id,
        filename: cvFilename(file.name, type.extension),
        contentType: type.contentType,
        size: file.bytes.byteLength,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        ...stored,
        createdAt: input.now,
      },
    });
    await enqueueMail(tx, {
      to: fields.email,
      subject: words.email.subject(target.title),
      text: words.email.body({ name: fields.name, title: target.title, deleteUrl, months: retentionMonths() }),
      kind: "application.confirmation",
      applicationId: application.id,
      now: input.now,
    });
    await notifyRecruiters(tx, { postingId: target.id, applicationId: application.id, title: target.englishTitle, candidateName: fields.name, now: input.now });
    await writeApplicationAudit(tx, { action: "application.submit", entityId: application.id, data: { postingId: target.id, locale: input.locale }, ip: input.ip, now: input.now });
    return application.id;
  };

  const store = options.store ?? (await configuredCvStore());
  const stored = await store.put(file.bytes, type.contentType);
  let created: string | null;
  let bodyDone = false;
  try {
    created = await db.$transaction(async (tx) => {
      const written = await writeRows(tx);
      bodyDone = true;
      return written;
    });
  } catch (error) {
    // Failed before COMMIT was sent: nothing was committed, the object goes. Failed during COMMIT (the
    // connection lost with the reply): the row may exist, so the object goes only if no row names it; when
    // the database cannot say, the daily sweep decides later.
    if (!bodyDone) await store.discard(stored);
    else if (stored.objectKey) {
      const named = await db.applicationFile.count({ where: { objectKey: stored.objectKey } }).catch(() => null);
      if (named === 0) await store.discard(stored);
    }
    throw error;
  }
  if (created === null) {
    await store.discard(stored);
    return { kind: "invalid", errors: { form: "limited" }, postingId: target.id };
  }
  return { kind: "sent", applicationId: created };
}
