import { deletionConfirmPath } from "@/lib/applications/apply-paths";
import { deletionState } from "@/lib/applications/withdraw-application";
import { db } from "@/lib/db/client";
import { applyWords } from "@/lib/i18n/apply";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The candidate's deletion link. Opening it deletes nothing (mail scanners open links): the page asks, and
 * the button posts to the confirm route, which deletes once and comes back here.
 */
export async function DeletionPage({ token, locale }: { token: string; locale: Locale }) {
  const words = applyWords(locale);
  const state = await deletionState(db, token);
  return (
    <div className="mx-auto max-w-3xl px-5 py-16 sm:px-8">
      <h1 className="text-4xl font-black tracking-tight">{words.deletion.title}</h1>
      {state === "active" ? (
        <form method="post" action={`${deletionConfirmPath(token)}?locale=${locale}`} className="mt-6 flex flex-col gap-6">
          <p className="text-lg">{words.deletion.confirmIntro}</p>
          <p>
            <button type="submit" className="inline-flex rounded-full bg-ink px-7 py-3 font-bold text-paper hover:bg-ink/85">
              {words.deletion.confirm}
            </button>
          </p>
        </form>
      ) : (
        <p role="status" className="mt-6 text-xl font-semibold">
          {state === "used" ? words.deletion.deleted : words.deletion.unknown}
        </p>
      )}
    </div>
  );
}
