import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { publicWords } from "@/lib/i18n/public";
import { contractLabel } from "@/lib/public/display";
import type { RelatedRole } from "@/lib/public/public-posting";
import { postingPath } from "@/lib/public/posting-urls";

/** On a French page, a role without a public French version shows its English title, marked, and leads to its English page. */
export function RelatedRoles({ roles, locale, title }: { roles: readonly RelatedRole[]; locale: Locale; title?: string }) {
  if (!roles.length) return null;
  const words = publicWords(locale);
  return (
    <section aria-labelledby="related" className="mt-20 border-t-2 border-ink pt-10">
      <h2 id="related" className="text-2xl font-black tracking-tight">
        {title ?? words.posting.related}
      </h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-3">
        {roles.map((role) => {
          const french = locale === "fr" && role.titleFr !== null;
          const untranslated = locale === "fr" && !french;
          return (
            <li key={role.slug}>
              <Link
                href={postingPath(role.slug, french ? "fr" : "en")}
                hrefLang={untranslated ? "en" : undefined}
                className="block h-full rounded-2xl border border-line p-5 hover:border-ink"
              >
                <span className="block font-bold">
                  {untranslated ? (
                    <>
                      <span lang="en">{role.title}</span> <span className="text-sm font-semibold text-muted">{words.card.untranslated}</span>
                    </>
                  ) : french ? (
                    role.titleFr
                  ) : (
                    role.title
                  )}
                </span>
                <span className="mt-2 block text-sm text-muted">
                  {[locale === "fr" ? (role.teamNameFr ?? role.teamName) : role.teamName, role.city, contractLabel(role.contractType, locale)]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
