import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions/session-actions";
import type { SessionUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { placesText } from "@/lib/i18n/admin-places";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { AdminNavLinks, type NavLink } from "./admin-nav-links";

/** The admin bar: sections the user may open, who is signed in, sign out. */
export function AdminHeader({ user }: { user: SessionUser | null }) {
  const links: NavLink[] = user
    ? [
        { href: "/admin/postings", label: "Postings" },
        ...(can(user.role, "application.view") ? [{ href: "/admin/applications", label: "Applications" }] : []),
        ...(can(user.role, "office.view") ? [{ href: "/admin/offices", label: placesText(DEFAULT_LOCALE).nav.offices }] : []),
        ...(can(user.role, "team.view") ? [{ href: "/admin/teams", label: placesText(DEFAULT_LOCALE).nav.teams }] : []),
        ...(can(user.role, "user.list") ? [{ href: "/admin/users", label: "Users" }] : []),
        ...(can(user.role, "audit.view") ? [{ href: "/admin/audit", label: "Audit log" }] : []),
        ...(can(user.role, "audit.view") ? [{ href: "/admin/indexing", label: "Search engines" }] : []),
        ...(can(user.role, "mail.view") ? [{ href: "/admin/emails", label: "Emails" }] : []),
        { href: "/admin/account", label: "My account" },
      ]
    : [];
  return (
    <header className="border-b-2 border-ink">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Link href="/admin" className="text-lg font-black tracking-tight">
          Careers admin
        </Link>
        {user ? (
          <nav aria-label="Admin" className="flex flex-wrap items-center gap-4">
            <AdminNavLinks links={links} />
            <span className="text-sm text-muted">
              {user.name} · {ROLE_LABELS[user.role]}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-full border-2 border-ink px-4 py-1.5 text-sm font-bold hover:bg-mist">
                Sign out
              </button>
            </form>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
