import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/auth/admin-header";
import { getSessionUser } from "@/lib/auth/guard";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";
import "../globals.css";

// The admin area's own root layout (the public site has app/(site)/layout.tsx).
// Every admin page reads the session, so nothing here can be prerendered:
// `instant = false` lets the admin routes render at request time, in order,
// which also keeps every form working without JavaScript.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getAdminText();
  return { title: { default: t.meta.title, template: `%s · ${t.meta.title}` }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [user, { locale, t }] = await Promise.all([getSessionUser(), getAdminText()]);
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-ink focus:px-4 focus:py-2 focus:text-paper"
        >
          {t.meta.skip}
        </a>
        <AdminHeader user={user} locale={locale} />
        <main id="main" tabIndex={-1} className="outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
