import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { setAdminLocaleAction } from "@/lib/i18n/admin/set-admin-locale-action";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** "English / Français": a form per language, so the switch works without JavaScript. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = adminCatalogue(locale);
  return (
    <div role="group" aria-label={t.language.label} className="flex items-center gap-1 text-sm">
      {LOCALES.map((option, index) => (
        <form key={option} action={setAdminLocaleAction} className="flex items-center gap-1">
          {index > 0 ? <span aria-hidden="true" className="text-muted">/</span> : null}
          <input type="hidden" name="locale" value={option} />
          <button
            type="submit"
            lang={option}
            aria-pressed={option === locale}
            className="rounded-full px-2 py-1 font-bold hover:bg-mist aria-pressed:underline aria-pressed:underline-offset-4"
          >
            {t.language[option]}
          </button>
        </form>
      ))}
    </div>
  );
}
