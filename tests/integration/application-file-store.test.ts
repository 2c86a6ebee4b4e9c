import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ApplicationValues } from "@/lib/applications/application-schema";
import { cvDownloadResponse, findCvFile } from "@/lib/applications/cv-download";
import { readAll, type CvStore } from "@/lib/applications/file-store/cv-store";
import { postgresCvStore } from "@/lib/applications/file-store/postgres-cv-store";
import { createS3Client, S3CvStore } from "@/lib/applications/file-store/s3-cv-store";
import { readS3Settings } from "@/lib/applications/file-store/s3-settings";
import { sweepOrphanCvObjects } from "@/lib/applications/file-store/sweep-orphan-cv-objects";
import { erasePersonData, exportPersonData } from "@/lib/applications/person-data";
import { purgeExpiredApplications } from "@/lib/applications/purge-expired-applications";
import { submitApplication, type SubmitApplicationInput } from "@/lib/applications/submit-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { createPrismaClient } from "@/lib/db/create-client";
import { useFreshDatabase as freshDatabase } from "../helpers/database";
import { objectKeys, startS3Server } from "../helpers/s3-server";
import { seedCms, type CmsUsers } from "./cms-fixtures";

// Where CVs are kept (lib/applications/file-store): in PostgreSQL (the default) or in an S3-compatible bucket,
// here a real s3rver. Every write, read and deletion path on both, the transaction failing after the upload,
// the daily sweep of objects no row names, and an application read back by a new instance.
vi.mock("server-only", () => ({}));

process.env.SITE_URL = "https://careers.example";
const { prisma, url } = await freshDatabase();
const s3 = await startS3Server();
const NOW = new Date();
const PDF = new Uint8Array(readFileSync("tests/fixtures/applications/cv.pdf"));
const ON_SITE = "people-ops-payroll-apprentice";
let users: CmsUsers;
let counter = 0;

beforeAll(async () => {
  users = await seedCms(prisma, NOW);
  await prisma.posting.update({ where: { slug: ON_SITE }, data: { applyMethod: "ON_SITE", applicationQuestions: [] } });
});

function values(overrides: Partial<ApplicationValues> = {}): ApplicationValues {
  counter += 1;
  return { name: "Sam Store", email: `sam.${counter}@example.com`, phone: "", coverLetter: "", linkUrl: "", answers: [], consent: true, ...overrides };
}

function input(overrides: Partial<SubmitApplicationInput> = {}): SubmitApplicationInput {
  counter += 1;
  return { slug: ON_SITE, locale: "en", values: values(), file: { name: "cv.pdf", bytes: PDF }, honeypot: "", ip: `198.51.100.${counter % 250}`, now: NOW, ...overrides };
}

async function submit(store: CvStore, overrides: Partial<SubmitApplicationInput> = {}): Promise<string> {
  const result = await submitApplication(prisma, input(overrides), { store });
  expect(result.kind).toBe("sent");
  return (result as { applicationId: string }).applicationId;
}

async function tokenOf(applicationId: string): Promise<string> {
  const mail = await prisma.mailMessage.findFirstOrThrow({ where: { applicationId } });
  return /\/delete\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)![1]!;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("S3 settings", () => {
  it("are off without S3_BUCKET, path-style with an endpoint, and refuse half a configuration", () => {
    expect(readS3Settings({})).toBeNull();
    expect(readS3Settings({ S3_BUCKET: "cvs" })).toEqual({ bucket: "cvs", region: "us-east-1", endpoint: null, credentials: null, prefix: "cvs/" });
    expect(readS3Settings({ S3_BUCKET: "b", S3_PREFIX: "/careers/cv", S3_REGION: "eu-west-3" })).toMatchObject({ prefix: "careers/cv/", region: "eu-west-3" });
    expect(readS3Settings({ S3_BUCKET: "b", S3_PREFIX: "" })?.prefix).toBe("");
    expect(() => readS3Settings({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "key" })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => readS3Settings({ S3_ENDPOINT: "http://minio:9000" })).toThrow(/without S3_BUCKET/);
    expect(() => readS3Settings({ S3_BUCKET: "b", S3_ENDPOINT: "minio:9000" })).toThrow(/http\(s\) URL/);
  });
});

describe("CVs in S3", () => {
  it("uploads the object, the row names it (no bytes in PostgreSQL), and the download streams the same bytes", async () => {
    const store = s3.store("submit/");
    const id = await submit(store);
    const file = await prisma.applicationFile.findFirstOrThrow({ where: { applicationId: id } });
    expect(file).toMatchObject({ storage: "s3", content: null, size: PDF.byteLength, sha256: sha256(PDF) });
    expect(file.objectKey).toMatch(/^submit\/[0-9a-f-]{36}$/);
    expect(await objectKeys(store)).toEqual([file.objectKey]);

    const response = await cvDownloadResponse(prisma, store, (await findCvFile(prisma, id))!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-length")).toBe(String(PDF.byteLength));
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(PDF));
  });

  it("still reads the CVs written to PostgreSQL before the switch to S3", async () => {
    const id = await submit(postgresCvStore);
    const response = await cvDownloadResponse(prisma, s3.store("switch/"), (await findCvFile(prisma, id))!);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(PDF));
  });

  it("answers 502 (not a broken 200) when the object is missing from the bucket", async () => {
    const store = s3.store("missing/");
    const id = await submit(store);
    const file = (await findCvFile(prisma, id))!;
    await store.deleteObjects([file.objectKey!]);
    const response = await cvDownloadResponse(prisma, store, file);
    expect(response.status).toBe(502);
  });

  it("leaves neither a row nor an object when the transaction fails after the upload", async () => {
    const store = s3.store("tx-fail/");
    const email = "tx.fail@example.com";
    await prisma.$executeRawUnsafe(`ALTER TABLE audit_events ADD CONSTRAINT test_no_application_submit CHECK (action <> 'application.submit') NOT VALID`);
    try {
      await expect(submitApplication(prisma, input({ values: values({ email }) }), { store })).rejects.toThrow();
    } finally {
      await prisma.$executeRawUnsafe(`ALTER TABLE audit_events DROP CONSTRAINT test_no_application_submit`);
    }
    expect(await prisma.application.count({ where: { email } })).toBe(0);
    expect(await objectKeys(store)).toEqual([]);
  });

  it("leaves neither when the COMMIT itself fails (a deferred constraint), and deletes the object only once no row names it", async () => {
    const store = s3.store("commit-fail/");
    const email = "commit.fail@example.com";
    await prisma.$executeRawUnsafe(`CREATE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
    await prisma.$executeRawUnsafe(
      `CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON application_files DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit()`,
    );
    try {
      await expect(submitApplication(prisma, input({ values: values({ email }) }), { store })).rejects.toThrow(/refused at commit/);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER test_fail_at_commit ON application_files`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION test_fail_at_commit()`);
    }
    expect(await prisma.application.count({ where: { email } })).toBe(0);
    expect(await objectKeys(store)).toEqual([]);
  });

  it("deletes the object of a submission the limit refuses", async () => {
    const store = s3.store("limited/");
    const email = "limited.s3@example.com";
    for (let index = 0; index < 3; index++) await submit(store, { values: values({ email }) });
    const refused = await submitApplication(prisma, input({ values: values({ email }) }), { store });
    expect(refused).toMatchObject({ kind: "invalid", errors: { form: "limited" } });
    const rows = await prisma.applicationFile.findMany({ where: { application: { email } }, select: { objectKey: true } });
    expect(await objectKeys(store)).toEqual(rows.map((row) => row.objectKey).sort());
  });

  it("deletes the object with the candidate's deletion link, and the export reads it before", async () => {
    const store = s3.store("withdraw/");
    const id = await submit(store);
    const keep = await submit(store);
    const keptKey = (await prisma.applicationFile.findFirstOrThrow({ where: { applicationId: keep } })).objectKey;
    expect(await withdrawApplication(prisma, await tokenOf(id), NOW, { store })).toBe("deleted");
    expect(await prisma.applicationFile.count({ where: { applicationId: id } })).toBe(0);
    expect(await objectKeys(store)).toEqual([keptKey]);
  });

  it("exports the bytes from the bucket, then erases a person's objects with their rows", async () => {
    const store = s3.store("erase/");
    const email = "erase.s3@example.com";
    await submit(store, { values: values({ email }) });
    await submit(postgresCvStore, { values: values({ email }) });
    const other = await submit(store);
    const otherKey = (await prisma.applicationFile.findFirstOrThrow({ where: { applicationId: other } })).objectKey;
    const exported = await exportPersonData(prisma, users.admin, email, null, NOW, { store });
    expect(exported.applications.map((row) => row.files[0]!.base64)).toEqual([Buffer.from(PDF).toString("base64"), Buffer.from(PDF).toString("base64")]);
    expect(await erasePersonData(prisma, users.admin, email, null, NOW, { store })).toEqual({ applications: 2, files: 2, emails: 4 }) // confirmations and notifications;
    expect(await objectKeys(store)).toEqual([otherKey]);
  });

  it("the retention purge deletes expired applications' objects, then the sweep deletes orphans older than an hour and keeps the rest", async () => {
    const store = s3.store("retention/");
    const old = await submit(store, { now: new Date("2030-01-15T10:00:00Z"), ip: "198.18.3.1" });
    const oldKey = (await prisma.applicationFile.findFirstOrThrow({ where: { applicationId: old } })).objectKey!;
    const recent = await submit(store, { now: new Date("2032-01-10T10:00:00Z"), ip: "198.18.3.2" });
    const recentKey = (await prisma.applicationFile.findFirstOrThrow({ where: { applicationId: recent } })).objectKey!;
    // An object no row names: what a process stopped between upload and commit leaves behind.
    const orphan = (await store.put(PDF, "application/pdf")).objectKey!;
    expect(await objectKeys(store)).toEqual([oldKey, recentKey, orphan].sort());

    // The sweep alone, at the objects' own time: everything is younger than an hour, nothing goes.
    expect(await sweepOrphanCvObjects(prisma, store, new Date())).toEqual({ listed: 3, deleted: 0 });
    expect(await sweepOrphanCvObjects(prisma, postgresCvStore, new Date())).toEqual({ listed: 0, deleted: 0 });

    // The daily job two hours later (by its clock, 2032): the expired application's object, then the orphan.
    const later = new Date(Math.max(Date.now() + 2 * 3600_000, new Date("2032-02-01T10:00:00Z").getTime()));
    const summary = await purgeExpiredApplications(prisma, later, { months: 24, store });
    // (Every other test's applications are as old by then: the purge takes them too, with their objects.)
    expect(summary.ran).toBe(true);
    expect(await prisma.application.count({ where: { id: old } })).toBe(0);
    expect(await prisma.application.count({ where: { id: recent } })).toBe(1);
    expect(await objectKeys(store)).toEqual([recentKey]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "application.cv_sweep", createdAt: later } });
    const data = audit.data as { objects: number; objectsDeleted: number };
    expect(data.objectsDeleted).toBe(data.objects);
    expect(data.objects).toBeGreaterThanOrEqual(1);
    // The sweep listed what the purge left under this prefix (the recent object and the orphan) and deleted the orphan.
    expect(audit.data).toMatchObject({ listed: 2, deleted: 1, error: null });
  });
});

describe("an unreachable bucket", () => {
  const down = () => new S3CvStore(createS3Client({ ...s3.settings("down/"), endpoint: "http://127.0.0.1:9" }), s3.settings("down/"));

  it("refuses the submission before anything is written", async () => {
    const email = "bucket.down@example.com";
    await expect(submitApplication(prisma, input({ values: values({ email }) }), { store: down() })).rejects.toThrow();
    expect(await prisma.application.count({ where: { email } })).toBe(0);
  });

  it("does not stop the daily job: the purge commits, the sweep's failure is in its audit row", async () => {
    const day = new Date("2032-03-01T10:00:00Z");
    const summary = await purgeExpiredApplications(prisma, day, { months: 24, store: down() });
    expect(summary.ran).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "application.cv_sweep", createdAt: day } });
    expect(audit.data).toMatchObject({ listed: 0, deleted: 0 });
    expect((audit.data as { error: string | null }).error).toBeTruthy();
  });
});

describe("CVs in PostgreSQL (the default)", () => {
  it("keeps the bytes in the row, streams them back, and deletes them with the row", async () => {
    const id = await submit(postgresCvStore);
    const file = await prisma.applicationFile.findFirstOrThrow({ where: { applicationId: id } });
    expect(file).toMatchObject({ storage: "postgres", objectKey: null });
    const response = await cvDownloadResponse(prisma, postgresCvStore, (await findCvFile(prisma, id))!);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(PDF));
    expect(await withdrawApplication(prisma, await tokenOf(id), NOW, { store: postgresCvStore })).toBe("deleted");
    expect(await prisma.applicationFile.count({ where: { applicationId: id } })).toBe(0);
  });

  it("refuses a row that names no place for its bytes, or two (the CHECK)", async () => {
    const id = await submit(postgresCvStore);
    const base = { applicationId: id, filename: "x.pdf", contentType: "application/pdf", size: 1, sha256: "0".repeat(64) };
    await expect(prisma.applicationFile.create({ data: { ...base, storage: "postgres" } })).rejects.toThrow();
    await expect(prisma.applicationFile.create({ data: { ...base, storage: "s3", objectKey: "k", content: new Uint8Array([1]) } })).rejects.toThrow();
    await expect(prisma.applicationFile.create({ data: { ...base, storage: "elsewhere", objectKey: "k" } })).rejects.toThrow();
  });
});

describe("an instance restart", () => {
  it("loses no application: a new client (new pool, new S3 client) reads every one back, byte for byte", async () => {
    const first = createPrismaClient(url);
    const bytes = new Uint8Array(PDF);
    const ids: string[] = [];
    for (const store of [postgresCvStore, s3.store("restart/")]) {
      const result = await submitApplication(first, input(), { store });
      ids.push((result as { applicationId: string }).applicationId);
    }
    await first.$disconnect();

    const second = createPrismaClient(url);
    try {
      for (const [index, store] of [postgresCvStore, s3.store("restart/")].entries()) {
        const application = await second.application.findUniqueOrThrow({ where: { id: ids[index]! } });
        expect(application).toMatchObject({ name: "Sam Store", status: "NEW" });
        const file = (await findCvFile(second, ids[index]!))!;
        const stored = await readAll(await store.open(second, file));
        expect(sha256(stored)).toBe(sha256(bytes));
        expect(file.size).toBe(bytes.byteLength);
      }
    } finally {
      await second.$disconnect();
    }
  });
});

describe("the store from the environment", () => {
  it("is S3 when S3_BUCKET is set (a fresh process: the modules loaded anew), PostgreSQL otherwise", async () => {
    const names = [...Object.keys(s3.env), "S3_PREFIX"];
    vi.resetModules();
    const { configuredCvStore: unset } = await import("@/lib/applications/file-store/configured-cv-store");
    expect((await unset()).kind).toBe("postgres");
    vi.resetModules();
    Object.assign(process.env, s3.env, { S3_PREFIX: "from-env/" });
    try {
      const { submitApplication: submitFresh } = await import("@/lib/applications/submit-application");
      const result = await submitFresh(prisma, input());
      const id = (result as { applicationId: string }).applicationId;
      const file = await prisma.applicationFile.findFirstOrThrow({ where: { applicationId: id } });
      expect(file).toMatchObject({ storage: "s3", content: null });
      expect(await objectKeys(s3.store("from-env/"))).toEqual([file.objectKey]);
    } finally {
      for (const name of names) delete process.env[name];
      vi.resetModules();
    }
  });
});
