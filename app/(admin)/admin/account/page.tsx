import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/auth/change-password-form";
import { OwnSessionControls } from "@/components/admin/auth/session-controls";
import { requireUser } from "@/lib/auth/guard";
import { readSessionClaims } from "@/lib/auth/session-token";
import { listActiveSessions } from "@/lib/auth/sessions";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.account.title };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [claims, sessions, { locale, t }] = await Promise.all([readSessionClaims(), listActiveSessions(user.id), getAdminText()]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-10 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">{t.account.title}</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-bold">{t.account.name}</dt>
          <dd>{user.name}</dd>
          <dt className="font-bold">{t.account.email}</dt>
          <dd>{user.email}</dd>
          <dt className="font-bold">{t.account.role}</dt>
          <dd>{t.roles[user.role]}</dd>
        </dl>
      </div>
      <section aria-labelledby="sessions" className="flex flex-col gap-4">
        <h2 id="sessions" className="text-2xl font-black">
          {t.account.sessions}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">{t.account.columns.browser}</th>
                <th scope="col" className="py-2 pr-4">{t.account.columns.address}</th>
                <th scope="col" className="py-2 pr-4">{t.account.columns.signedIn}</th>
                <th scope="col" className="py-2">{t.account.columns.lastSeen}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-b border-line align-top" data-testid="session-row">
                  <td className="py-2 pr-4">
                    {describeUserAgent(session.userAgent)}
                    {session.id === claims?.sessionId ? <strong>{t.account.thisBrowser}</strong> : null}
                  </td>
                  <td className="py-2 pr-4">{session.ip ?? t.common.unknown}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatParisTime(session.createdAt, locale)}</td>
                  <td className="py-2 whitespace-nowrap">{formatParisTime(session.lastSeenAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm text-muted">{t.account.sessionsHint}</p>
        <OwnSessionControls locale={locale} />
      </section>
      <section aria-labelledby="change-password" className="flex flex-col gap-4">
        <h2 id="change-password" className="text-2xl font-black">
          {t.account.changePassword}
        </h2>
        <p className="text-sm text-muted">{t.account.changeHint}</p>
        <ChangePasswordForm locale={locale} />
      </section>
    </div>
  );
}
