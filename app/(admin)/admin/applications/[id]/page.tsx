import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusForm } from "@/components/admin/applications/status-form";
import { findReachableApplicationId } from "@/lib/applications/application-access";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { applicationsText } from "@/lib/i18n/admin-applications";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: applicationsText(await getAdminLocale()).application.metaTitle };
}

type Answer = { question: string; answer: string };

function answersOf(value: unknown): Answer[] {
  return Array.isArray(value) ? value.filter((item): item is Answer => typeof item?.question === "string" && typeof item?.answer === "string") : [];
}

// One application: what the candidate sent (as text only), the CV, the history, and the status form.
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(rolesFor("application.view"));
  const id = await findReachableApplicationId(db, user, (await params).id);
  if (!id) notFound();
  const application = await db.application.findUniqueOrThrow({
    where: { id },
    include: {
      posting: { select: { id: true, title: true } },
      files: { select: { filename: true, size: true } },
      notes: { orderBy: { createdAt: "desc" } },
    },
  });
  const locale = await getAdminLocale();
  const { application: t, statuses } = applicationsText(locale);
  const linkIsWeb = application.linkUrl !== null && /^https?:\/\//i.test(application.linkUrl);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8 px-6 py-10">
      <p className="text-sm">
        <Link href={`/admin/postings/${application.posting.id}/applications`} className="font-bold underline underline-offset-4">
          ← {t.back(application.posting.title)}
        </Link>
      </p>
      <div>
        <h1 className="text-4xl font-black tracking-tight">{application.name}</h1>
        <p className="mt-1 text-muted">
          {t.summary(statuses[application.status], formatParisTime(application.createdAt, locale), t.formLanguage[application.locale === "fr" ? "fr" : "en"])}
        </p>
      </div>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{t.email}</dt>
        <dd className="break-all">{application.email}</dd>
        <dt className="font-bold">{t.phone}</dt>
        <dd>{application.phone ?? "—"}</dd>
        <dt className="font-bold">{t.link}</dt>
        <dd className="break-all">
          {application.linkUrl && linkIsWeb ? (
            <a href={application.linkUrl} rel="noopener noreferrer nofollow" target="_blank" className="underline underline-offset-4">
              {application.linkUrl}
            </a>
          ) : (
            "—"
          )}
        </dd>
        <dt className="font-bold">{t.cv}</dt>
        <dd>
          {application.files.length ? (
            <a href={`/admin/applications/${application.id}/cv`} className="font-bold underline underline-offset-4" download>
              {t.downloadCv(application.files[0]!.filename, Math.ceil(application.files[0]!.size / 1024))}
            </a>
          ) : (
            "—"
          )}
        </dd>
      </dl>
      {application.coverLetter ? (
        <section>
          <h2 className="text-xl font-black">{t.coverLetter}</h2>
          <p className="mt-2 whitespace-pre-wrap break-words">{application.coverLetter}</p>
        </section>
      ) : null}
      {answersOf(application.answers).map((item, index) => (
        <section key={index}>
          <h2 className="text-xl font-black">{item.question}</h2>
          <p className="mt-2 whitespace-pre-wrap break-words">{item.answer}</p>
        </section>
      ))}
      <StatusForm applicationId={application.id} status={application.status} locale={locale} />
      <section>
        <h2 className="text-xl font-black">{t.history}</h2>
        {application.notes.length ? (
          <ol className="mt-2 flex flex-col gap-3">
            {application.notes.map((note) => (
              <li key={note.id} className="border-l-4 border-line pl-3">
                <p className="text-sm text-muted">
                  {formatParisTime(note.createdAt, locale)} · {note.authorName ?? t.formerUser}
                  {note.fromStatus && note.toStatus ? ` · ${statuses[note.fromStatus]} → ${statuses[note.toStatus]}` : ""}
                </p>
                {note.note ? <p className="whitespace-pre-wrap break-words">{note.note}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-muted">{t.noHistory}</p>
        )}
      </section>
    </div>
  );
}
