import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/auth/change-password-form";
import { OwnSessionControls } from "@/components/admin/auth/session-controls";
import { formatUtc } from "@/lib/auth/format-utc";
import { requireUser } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { readSessionClaims } from "@/lib/auth/session-token";
import { listActiveSessions } from "@/lib/auth/sessions";
import { describeUserAgent } from "@/lib/auth/user-agent";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const user = await requireUser();
  const [claims, sessions] = await Promise.all([readSessionClaims(), listActiveSessions(user.id)]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-10 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">My account</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-bold">Name</dt>
          <dd>{user.name}</dd>
          <dt className="font-bold">Email</dt>
          <dd>{user.email}</dd>
          <dt className="font-bold">Role</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
        </dl>
      </div>
      <section aria-labelledby="sessions" className="flex flex-col gap-4">
        <h2 id="sessions" className="text-2xl font-black">
          Where you are signed in
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">Browser</th>
                <th scope="col" className="py-2 pr-4">Address</th>
                <th scope="col" className="py-2 pr-4">Signed in</th>
                <th scope="col" className="py-2">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-b border-line align-top" data-testid="session-row">
                  <td className="py-2 pr-4">
                    {describeUserAgent(session.userAgent)}
                    {session.id === claims?.sessionId ? <strong> (this browser)</strong> : null}
                  </td>
                  <td className="py-2 pr-4">{session.ip ?? "Unknown"}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatUtc(session.createdAt)}</td>
                  <td className="py-2 whitespace-nowrap">{formatUtc(session.lastSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm text-muted">Signing out elsewhere ends those sessions at once, even if someone copied their cookie.</p>
        <OwnSessionControls />
      </section>
      <section aria-labelledby="change-password" className="flex flex-col gap-4">
        <h2 id="change-password" className="text-2xl font-black">
          Change password
        </h2>
        <p className="text-sm text-muted">Changing it signs you out everywhere else.</p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
