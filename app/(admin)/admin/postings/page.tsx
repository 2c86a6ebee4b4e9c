import type { Metadata } from "next";
import Link from "next/link";
import { reachableApplicationCounts } from "@/lib/applications/list-applications";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { can, rolesFor } from "@/lib/auth/permissions";
import { adminPostingFiltersToSearch, parseAdminPostingFilters } from "@/lib/cms/queries/admin-posting-filters";
import { ADMIN_PAGE_SIZE, listAdminPostings } from "@/lib/cms/queries/list-admin-postings";
import { listFormOptions } from "@/lib/cms/queries/list-form-options";
import { POSTING_STATUSES } from "@/lib/postings";
import { PostingsTable } from "@/components/admin/postings/postings-table";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.postings.title };
}

const control = "rounded-lg border-2 border-ink bg-paper px-3 py-2";

export default async function PostingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(rolesFor("posting.view"));
  const { locale, t } = await getAdminText();
  const filters = parseAdminPostingFilters(await searchParams);
  const [{ rows, total }, { teams }] = await Promise.all([listAdminPostings(filters, user), listFormOptions()]);
  const applications = await reachableApplicationCounts(db, user, rows.map((row) => row.id));
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const filtered = Boolean(filters.status || filters.team || filters.q);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-6 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl font-black tracking-tight">{t.postings.title}</h1>
          <p className="mt-1 text-muted">{t.postings.intro}</p>
        </div>
        {can(user.role, "posting.create") ? (
          <Link href="/admin/postings/new" className="rounded-full bg-ink px-5 py-2.5 font-bold text-paper hover:bg-ink/85">
            {t.postings.newPosting}
          </Link>
        ) : null}
      </div>

      {/* A plain GET form: filters live in the URL and work without JavaScript. */}
      <form method="get" action="/admin/postings" role="search" aria-label={t.postings.filterLabel} className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t.postings.titleContains}
          <input type="search" name="q" defaultValue={filters.q} className={control} maxLength={100} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t.postings.status}
          <select name="status" defaultValue={filters.status ?? ""} className={control}>
            <option value="">{t.postings.anyStatus}</option>
            {POSTING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t.status[status]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t.postings.team}
          <select name="team" defaultValue={filters.team ?? ""} className={control}>
            <option value="">{t.postings.anyTeam}</option>
            {teams.map((team) => (
              <option key={team.slug} value={team.slug}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-full border-2 border-ink px-5 py-2 font-bold hover:bg-mist">
          {t.common.filter}
        </button>
        {filtered ? (
          <Link href="/admin/postings" className="py-2 font-bold underline underline-offset-4">
            {t.postings.clear}
          </Link>
        ) : null}
      </form>

      <p className="text-sm text-muted" aria-live="polite">
        {t.postings.count(total, filtered)}
        {pages > 1 ? ` · ${t.postings.page(filters.page, pages)}` : ""}
      </p>
      <PostingsTable rows={rows} locale={locale} applications={applications} />
      {pages > 1 ? (
        <nav aria-label={t.postings.pagesLabel} className="flex gap-4 font-bold">
          {filters.page > 1 ? <Link href={`/admin/postings${adminPostingFiltersToSearch(filters, filters.page - 1)}`}>{t.postings.previous}</Link> : null}
          {filters.page < pages ? <Link href={`/admin/postings${adminPostingFiltersToSearch(filters, filters.page + 1)}`}>{t.postings.next}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
