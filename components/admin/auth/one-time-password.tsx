import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";

/** A generated password, shown once: the admin passes it on, it is never shown again. */
export function OneTimePassword({ email, password, locale }: { email: string; password: string; locale: Locale }) {
  const t = adminCatalogue(locale);
  return (
    <div role="status" className="flex flex-col gap-2 rounded-lg border-2 border-ink bg-mist p-4">
      <p className="text-sm font-bold">{t.users.oneTime(email)}</p>
      <code className="select-all break-all rounded bg-paper px-3 py-2 font-mono text-base" data-testid="one-time-password">
        {password}
      </code>
      <p className="text-sm text-muted">{t.users.oneTimeHint}</p>
    </div>
  );
}
