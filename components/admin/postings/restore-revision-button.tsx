"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreRevisionAction } from "@/app/(admin)/admin/postings/[id]/revisions/actions";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import type { Locale } from "@/lib/i18n/locales";

/** Restores a revision as a new version at the current one; a newer save meanwhile is reported, never overwritten. */
export function RestoreRevisionButton({ postingId, version, revisionId, revisionVersion, locale }: { postingId: string; version: number; revisionId: string; revisionVersion: number; locale: Locale }) {
  const t = adminCatalogue(locale).history;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-end gap-2">
      <button
        type="button"
        disabled={pending}
        className="rounded-full bg-ink px-5 py-2 font-bold text-paper disabled:opacity-50"
        onClick={() =>
          startTransition(async () => {
            const result = await restoreRevisionAction({ id: postingId, version, revisionId });
            if (result.ok) return router.push(`/admin/postings/${postingId}?restored=${revisionVersion}`);
            const fields = Object.values(result.fieldErrors).flat();
            setError([result.formError, ...fields].filter(Boolean).join(" "));
          })
        }
      >
        {pending ? t.restoring : t.restore(revisionVersion)}
      </button>
      {error ? (
        <p role="alert" className="max-w-md text-sm font-bold text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
