import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { insertPosting } from "@/lib/db/posting-writes";
import { repostForNextIntake, validatePosting } from "@/lib/postings";
import { MAX_PER_IP_PER_HOUR } from "@/lib/applications/limits";
import { accountantApprentice } from "@/prisma/seed-data/postings";
import { E2E_PORT } from "../e2e/support/constants";
import { withE2eDatabase } from "../e2e/support/e2e-database";
import { makeZip } from "../helpers/zip";

// The application form's route handler under attack (issue 15): files that are not what their name says,
// oversized bodies with and without a Content-Length, closed and draft postings, and forwarding headers that
// try to lift the submission limit. Nothing refused may be stored.

const PDF = readFileSync("tests/fixtures/applications/cv.pdf");
const run = randomBytes(3).toString("hex");
const OPEN = `apply-sec-open-${run}`;
const CLOSED = `apply-sec-closed-${run}`;
const DRAFT = `apply-sec-draft-${run}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const posting = (slug: string) => {
    const checked = validatePosting({ ...accountantApprentice, slug, apply: { method: "ON_SITE", url: null, email: null, questions: [] } }, { mode: "draft" });
    if (!checked.ok) throw new Error("fixture posting is invalid");
    return repostForNextIntake(checked.data, new Date());
  };
  await withE2eDatabase(async (prisma) => {
    const now = new Date();
    const actor = { id: null, email: "security-test" };
    // One transaction each: three in one can outlast the 5 s transaction timeout on a loaded machine.
    await prisma.$transaction((tx) =>
      insertPosting(tx, posting(OPEN), { status: "PUBLISHED", actor, action: "posting.publish", firstPublishedAt: now, publishedAt: now, lastPublicChangeAt: now }),
    );
    await prisma.$transaction((tx) =>
      insertPosting(tx, posting(CLOSED), { status: "EXPIRED", actor, action: "posting.expire", firstPublishedAt: now, publishedAt: now, closedAt: now, lastPublicChangeAt: now }),
    );
    await prisma.$transaction((tx) => insertPosting(tx, posting(DRAFT), { status: "DRAFT", actor, action: "posting.create" }));
  });
});

const count = (slug: string) => withE2eDatabase((prisma) => prisma.application.count({ where: { posting: { slug } } }));

function fields(email: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  return { name: "Mallory", email, consent: "yes", website: "", cv: file };
}

async function post(request: APIRequestContext, slug: string, multipart: ReturnType<typeof fields>, headers: Record<string, string> = {}) {
  return request.post(`/jobs/${slug}/apply/submit?locale=en`, { multipart, headers, maxRedirects: 0 });
}

test("a .pdf that is HTML, SVG or a ZIP is refused by its content, nothing stored", async ({ request }) => {
  const disguised = [
    Buffer.from("<!doctype html><html><script>alert(document.cookie)</script></html>"),
    Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    Buffer.from(makeZip({ "evil.html": "<script>alert(1)</script>" })),
  ];
  for (const [index, buffer] of disguised.entries()) {
    const response = await post(request, OPEN, fields(`disguised-${index}-${run}@example.com`, { name: "cv.pdf", mimeType: "application/pdf", buffer }), { "x-forwarded-for": `198.18.7.${index + 1}` });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/jobs/${OPEN}/apply/retry#errors`);
  }
  expect(await count(OPEN)).toBe(0);
});

/** A multipart POST sent chunked (no Content-Length): the status, or 0 when the server closed the connection early. */
function postChunked(path: string, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const boundary = "----apply-attack";
    const request = httpRequest(
      { host: "localhost", port: E2E_PORT, path, method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, "Transfer-Encoding": "chunked" } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? resolve(0) : reject(error)));
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
    const chunk = Buffer.alloc(64 * 1024, "x");
    for (let sent = 0; sent < bytes; sent += chunk.length) request.write(chunk);
    request.end(`\r\n--${boundary}--\r\n`);
  });
}

test("a 6 MB body is refused, with a Content-Length before it is read and without one while it is read", async ({ request }) => {
  const six = Buffer.alloc(6 * 1024 * 1024, 0x20);
  PDF.copy(six);
  const declared = await post(request, OPEN, fields(`big-${run}@example.com`, { name: "cv.pdf", mimeType: "application/pdf", buffer: six }));
  expect(declared.status()).toBe(303);
  expect(declared.headers().location).toBe(`/jobs/${OPEN}/apply/retry#errors`);
  expect([303, 0]).toContain(await postChunked(`/jobs/${OPEN}/apply/submit?locale=en`, 6 * 1024 * 1024));
  expect(await count(OPEN)).toBe(0);
  // Elsewhere the proxy's 1 MB limit still holds.
  expect((await request.post(`/jobs/${OPEN}`, { headers: { "Content-Type": "multipart/form-data; boundary=x" }, data: "x".repeat(2 * 1024 * 1024), maxRedirects: 0 })).status()).toBe(413);
});

test("a closed posting refuses applications with 410, a draft with 404; their forms too", async ({ request }) => {
  const pdf = { name: "cv.pdf", mimeType: "application/pdf", buffer: PDF };
  expect((await post(request, CLOSED, fields(`closed-${run}@example.com`, pdf))).status()).toBe(410);
  expect((await post(request, DRAFT, fields(`draft-${run}@example.com`, pdf))).status()).toBe(404);
  expect((await request.get(`/jobs/${CLOSED}/apply`, { maxRedirects: 0 })).status()).toBe(410);
  expect((await request.get(`/jobs/${DRAFT}/apply`, { maxRedirects: 0 })).status()).toBe(404);
  expect(await count(CLOSED)).toBe(0);
  expect(await count(DRAFT)).toBe(0);
});

test("rotating X-Forwarded-For entries and X-Real-IP does not lift the per-client limit", async ({ request }) => {
  // The e2e server trusts one proxy (TRUSTED_PROXY_COUNT=1): the client is the entry that proxy appended,
  // whatever the client wrote before it.
  const proxyAppended = `198.18.9.${randomBytes(1)[0]}`;
  const pdf = { name: "cv.pdf", mimeType: "application/pdf", buffer: PDF };
  for (let index = 0; index <= MAX_PER_IP_PER_HOUR; index++) {
    const response = await post(request, OPEN, fields(`rotating-${index}-${run}@example.com`, pdf), {
      "x-forwarded-for": `10.${index}.0.1, ${proxyAppended}`,
      "x-real-ip": `10.${index}.0.2`,
      forwarded: `for=10.${index}.0.3`,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(index < MAX_PER_IP_PER_HOUR ? `/jobs/${OPEN}/apply/thanks` : `/jobs/${OPEN}/apply/retry#errors`);
  }
  expect(await count(OPEN)).toBe(MAX_PER_IP_PER_HOUR);
});
