import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions/session-actions";
import type { SessionUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { placesText } from "@/lib/i18n/admin-places";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { AdminNavLinks, type NavLink } from "./admin-nav-links";
import { LanguageSwitch } from "./language-switch";

/** The admin bar: sections the user may open, who is signed in, sign out. */
export function AdminHeader({ user, locale }: { user: SessionUser | null; locale: Locale }) {
  const t = adminCatalogue(locale);
  const links: NavLink[] = user
    ? [
        { href: "/admin/postings", label: t.nav.postings },
        ...(can(user.role, "application.view") ? [{ href: "/admin/applications", label: t.nav.applications }] : []),
        ...(can(user.role, "office.view") ? [{ href: "/admin/offices", label: placesText(locale).nav.offices }] : []),
        ...(can(user.role, "team.view") ? [{ href: "/admin/teams", label: placesText(locale).nav.teams }] : []),
        ...(can(user.role, "user.list") ? [{ href: "/admin/users", label: t.nav.users }] : []),
        ...(can(user.role, "audit.view") ? [{ href: "/admin/audit", label: t.nav.audit }] : []),
        ...(can(user.role, "audit.view") ? [{ href: "/admin/indexing", label: t.nav.indexing }] : []),
        ...(can(user.role, "mail.view") ? [{ href: "/admin/emails", label: t.nav.emails }] : []),
        { href: "/admin/account", label: t.nav.account },
      ]
    : [];
  return (
    <header className="border-b-2 border-ink">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-6 py-4">
        <Link href="/admin" className="text-lg font-black tracking-tight">
          {t.meta.title}
        </Link>
        {user ? (
          <nav aria-label={t.nav.label} className="flex flex-wrap items-center gap-4">
            <AdminNavLinks links={links} />
            <span className="text-sm text-muted">
              {user.name} · {t.roles[user.role]}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-full border-2 border-ink px-4 py-1.5 text-sm font-bold hover:bg-mist">
                {t.nav.signOut}
              </button>
            </form>
            <LanguageSwitch locale={locale} />
          </nav>
        ) : (
          <LanguageSwitch locale={locale} />
        )}
      </div>
    </header>
  );
}
