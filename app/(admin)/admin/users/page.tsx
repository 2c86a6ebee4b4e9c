import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/auth/create-user-form";
import { UserRowActions } from "@/components/admin/auth/user-row-actions";
import { formatUtc } from "@/lib/auth/format-utc";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { listUsers } from "@/lib/auth/user-queries";
import { placesText } from "@/lib/i18n/admin-places";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireUser(rolesFor("user.list"));
  const users = await listUsers();
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-12 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">Users</h1>
        <p className="text-muted">Who can sign in to the careers admin, and what they may do.</p>
      </div>

      <section aria-labelledby="role-descriptions" className="flex flex-col gap-2">
        <h2 id="role-descriptions" className="text-2xl font-black">
          {placesText(DEFAULT_LOCALE).roles.heading}
        </h2>
        <ul className="flex flex-col gap-1" data-testid="role-descriptions">
          {ROLES.map((role) => (
            <li key={role}>{placesText(DEFAULT_LOCALE).roles[role]}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="users-list" className="flex flex-col gap-4">
        <h2 id="users-list" className="text-2xl font-black">
          {users.length} {users.length === 1 ? "user" : "users"}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-3 pr-4">Person</th>
                <th scope="col" className="py-3 pr-4">Role</th>
                <th scope="col" className="py-3 pr-4">Status</th>
                <th scope="col" className="py-3 pr-4">Last sign-in</th>
                <th scope="col" className="py-3 pr-4">Open sessions</th>
                <th scope="col" className="py-3">Manage</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-line align-top" data-testid={`user-row-${user.email}`}>
                  <td className="py-4 pr-4">
                    <div className="font-bold">{user.name}</div>
                    <div className="text-muted">{user.email}</div>
                  </td>
                  <td className="py-4 pr-4">{ROLE_LABELS[user.role]}</td>
                  <td className="py-4 pr-4">{user.disabled ? <strong>Disabled</strong> : "Active"}</td>
                  <td className="py-4 pr-4 whitespace-nowrap">{user.lastSignInAt ? formatUtc(user.lastSignInAt) : "Never"}</td>
                  <td className="py-4 pr-4">{user.activeSessions}</td>
                  <td className="py-4">
                    <UserRowActions user={user} isSelf={user.id === me.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="create-user" className="flex max-w-2xl flex-col gap-4">
        <h2 id="create-user" className="text-2xl font-black">
          Create a user
        </h2>
        <CreateUserForm />
      </section>
    </div>
  );
}
