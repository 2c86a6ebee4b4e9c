import { cookies } from "next/headers";
import { DRAFT_COOKIE, readDraft } from "@/lib/applications/application-drafts";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { ApplyPage } from "./apply-page";

/** The form after a refused submission: its errors and what was typed, found by the browser's cookie. */
export async function ApplyRetryPage({ slug, locale }: { slug: string; locale: Locale }) {
  const posting = await db.posting.findUnique({ where: { slug }, select: { id: true } });
  const draft = posting ? await readDraft(db, (await cookies()).get(DRAFT_COOKIE)?.value, posting.id, new Date()) : null;
  return <ApplyPage slug={slug} locale={locale} draft={draft} />;
}
