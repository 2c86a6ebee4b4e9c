import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { findReachableApplicationId, reachableApplicationsWhere } from "@/lib/applications/application-access";
import type { ApplicationValues } from "@/lib/applications/application-schema";
import { changeApplicationStatus } from "@/lib/applications/change-application-status";
import { deletionState, withdrawApplication } from "@/lib/applications/withdraw-application";
import { DAY_MS, MAX_PER_EMAIL_PER_DAY, MAX_PER_IP_PER_HOUR } from "@/lib/applications/limits";
import { erasePersonData, exportPersonData } from "@/lib/applications/person-data";
import { purgeExpiredApplications } from "@/lib/applications/purge-expired-applications";
import { submitApplication, type SubmitApplicationInput } from "@/lib/applications/submit-application";
import { clientIp } from "@/lib/auth/client-ip";
import { processMailOutbox } from "@/lib/mail/process-mail-outbox";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { makeDocx, makeZip } from "../helpers/zip";
import { seedCms, type CmsUsers } from "./cms-fixtures";

// The application commands on a real database: submission (fields, CV type by content, honeypot, closed and
// draft postings), the submission limit (spoofed forwarding headers included), the deletion link's single
// use, the retention purge with a controlled clock, the mail outbox, access by role and the GDPR requests.
vi.mock("server-only", () => ({}));

process.env.SITE_URL = "https://careers.example";
const { prisma } = await freshDatabase();
const NOW = new Date();
const PDF = new Uint8Array(readFileSync("tests/fixtures/applications/cv.pdf"));
const ON_SITE = "people-ops-payroll-apprentice";
const EXTERNAL = "accountant-apprentice";
let users: CmsUsers;
let postingId: string;
let counter = 0;

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
  const posting = await prisma.posting.update({
    where: { slug: ON_SITE },
    data: { applyMethod: "ON_SITE", applicationQuestions: ["Why Back Market?"] },
    select: { id: true },
  });
  postingId = posting.id;
});

function values(overrides: Partial<ApplicationValues> = {}): ApplicationValues {
  counter += 1;
  return {
    name: "Camille Candidate",
    email: `Camille.${counter}@Example.com `,
    phone: "+33 6 12 34 56 78",
    coverLetter: "I would love to join.\nThank you.",
    linkUrl: "https://www.linkedin.com/in/camille",
    answers: ["Because refurbished beats new."],
    consent: true,
    ...overrides,
  };
}

function input(overrides: Partial<SubmitApplicationInput> = {}): SubmitApplicationInput {
  return {
    slug: ON_SITE,
    locale: "en",
    values: values(),
    file: { name: "My CV.pdf", bytes: PDF },
    honeypot: "",
    ip: `192.0.2.${(counter % 200) + 1}`,
    now: NOW,
    ...overrides,
  };
}

describe("submission", () => {
  it("stores the application, its CV by content, the confirmation email and an audit row, in one go", async () => {
    const result = await submitApplication(prisma, input({ values: values({ email: " Lea.Dupont@Example.COM " }) }));
    expect(result.kind).toBe("sent");
    const id = (result as { applicationId: string }).applicationId;
    const row = await prisma.application.findUniqueOrThrow({ where: { id }, include: { files: true } });
    expect(row).toMatchObject({ postingId, name: "Camille Candidate", email: "lea.dupont@example.com", status: "NEW", locale: "en" });
    expect(row.answers).toEqual([{ question: "Why Back Market?", answer: "Because refurbished beats new." }]);
    expect(row.deletionTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.files).toHaveLength(1);
    expect(row.files[0]).toMatchObject({ filename: "My CV.pdf", contentType: "application/pdf", size: PDF.byteLength });
    expect(row.files[0]).toMatchObject({ storage: "postgres", objectKey: null });
    expect(Buffer.from(row.files[0]!.content!).equals(Buffer.from(PDF))).toBe(true);
    const mail = await prisma.mailMessage.findFirstOrThrow({ where: { applicationId: id, kind: "application.confirmation" } });
    expect(mail).toMatchObject({ toAddress: "lea.dupont@example.com", status: "PENDING", kind: "application.confirmation" });
    expect(mail.textBody).toMatch(/https:\/\/careers\.example\/applications\/delete\/[A-Za-z0-9_-]{43}/);
    expect(await prisma.auditEvent.count({ where: { action: "application.submit", entityId: id } })).toBe(1);
  });

  it("tells the posting's followers (its author and assigned hiring managers, else the admins): name, role and a link, nothing more", async () => {
    // The seeded posting has no author nor assignment: the active admins hear of it.
    const first = await submitApplication(prisma, input({ values: values({ name: "Noa Notified" }) }));
    const firstId = (first as { applicationId: string }).applicationId;
    const toAdmins = await prisma.mailMessage.findMany({ where: { applicationId: firstId, kind: "application.notification" } });
    expect(toAdmins.map((mail) => mail.toAddress)).toEqual([users.admin.email]);
    // Its author and an assigned hiring manager follow it; a disabled account hears nothing.
    await prisma.posting.update({ where: { id: postingId }, data: { authorId: users.recruiter.id } });
    await prisma.postingAssignment.create({ data: { postingId, userId: users.manager.id } });
    await prisma.postingAssignment.create({ data: { postingId, userId: users.disabled.id } });
    try {
      const second = await submitApplication(prisma, input({ values: values({ name: "Sam Second" }) }));
      const id = (second as { applicationId: string }).applicationId;
      const mails = await prisma.mailMessage.findMany({ where: { applicationId: id, kind: "application.notification" }, orderBy: { toAddress: "asc" } });
      expect(mails.map((mail) => mail.toAddress)).toEqual([users.manager.email, users.recruiter.email].sort());
      const [mail] = mails;
      expect(mail!.subject).toBe("New application: People Ops and Payroll Apprentice / Nouvelle candidature : People Ops and Payroll Apprentice");
      expect(mail!.textBody).toContain("Sam Second has applied for");
      expect(mail!.textBody).toContain(`https://careers.example/admin/applications/${id}`);
      expect(mail!.textBody).toContain("Sam Second a postulé");
      expect(mail!.textBody).not.toContain("Camille.");
      expect(mail!.textBody).not.toContain("+33");
    } finally {
      await prisma.postingAssignment.deleteMany({ where: { postingId } });
      await prisma.posting.update({ where: { id: postingId }, data: { authorId: null } });
    }
  });

  it("accepts a Word document and sends the French email in French", async () => {
    await prisma.posting.update({ where: { slug: ON_SITE }, data: { frenchVersion: "TRANSLATED" } });
    const result = await submitApplication(prisma, input({ locale: "fr", file: { name: "cv.docx", bytes: makeDocx() } }));
    expect(result.kind).toBe("sent");
    const id = (result as { applicationId: string }).applicationId;
    const file = await prisma.applicationFile.findFirstOrThrow({ where: { applicationId: id } });
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const mail = await prisma.mailMessage.findFirstOrThrow({ where: { applicationId: id, kind: "application.confirmation" } });
    expect(mail.subject).toMatch(/^Votre candidature/);
    expect(mail.textBody).toContain("https://careers.example/fr/candidatures/supprimer/");
  });

  const refusedFiles: [string, Uint8Array][] = [
    ["HTML renamed .pdf", new TextEncoder().encode("<!doctype html><script>alert(1)</script>")],
    ["SVG renamed .pdf", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ["a plain ZIP renamed .pdf", makeZip({ "readme.txt": "hello" })],
    ["a ZIP with [Content_Types].xml but no word/ part", makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<x/>" })],
    ["PDF bytes after an HTML prefix", new Uint8Array([...new TextEncoder().encode("<html>"), ...PDF])],
  ];
  for (const [label, bytes] of refusedFiles) {
    it(`refuses ${label} by its content, storing nothing`, async () => {
      const before = await prisma.application.count();
      const result = await submitApplication(prisma, input({ file: { name: "cv.pdf", bytes } }));
      expect(result).toMatchObject({ kind: "invalid", errors: { cv: "cvType" } });
      expect(await prisma.application.count()).toBe(before);
    });
  }

  it("refuses a CV over 5 MB and a missing CV", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    expect(await submitApplication(prisma, input({ file: { name: "cv.pdf", bytes: big } }))).toMatchObject({ kind: "invalid", errors: { cv: "cvTooLarge" } });
    expect(await submitApplication(prisma, input({ file: null }))).toMatchObject({ kind: "invalid", errors: { cv: "cvRequired" } });
  });

  it("names every bad field, with the code the form shows next to it", async () => {
    const result = await submitApplication(
      prisma,
      input({ values: values({ name: " ", email: "not-an-email", phone: "call me", linkUrl: "javascript:alert(1)", answers: [""], consent: false }) }),
    );
    expect(result).toMatchObject({
      kind: "invalid",
      errors: { name: "nameRequired", email: "emailInvalid", phone: "phoneInvalid", linkUrl: "linkUrlInvalid", "answers.0": "answerRequired", consent: "consentRequired" },
    });
  });

  it("treats a filled honeypot as a success and stores nothing", async () => {
    const before = await prisma.application.count();
    expect(await submitApplication(prisma, input({ honeypot: "https://spam.example" }))).toEqual({ kind: "sent", applicationId: null });
    expect(await prisma.application.count()).toBe(before);
  });

  it("refuses a closed posting (410), a draft and a posting that takes applications elsewhere (404)", async () => {
    await prisma.posting.update({ where: { slug: EXTERNAL }, data: { applyMethod: "EXTERNAL_URL" } });
    expect(await submitApplication(prisma, input({ slug: EXTERNAL }))).toEqual({ kind: "not-found" });
    expect(await submitApplication(prisma, input({ slug: "no-such-role" }))).toEqual({ kind: "not-found" });
    await prisma.posting.update({ where: { slug: EXTERNAL }, data: { applyMethod: "ON_SITE", status: "DRAFT", firstPublishedAt: null } });
    expect(await submitApplication(prisma, input({ slug: EXTERNAL }))).toEqual({ kind: "not-found" });
    await prisma.posting.update({ where: { slug: EXTERNAL }, data: { status: "EXPIRED", firstPublishedAt: NOW } });
    expect(await submitApplication(prisma, input({ slug: EXTERNAL }))).toEqual({ kind: "closed" });
    await prisma.posting.update({ where: { slug: EXTERNAL }, data: { status: "PUBLISHED", validThrough: new Date(NOW.getTime() - 1000) } });
    expect(await submitApplication(prisma, input({ slug: EXTERNAL }))).toEqual({ kind: "closed" });
  });
});

describe("submission limit", () => {
  it(`refuses a fourth application from one email within a day (every spelling of it), and counts again after`, async () => {
    const email = "repeat@example.com";
    const spellings = ["repeat@example.com", " REPEAT@example.com", "Repeat@Example.com"];
    for (const [index, spelling] of spellings.entries()) {
      expect((await submitApplication(prisma, input({ values: values({ email: spelling }), ip: `198.51.100.${index + 1}` }))).kind).toBe("sent");
    }
    expect(MAX_PER_EMAIL_PER_DAY).toBe(3);
    expect(await submitApplication(prisma, input({ values: values({ email }), ip: "198.51.100.50" }))).toMatchObject({ kind: "invalid", errors: { form: "limited" } });
    const tomorrow = new Date(NOW.getTime() + DAY_MS + 1000);
    expect((await submitApplication(prisma, input({ values: values({ email }), ip: "198.51.100.51", now: tomorrow }))).kind).toBe("sent");
  });

  it("counts one client whatever X-Forwarded-For and X-Real-IP it sends (the same trust rules as sign-in)", async () => {
    // Served directly (TRUSTED_PROXY_COUNT=0, the socket's address appended last by the launcher): the client's own entries change nothing.
    const ipOf = (spoof: number) =>
      clientIp(new Headers({ "x-forwarded-for": `10.0.0.${spoof}, 203.0.113.77`, "x-real-ip": `10.1.1.${spoof}`, forwarded: `for=10.2.2.${spoof}` }), 0, true);
    expect(new Set([1, 2, 3].map(ipOf))).toEqual(new Set(["203.0.113.77"]));
    for (let index = 0; index < MAX_PER_IP_PER_HOUR; index++) {
      expect((await submitApplication(prisma, input({ ip: ipOf(index) }))).kind).toBe("sent");
    }
    const refused = await submitApplication(prisma, input({ ip: ipOf(99) }));
    expect(refused).toMatchObject({ kind: "invalid", errors: { form: "limited" } });
    expect(await prisma.auditEvent.count({ where: { action: "application.limited", ip: "203.0.113.77" } })).toBe(1);
    // Behind one proxy, only the entry that proxy appended counts.
    const behindProxy = clientIp(new Headers({ "x-forwarded-for": "10.9.9.9, 203.0.113.77, 127.0.0.1" }), 1, true);
    expect(behindProxy).toBe("203.0.113.77");
  });

  it("holds under concurrent submissions from one address", async () => {
    const ip = "203.0.113.200";
    const results = await Promise.all(Array.from({ length: MAX_PER_IP_PER_HOUR + 4 }, () => submitApplication(prisma, input({ ip }))));
    expect(results.filter((result) => result.kind === "sent")).toHaveLength(MAX_PER_IP_PER_HOUR);
    expect(await prisma.application.count({ where: { ip } })).toBe(MAX_PER_IP_PER_HOUR);
  });
});

async function submitted(overrides: Partial<SubmitApplicationInput> = {}): Promise<{ id: string; token: string }> {
  const result = await submitApplication(prisma, input(overrides));
  const id = (result as { applicationId: string }).applicationId;
  const mail = await prisma.mailMessage.findFirstOrThrow({ where: { applicationId: id, kind: "application.confirmation" } });
  const token = /\/delete\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1] ?? /\/supprimer\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)![1]!;
  return { id, token };
}

describe("deletion link", () => {
  it("deletes the CV and the personal data once, and says so; a second use does nothing", async () => {
    const { id, token } = await submitted();
    expect(await deletionState(prisma, token)).toBe("active");
    expect(await withdrawApplication(prisma, token, NOW)).toBe("deleted");
    expect(await withdrawApplication(prisma, token, NOW)).toBe("unknown");
    expect(await deletionState(prisma, token)).toBe("used");
    const row = await prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "", email: "", phone: null, coverLetter: null, linkUrl: null, answers: [], ip: null });
    expect(row.deletionUsedAt).not.toBeNull();
    expect(await prisma.applicationFile.count({ where: { applicationId: id } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { applicationId: id } })).toBe(0);
    expect(await findReachableApplicationId(prisma, users.admin, id)).toBeNull();
  });

  it("only one of two simultaneous uses deletes", async () => {
    const { token } = await submitted();
    const outcomes = await Promise.all([withdrawApplication(prisma, token, NOW), withdrawApplication(prisma, token, NOW)]);
    expect(outcomes.sort()).toEqual(["deleted", "unknown"]);
  });

  it("refuses a made-up or malformed token", async () => {
    expect(await withdrawApplication(prisma, "A".repeat(43), NOW)).toBe("unknown");
    expect(await withdrawApplication(prisma, "../../etc", NOW)).toBe("unknown");
    expect(await deletionState(prisma, "x")).toBe("unknown");
  });
});

describe("mail outbox", () => {
  it("records emails without a transport, retries a failing one with backoff, sends with a working one", async () => {
    const later = new Date(NOW.getTime() + 60_000);
    const { id } = await submitted({ now: later });
    const failing = { name: "smtp", send: async () => Promise.reject(new Error("connection refused")) };
    const first = await processMailOutbox(prisma, later, { transport: failing });
    expect(first.retrying).toBeGreaterThanOrEqual(1);
    const row = await prisma.mailMessage.findFirstOrThrow({ where: { applicationId: id, kind: "application.confirmation" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "connection refused" });
    expect(row.nextAttemptAt.getTime()).toBe(later.getTime() + 60_000);
    const sent: string[] = [];
    const working = { name: "smtp", send: async (mail: { to: string }) => void sent.push(mail.to) };
    await processMailOutbox(prisma, new Date(later.getTime() + 60_000), { transport: working });
    expect(await prisma.mailMessage.findFirstOrThrow({ where: { applicationId: id, kind: "application.confirmation" } })).toMatchObject({ status: "SENT", attempts: 2 });
    expect(sent.length).toBeGreaterThanOrEqual(1);
    await submitted({ now: later });
    const recorded = await processMailOutbox(prisma, new Date(later.getTime() + 120_000), { transport: null });
    expect(recorded.recorded).toBeGreaterThanOrEqual(1);
    expect(await prisma.mailMessage.count({ where: { status: "PENDING", nextAttemptAt: { lte: new Date(later.getTime() + 120_000) } } })).toBe(0);
  });
});

describe("access and status", () => {
  it("lets admins and recruiters reach every application, a hiring manager only those of assigned postings", async () => {
    const { id } = await submitted();
    expect(await findReachableApplicationId(prisma, users.recruiter, id)).toBe(id);
    expect(await findReachableApplicationId(prisma, users.manager, id)).toBeNull();
    expect(await prisma.application.count({ where: { ...reachableApplicationsWhere(users.manager) } })).toBe(0);
    const refused = await changeApplicationStatus(prisma, users.manager, { applicationId: id, status: "HIRED", note: "" }, null);
    expect(refused.ok).toBe(false);
    expect((await prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe("NEW");

    await prisma.postingAssignment.create({ data: { postingId, userId: users.manager.id } });
    expect(await findReachableApplicationId(prisma, users.manager, id)).toBe(id);
    const changed = await changeApplicationStatus(prisma, users.manager, { applicationId: id, status: "REVIEWED", note: "Strong profile" }, "192.0.2.9");
    expect(changed).toEqual({ ok: true, changed: true });
    expect(await prisma.applicationNote.findFirstOrThrow({ where: { applicationId: id } })).toMatchObject({
      authorId: users.manager.id,
      fromStatus: "NEW",
      toStatus: "REVIEWED",
      note: "Strong profile",
    });
    expect(await prisma.auditEvent.count({ where: { action: "application.status_change", entityId: id, actorId: users.manager.id } })).toBe(1);
    await prisma.postingAssignment.deleteMany({ where: { userId: users.manager.id } });
  });
});

describe("retention", () => {
  it("deletes applications past the retention period after their last change, once a day, with an audit row of counts", async () => {
    const start = new Date("2030-01-15T10:00:00Z");
    const { id: old } = await submitted({ now: start, ip: "198.18.0.1" });
    const { id: touched } = await submitted({ now: start, ip: "198.18.0.2" });
    // A status change a year later starts the period again for that one.
    await changeApplicationStatus(prisma, users.admin, { applicationId: touched, status: "REVIEWED", note: "" }, null, new Date("2031-01-15T10:00:00Z"));

    const before = await purgeExpiredApplications(prisma, new Date("2031-12-15T10:00:00Z"), { months: 24 });
    expect(before.ran).toBe(true);
    expect(await prisma.application.count({ where: { id: { in: [old, touched] } } })).toBe(2);
    // The same day again: skipped.
    expect((await purgeExpiredApplications(prisma, new Date("2031-12-15T20:00:00Z"), { months: 24 })).ran).toBe(false);

    const after = await purgeExpiredApplications(prisma, new Date("2032-01-16T10:00:00Z"), { months: 24 });
    expect(after.ran).toBe(true);
    expect(after.applications).toBeGreaterThanOrEqual(1);
    expect(await prisma.application.count({ where: { id: old } })).toBe(0);
    expect(await prisma.applicationFile.count({ where: { applicationId: old } })).toBe(0);
    expect(await prisma.application.count({ where: { id: touched } })).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "application.retention_purge", createdAt: new Date("2032-01-16T10:00:00Z") } });
    expect(audit.data).toMatchObject({ applications: after.applications, files: after.files, months: 24 });
  });
});

describe("personal data requests", () => {
  it("exports everything one address sent as JSON, then erases it all", async () => {
    const email = "gdpr.person@example.com";
    await submitted({ values: values({ email: "GDPR.Person@example.com" }), ip: "198.18.1.1" });
    await submitted({ values: values({ email }), ip: "198.18.1.2" });
    const exported = await exportPersonData(prisma, users.admin, " gdpr.person@EXAMPLE.com", null);
    expect(exported.applications).toHaveLength(2);
    expect(exported.applications[0]!.files[0]!.base64).toBe(Buffer.from(PDF).toString("base64"));
    expect(exported.emails).toHaveLength(2);
    const counts = await erasePersonData(prisma, users.admin, email, null);
    expect(counts).toEqual({ applications: 2, files: 2, emails: 4 }); // the two confirmations, and the two notifications that named them
    expect(await prisma.application.count({ where: { email } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { toAddress: email } })).toBe(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "application.person_erase" } });
    expect(JSON.stringify(audit.data)).not.toContain(email);
  });
});
