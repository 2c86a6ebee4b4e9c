import type { Metadata } from "next";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { applicationsText } from "@/lib/i18n/admin-applications";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: applicationsText(await getAdminLocale()).emails.title };
}

// The mail outbox (lib/mail): what was sent, or — without SMTP_URL — what would have been.
export default async function EmailsPage() {
  await requireUser(rolesFor("mail.view"));
  const [rows, counts, locale] = await Promise.all([
    db.mailMessage.findMany({ orderBy: { createdAt: "desc" }, take: 100 }),
    db.mailMessage.groupBy({ by: ["status"], _count: true }),
    getAdminLocale(),
  ]);
  const t = applicationsText(locale).emails;
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">{t.title}</h1>
        <p className="text-muted">
          {process.env.SMTP_URL
            ? t.smtp
            : t.noSmtp}
        </p>
      </div>
      <p className="text-sm font-bold" role="status">
        {counts.map((count) => `${count._count} ${t.statuses[count.status]}`).join(" · ") || t.none}
      </p>
      <ul className="flex flex-col gap-4">
        {rows.map((row) => (
          <li key={row.id} className="rounded-xl border-2 border-line p-4">
            <p className="text-sm text-muted">
              {formatParisTime(row.createdAt, locale)} · {t.statuses[row.status]} · {t.attempts(row.attempts)}
              {row.lastError ? ` · ${row.lastError}` : ""}
            </p>
            <p className="mt-1 font-bold break-all">{t.to(row.toAddress)}</p>
            <p className="font-bold">{row.subject}</p>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-bold underline underline-offset-4">{t.show}</summary>
              <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">{row.textBody}</pre>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
