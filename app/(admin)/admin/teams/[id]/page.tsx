import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TeamForm } from "@/components/admin/places/team-form";
import { requireUser } from "@/lib/auth/guard";
import { rolesFor } from "@/lib/auth/permissions";
import { placesText } from "@/lib/i18n/admin-places";
import { getAdminLocale } from "@/lib/i18n/admin/get-admin-locale";
import { getTeam } from "@/lib/places/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: placesText(await getAdminLocale()).teams.editTitle };
}

export default async function EditTeamPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(rolesFor("team.manage"));
  const team = await getTeam((await params).id);
  if (!team) notFound();
  const locale = await getAdminLocale();
  const t = placesText(locale);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-6 py-10">
      <p className="text-sm">
        <Link href="/admin/teams" className="font-bold underline underline-offset-4">
          ← {t.teams.title}
        </Link>
      </p>
      <h1 className="text-4xl font-black tracking-tight">{team.name}</h1>
      <TeamForm id={team.id} locale={locale} initial={{ name: team.name, nameFr: team.nameFr ?? "" }} />
    </div>
  );
}
