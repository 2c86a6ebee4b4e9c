import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { fieldLabel } from "@/lib/i18n/admin/field-labels";
import type { Locale } from "@/lib/i18n/locales";

// Field paths in the words the form uses, for the summary, the conflict notice and the history diff.
// Server- and client-safe.

/** "content.en.steps.0.minutes" → "English › Step 1 › Length (minutes)": where to look, in the form's words. */
export function describePath(path: string, locale: Locale = "en"): string {
  const { paths } = adminCatalogue(locale).editor;
  if (!path) return paths.posting;
  const language = /^content\.(en|fr)(?:\.|$)/.exec(path)?.[1];
  const rest = language ? path.slice(`content.${language}`.length + 1) : path;
  const where = language ? [language === "en" ? paths.English : paths.French] : [];
  if (!rest) return where.join(" › ");
  // The list item a path is inside ("Step 2", "Language 1"), then the field's own label.
  const item = /^(steps|languages|missions|profile|benefits)\.(\d+)(?:\.|$)/.exec(rest);
  const label = fieldLabel(rest, locale);
  if (item && label) {
    const itemWord = `${paths.words[item[1]!] ?? item[1]} ${Number(item[2]) + 1}`;
    return [...where, rest === `${item[1]}.${item[2]}` ? itemWord : `${itemWord} › ${label}`].join(" › ");
  }
  if (label) return [...where, label].join(" › ");
  return [
    ...where,
    rest
      .split(".")
      .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : (paths.words[part] ?? part.replace(/([A-Z])/g, " $1").toLowerCase())))
      .join(" › ")
      .replace(/ › (\d+)/g, " $1"),
  ].join(" › ");
}
