import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";

// Field paths in the words the form uses, for the summary, the conflict notice and the history diff.
// Server- and client-safe.

/** "content.en.steps.0.minutes" → "English › Step 1 › length": where to look, in words. */
export function describePath(path: string, locale: Locale = "en"): string {
  const { paths } = adminCatalogue(locale).editor;
  if (!path) return paths.posting;
  return path
    .split(".")
    .filter((part) => part !== "content")
    .map((part) =>
      /^\d+$/.test(part)
        ? String(Number(part) + 1)
        : part === "en"
          ? paths.English
          : part === "fr"
            ? paths.French
            : (paths.words[part] ?? part.replace(/([A-Z])/g, " $1").toLowerCase()),
    )
    .join(" › ")
    .replace(/ › (\d+)/g, " $1");
}
