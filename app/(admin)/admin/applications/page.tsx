import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationsTable, StatusFilter } from "@/components/admin/applications/applications-table";
import { statusFromParam } from "@/lib/applications/application-statuses";
import { listApplications } from "@/lib/applications/list-applications";
import { requireUser } from "@/lib/auth/guard";
import { can, rolesFor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Applications" };

// Every application the user reaches (a hiring manager: their assigned postings'), newest first.
export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(rolesFor("application.view"));
  const status = statusFromParam((await searchParams).status);
  const rows = await listApplications(db, user, { status });
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-6 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-4xl font-black tracking-tight">Applications</h1>
        <p className="flex flex-wrap gap-4 text-sm font-bold">
          <a href={`/admin/applications/export${status ? `?status=${status.toLowerCase()}` : ""}`} className="underline underline-offset-4">
            Export as CSV
          </a>
          {can(user.role, "application.privacy") ? (
            <Link href="/admin/applications/privacy" className="underline underline-offset-4">
              Personal data requests
            </Link>
          ) : null}
        </p>
      </div>
      <StatusFilter basePath="/admin/applications" current={status} />
      <ApplicationsTable rows={rows} showPosting />
    </div>
  );
}
