import Link from "next/link";
import type { ContentLocale } from "@/lib/postings";
import { contractLabel } from "@/lib/public/display";
import type { RelatedRole } from "@/lib/public/public-posting";
import { postingPath } from "@/lib/public/posting-urls";

export function RelatedRoles({ roles, locale, title }: { roles: readonly RelatedRole[]; locale: ContentLocale; title?: string }) {
  if (!roles.length) return null;
  return (
    <section aria-labelledby="related" className="mt-20 border-t-2 border-ink pt-10">
      <h2 id="related" className="text-2xl font-black tracking-tight">
        {title ?? (locale === "fr" ? "D'autres offres qui pourraient vous plaire" : "Related open roles")}
      </h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-3">
        {roles.map((role) => (
          <li key={role.slug}>
            <Link href={postingPath(role.slug)} className="block h-full rounded-2xl border border-line p-5 hover:border-ink">
              <span className="block font-bold">{role.title}</span>
              <span className="mt-2 block text-sm text-muted">
                {[role.teamName, role.city, contractLabel(role.contractType, locale)].filter(Boolean).join(" · ")}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
