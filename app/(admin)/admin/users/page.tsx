import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/auth/create-user-form";
import { UserRowActions } from "@/components/admin/auth/user-row-actions";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";
import { placesText } from "@/lib/i18n/admin-places";
import { listUsers } from "@/lib/auth/user-queries";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.users.title };
}

export default async function UsersPage() {
  const me = await requireUser(rolesFor("user.list"));
  const [users, { locale, t }] = await Promise.all([listUsers(), getAdminText()]);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-12 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">{t.users.title}</h1>
        <p className="text-muted">{t.users.intro}</p>
      </div>

      <section aria-labelledby="role-descriptions" className="flex flex-col gap-2">
        <h2 id="role-descriptions" className="text-2xl font-black">
          {placesText(locale).roles.heading}
        </h2>
        <ul className="flex flex-col gap-1" data-testid="role-descriptions">
          {ROLES.map((role) => (
            <li key={role}>{placesText(locale).roles[role]}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="users-list" className="flex flex-col gap-4">
        <h2 id="users-list" className="text-2xl font-black">
          {t.users.count(users.length)}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-3 pr-4">{t.users.columns.person}</th>
                <th scope="col" className="py-3 pr-4">{t.users.columns.role}</th>
                <th scope="col" className="py-3 pr-4">{t.users.columns.status}</th>
                <th scope="col" className="py-3 pr-4">{t.users.columns.lastSignIn}</th>
                <th scope="col" className="py-3 pr-4">{t.users.columns.sessions}</th>
                <th scope="col" className="py-3">{t.users.columns.manage}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-line align-top" data-testid={`user-row-${user.email}`}>
                  <td className="py-4 pr-4">
                    <div className="font-bold">{user.name}</div>
                    <div className="text-muted">{user.email}</div>
                  </td>
                  <td className="py-4 pr-4">{t.roles[user.role]}</td>
                  <td className="py-4 pr-4">{user.disabled ? <strong>{t.users.disabled}</strong> : t.users.active}</td>
                  <td className="py-4 pr-4 whitespace-nowrap">{user.lastSignInAt ? formatParisTime(user.lastSignInAt, locale) : t.common.never}</td>
                  <td className="py-4 pr-4">{user.activeSessions}</td>
                  <td className="py-4">
                    <UserRowActions user={user} isSelf={user.id === me.id} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="create-user" className="flex max-w-2xl flex-col gap-4">
        <h2 id="create-user" className="text-2xl font-black">
          {t.users.create}
        </h2>
        <CreateUserForm locale={locale} />
      </section>
    </div>
  );
}
