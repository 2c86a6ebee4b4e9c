import type { Metadata } from "next";
import Link from "next/link";
import { ArchiveButton } from "@/components/admin/places/archive-button";
import { TeamForm } from "@/components/admin/places/team-form";
import { requireUser } from "@/lib/auth/guard";
import { can, rolesFor } from "@/lib/auth/permissions";
import { placesText } from "@/lib/i18n/admin-places";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { setTeamArchivedAction } from "@/lib/places/actions/team-actions";
import { listTeams } from "@/lib/places/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: placesText(await getAdminLocale()).teams.title };
}

export default async function TeamsPage() {
  const user = await requireUser(rolesFor("team.view"));
  const locale = await getAdminLocale();
  const t = placesText(locale);
  const manage = can(user.role, "team.manage");
  const teams = await listTeams();
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-12 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">{t.teams.title}</h1>
        <p className="text-muted">{t.teams.intro}</p>
        {manage ? null : <p className="font-bold">{t.common.readOnly}</p>}
      </div>
      <section aria-labelledby="teams-list" className="flex flex-col gap-4">
        <h2 id="teams-list" className="text-2xl font-black">
          {t.teams.listHeading(teams.length)}
        </h2>
        {teams.length === 0 ? <p>{t.teams.empty}</p> : null}
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-3 pr-4">{t.teams.columns.team}</th>
                <th scope="col" className="py-3 pr-4">{t.teams.columns.teamFr}</th>
                <th scope="col" className="py-3 pr-4">{t.teams.columns.postings}</th>
                <th scope="col" className="py-3 pr-4">{t.teams.columns.status}</th>
                {manage ? <th scope="col" className="py-3">{t.teams.columns.manage}</th> : null}
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.id} className="border-b border-line align-top" data-testid={`team-row-${team.slug}`}>
                  <td className="py-4 pr-4 font-bold" lang="en">{team.name}</td>
                  <td className="py-4 pr-4" lang="fr">{team.nameFr ?? "—"}</td>
                  <td className="py-4 pr-4">{t.common.postings(team.postings)}</td>
                  <td className="py-4 pr-4">{team.archived ? <strong>{t.common.archived}</strong> : t.common.live}</td>
                  {manage ? (
                    <td className="flex flex-wrap items-start gap-3 py-4">
                      <Link href={`/admin/teams/${team.id}`} className="py-2 font-bold underline underline-offset-4" aria-label={`${t.common.edit}: ${team.name}`}>
                        {t.common.edit}
                      </Link>
                      <ArchiveButton id={team.id} name={team.name} archived={team.archived} action={setTeamArchivedAction} locale={locale} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {manage ? (
        <section aria-labelledby="create-team" className="flex max-w-3xl flex-col gap-4">
          <h2 id="create-team" className="text-2xl font-black">
            {t.teams.createHeading}
          </h2>
          <TeamForm locale={locale} />
        </section>
      ) : null}
    </div>
  );
}
