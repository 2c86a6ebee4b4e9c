import { after } from "next/server";
import { MAX_APPLICATION_QUESTIONS } from "@/lib/postings";
import { valuesOf, type ApplicationValues } from "@/lib/applications/application-schema";
import { applyFormPath, applyRetryPath, applyThanksPath } from "@/lib/applications/apply-paths";
import { DRAFT_COOKIE, deleteDraft, saveDraft, type DraftState } from "@/lib/applications/application-drafts";
import { APPLICATION_MAX_BODY_BYTES } from "@/lib/applications/limits";
import { readBoundedBody } from "@/lib/applications/read-bounded-body";
import { submitApplication, type SubmittedFile } from "@/lib/applications/submit-application";
import { clientIp } from "@/lib/auth/client-ip";
import { db } from "@/lib/db/client";
import { applyWords } from "@/lib/i18n/apply";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { processMailOutbox } from "@/lib/mail/process-mail-outbox";
import { isSlug } from "@/lib/public/argument-guards";

// The application form's plain multipart POST (it works without JavaScript). proxy.ts lets this path through
// with its own limit: APPLICATION_MAX_BODY_BYTES, checked here on the declared Content-Length before reading
// anything and while reading. Answers are redirects (303): to the confirmation page, or back to the form,
// which shows the errors and what was typed (lib/applications/application-drafts.ts).

const EMPTY_VALUES: ApplicationValues = { name: "", email: "", phone: "", coverLetter: "", linkUrl: "", answers: [], consent: false };

function cookieOf(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

function redirect(request: Request, path: string, cookie?: string): Response {
  const headers = new Headers({ Location: path, "Cache-Control": "no-store" });
  if (cookie !== undefined) {
    const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
    headers.append("Set-Cookie", cookie ? `${DRAFT_COOKIE}=${cookie}; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600${secure}` : `${DRAFT_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`);
  }
  return new Response(null, { status: 303, headers });
}

function refusal(status: 404 | 410): Response {
  const text = status === 410 ? "This role is closed: it no longer takes applications." : "Not found";
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function unavailablePage(slug: string, locale: Locale): Response {
  const words = applyWords(locale).unavailablePage;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${words.title}</title>
<style>body{margin:0;font-family:system-ui,sans-serif;color:#0e0e0e}main{max-width:42rem;margin:0 auto;padding:4rem 1.5rem}
h1{font-size:2rem;margin:0 0 1rem}a{color:#0e0e0e;font-weight:700}</style></head>
<body><main id="main"><h1>${words.title}</h1><p role="alert">${words.body}</p>
<p><a href="${applyFormPath(slug, locale)}">${words.back}</a></p></main></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "120" } });
}

async function backToForm(request: Request, slug: string, locale: Locale, state: DraftState, postingId?: string): Promise<Response> {
  const id = postingId ?? (await db.posting.findUnique({ where: { slug }, select: { id: true } }))?.id;
  if (!id) return refusal(404);
  const token = await saveDraft(db, id, state, new Date());
  return redirect(request, `${applyRetryPath(slug, locale)}#errors`, token);
}

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isSlug(slug)) return refusal(404);
  const queryLocale = new URL(request.url).searchParams.get("locale");
  const locale: Locale = isLocale(queryLocale) ? queryLocale : "en";

  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= APPLICATION_MAX_BODY_BYTES)) {
    return backToForm(request, slug, locale, { values: EMPTY_VALUES, errors: { form: "tooLarge" } });
  }
  const body = await readBoundedBody(request.body, APPLICATION_MAX_BODY_BYTES);
  if (body === null) return backToForm(request, slug, locale, { values: EMPTY_VALUES, errors: { form: "tooLarge" } });

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return backToForm(request, slug, locale, { values: EMPTY_VALUES, errors: { form: "unreadable" } });
  }
  const values = valuesOf(form, MAX_APPLICATION_QUESTIONS);
  const cv = form.get("cv");
  const file: SubmittedFile | null = cv instanceof Blob && cv.size > 0 ? { name: cv instanceof File ? cv.name : "cv", bytes: new Uint8Array(await cv.arrayBuffer()) } : null;
  const honeypot = form.get("website");

  let result: Awaited<ReturnType<typeof submitApplication>>;
  try {
    result = await submitApplication(db, {
      slug,
      locale,
      values,
      file,
      honeypot: typeof honeypot === "string" ? honeypot : "",
      ip: clientIp(request.headers),
      now: new Date(),
    });
  } catch (error) {
    // The database or the CV store failed: nothing was kept (submitApplication writes in one transaction and
    // removes an uploaded object it could not record). Back to the form with what was typed when the draft can
    // be stored; when even that fails, a page that says so, never a bare 500.
    console.error("[careers] application not recorded:", error);
    try {
      return await backToForm(request, slug, locale, { values, errors: { form: "unavailable" } });
    } catch {
      return unavailablePage(slug, locale);
    }
  }
  if (result.kind === "not-found") return refusal(404);
  if (result.kind === "closed") return refusal(410);
  if (result.kind === "invalid") return backToForm(request, slug, locale, { values, errors: result.errors }, result.postingId);

  await deleteDraft(db, cookieOf(request, DRAFT_COOKIE));
  // The confirmation email was queued with the application; send it now, after the response (never inside
  // the transaction). The minute tick retries whatever this misses.
  after(() => processMailOutbox(db, new Date()).catch((error: unknown) => console.error("[careers] mail outbox:", error)));
  return redirect(request, applyThanksPath(slug, locale), "");
}
