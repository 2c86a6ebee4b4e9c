"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type CSSProperties } from "react";
import { duplicatePostingAction, createPostingAction } from "@/app/(admin)/admin/postings/actions";
import {
  approvePostingAction,
  archivePostingAction,
  publishPostingAction,
  repostPostingAction,
  returnToDraftAction,
  savePostingAction,
  schedulePublishingAction,
  submitForReviewAction,
  unpublishPostingAction,
} from "@/app/(admin)/admin/postings/[id]/actions";
import type { Role } from "@/lib/auth/roles";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { formatParisTime } from "@/lib/i18n/admin/format-paris-time";
import type { Locale } from "@/lib/i18n/locales";
import { slugFromTitle } from "@/lib/cms/blank-posting";
import { postingAbilities } from "@/lib/cms/posting-permissions";
import { findPublishBlockers } from "@/lib/cms/publish-readiness";
import type { CmsChange, CmsConflict, CmsResult } from "@/lib/cms/types";
import { parisWallTimeToInstant, validatePosting, type IssueMap, type JobPostingSite, type Office, type PostingInput, type PostingStatus } from "@/lib/postings";
import { msg, renderMessage } from "@/lib/postings/messages/message";
import { clearOpenEndedFields } from "@/lib/postings/open-ended-contract";
import { compareDates, parisToday } from "@/lib/postings/paris-time";
import { postingPath } from "@/lib/public/posting-urls";
import { ConflictNotice } from "./conflict-notice";
import { ContentSection } from "./content-section";
import { ContractSection } from "./contract-section";
import { DatesSection } from "./dates-section";
import { EditorContext, type EditorApi } from "./editor-context";
import { mergeIssueMaps, withoutPath } from "./editor-issues";
import { EditorToolbar, type ToolbarCommand } from "./editor-toolbar";
import { RequirementsSection } from "./education-section";
import { ApplyMethodSection } from "./apply-method-section";
import { IdentitySection, type TeamOption } from "./identity-section";
import { IssueSummary } from "./issue-summary";
import { JsonLdPanel } from "./json-ld-panel";
import { LocationSection } from "./location-section";
import { clearDraftBackup, useDraftBackup } from "./use-draft-backup";
import { useHydrated } from "../use-hydrated";

export type EditorInitial = {
  id: string | null;
  version: number;
  status: PostingStatus;
  posting: PostingInput;
  everPublished: boolean;
  scheduledPublishAt: string | null;
  redirectsFrom: string[];
};

type Props = { role: Role; locale: Locale; initial: EditorInitial; teams: TeamOption[]; offices: Office[]; site: JobPostingSite };
type Base = Omit<EditorInitial, "posting" | "redirectsFrom">;

/** The posting form: validated as you type by the posting schema, saved through the server actions, never losing text. */
export function PostingEditor({ role, locale, initial, teams, offices, site }: Props) {
  const t = adminCatalogue(locale).editor;
  const router = useRouter();
  const [posting, setPosting] = useState<PostingInput>(initial.posting);
  const [saved, setSaved] = useState<PostingInput>(initial.posting);
  const [base, setBase] = useState<Base>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<IssueMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<CmsConflict | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [pending, startTransition] = useTransition();

  const dirty = useMemo(() => JSON.stringify(posting) !== JSON.stringify(saved), [posting, saved]);
  const check = useMemo(() => validatePosting(posting, { mode: "draft", locale }), [posting, locale]);
  const jsonLdBlockers = useMemo(() => (check.ok ? findPublishBlockers(check.data, { site, locale }) : {}), [check, site, locale]);
  // Rules never read the clock; the editor does, to warn about a start already past.
  const warnings = useMemo(() => withPastStart(check.warnings, posting, locale), [check.warnings, posting, locale]);
  const publishBlockers = useMemo(() => mergeIssueMaps(check.publishBlockers, jsonLdBlockers), [check, jsonLdBlockers]);
  const errors = useMemo(
    () => withChoicePrompts(mergeIssueMaps(check.errors, publishBlockers, serverErrors), posting, locale),
    [check, publishBlockers, serverErrors, posting, locale],
  );
  const abilities = postingAbilities(role, base.status, base.everPublished);
  const readOnly = base.id !== null && !abilities.save;
  const backup = useDraftBackup(base.id, posting, base.version, dirty, saved);
  const hydrated = useHydrated();

  // The page re-renders after every action (revalidation refreshes the route). Our own
  // save brings back the version we already hold; a newer one (a restore, another
  // tab) replaces the form only when it holds no unsaved text.
  const [seenVersion, setSeenVersion] = useState(initial.version);
  if (initial.version !== seenVersion) {
    setSeenVersion(initial.version);
    if (initial.version > base.version && !dirty) {
      setPosting(initial.posting);
      setSaved(initial.posting);
      setBase(initial);
      setFormKey((key) => key + 1);
    }
  }

  // A refusal is announced (role="alert") and brought into view: the toolbar may be far from it.
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formError || conflict) alertRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [formError, conflict]);

  // The sticky toolbar's height (it wraps at narrow widths) is where scrolled-to fields stop.
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [toolbarHeight, setToolbarHeight] = useState(128);
  useEffect(() => {
    const element = toolbarRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setToolbarHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // A new posting's address follows its English title until the recruiter edits the address.
  const slugFollowsTitle = useRef(initial.id === null && initial.posting.slug === "");
  const update = useCallback<EditorApi["update"]>((path, mutate) => {
    if (path === "slug") slugFollowsTitle.current = false;
    const followTitle = path === "content.en.title" && slugFollowsTitle.current;
    setPosting((previous) => {
      const next = structuredClone(previous);
      mutate(next);
      if (followTitle) next.slug = slugFromTitle(next.content.en.title);
      return clearOpenEndedFields(next);
    });
    setTouched((previous) => (previous.has(path) ? previous : new Set(previous).add(path)));
    // The server's verdict on a field goes when the field changes; its "same as the English" verdict on the
    // translated box is about the French text, so it goes when that text changes too (the editor's own check
    // still shows it while it holds).
    setServerErrors((previous) => {
      const rest = withoutPath(previous, path);
      return path.startsWith("content.fr") ? withoutPath(rest, "frenchTranslated") : rest;
    });
    setNotice(null);
  }, []);

  const isShown = useCallback(
    (path: string) => showAll || [...touched].some((done) => done === path || done.startsWith(`${path}.`) || path.startsWith(`${done}.`)),
    [showAll, touched],
  );

  const api = useMemo<EditorApi>(
    () => ({ posting, update, errors, warnings, isShown, readOnly, locale, t }),
    [posting, update, errors, warnings, isShown, readOnly, locale, t],
  );

  /** Applies a command's answer: success moves the base version on; a failure keeps every character of the form. */
  function settle(result: CmsResult<CmsChange>, sent: PostingInput | null, message: string) {
    if (!result.ok) {
      setServerErrors(result.fieldErrors);
      setFormError(result.formError);
      setConflict(result.conflict);
      setShowAll(true);
      setNotice(null);
      return;
    }
    const stored = result.posting as unknown as PostingInput;
    setBase((previous) => ({
      ...previous,
      id: result.id,
      version: result.version,
      status: result.status,
      everPublished: previous.everPublished || result.status === "PUBLISHED",
      scheduledPublishAt: result.status === "SCHEDULED" ? previous.scheduledPublishAt : null,
    }));
    // Take the stored posting (the server may have dated or normalised it) unless the recruiter typed meanwhile.
    setPosting((current) => (sent === null || JSON.stringify(current) === JSON.stringify(sent) ? stored : current));
    setSaved(stored);
    setServerErrors({});
    setFormError(null);
    setConflict(null);
    setNotice(message);
    clearDraftBackup(result.id);
  }

  function refuseLocally(message: string) {
    setShowAll(true);
    setFormError(message);
    setNotice(null);
  }

  function run(command: ToolbarCommand) {
    const sent = posting;
    const target = { id: base.id!, version: base.version };
    if ((command === "save" || (dirty && ["publish", "approve", "submitForReview"].includes(command))) && !check.ok) {
      refuseLocally(t.refusals.fixFields);
      return;
    }
    if (command === "repost" && dirty) {
      refuseLocally(t.refusals.saveBeforeRepost);
      return;
    }
    startTransition(async () => {
      if (command === "save" && base.id === null) {
        const result = await createPostingAction({ posting: sent });
        if (result.ok) {
          clearDraftBackup(null);
          // Next keeps this route mounted (hidden) after navigating: the next "New posting" must start blank.
          setPosting(initial.posting);
          setSaved(initial.posting);
          setTouched(new Set());
          setShowAll(false);
          setFormKey((key) => key + 1);
          router.push(`/admin/postings/${result.id}?created=1`);
          return;
        }
        return settle(result, sent, "");
      }
      if (command === "duplicate") {
        const result = await duplicatePostingAction({ id: target.id });
        if (result.ok) return router.push(`/admin/postings/${result.id}?duplicated=1`);
        return settle(result, null, "");
      }
      const withContent = dirty ? { ...target, posting: sent } : target;
      const result =
        command === "save"
          ? await savePostingAction({ ...target, posting: sent })
          : command === "publish"
            ? await publishPostingAction(withContent)
            : command === "approve"
              ? await approvePostingAction(withContent)
              : command === "submitForReview"
                ? await submitForReviewAction(withContent)
                : command === "returnToDraft"
                  ? await returnToDraftAction(target)
                  : command === "unpublish"
                    ? await unpublishPostingAction(target)
                    : command === "archive"
                      ? await archivePostingAction(target)
                      : await repostPostingAction(target);
      const carriesContent = command === "save" || (dirty && ["publish", "approve", "submitForReview"].includes(command)) || command === "repost";
      settle(result, carriesContent ? sent : null, t.success[command] ?? t.success.done!);
    });
  }

  function schedule(local: string) {
    const [day, time] = local.split("T");
    if (!day || !time) return refuseLocally(t.refusals.chooseScheduleTime);
    if (dirty && !check.ok) return refuseLocally(t.refusals.fixFieldsSchedule);
    const publishAt = parisWallTimeToInstant(day, time).toISOString();
    const sent = posting;
    startTransition(async () => {
      const target = { id: base.id!, version: base.version, publishAt };
      const result = await schedulePublishingAction(dirty ? { ...target, posting: sent } : target);
      if (result.ok) setBase((previous) => ({ ...previous, scheduledPublishAt: publishAt }));
      settle(result, dirty ? sent : null, t.success.schedule!);
    });
  }

  function keepMine() {
    if (!conflict) return;
    // Build on their version so the next save is accepted, with this form's text.
    setBase((previous) => ({ ...previous, version: conflict.version, status: conflict.status }));
    setConflict(null);
    setFormError(null);
    setNotice(t.keptMine);
  }

  function takeTheirs() {
    if (!conflict) return;
    const theirs = conflict.posting as unknown as PostingInput;
    setBase((previous) => ({ ...previous, version: conflict.version, status: conflict.status }));
    setPosting(theirs);
    setSaved(theirs);
    setConflict(null);
    setFormError(null);
    setServerErrors({});
    setFormKey((key) => key + 1);
    setNotice(t.tookTheirs);
  }

  const liveHref = base.status === "PUBLISHED" ? postingPath(saved.slug) : null;

  return (
    <EditorContext value={api}>
      {/* Disabled until hydrated (useHydrated): typing into the server's HTML before React runs would be lost. */}
      <fieldset disabled={!hydrated} className="contents">
      {/* Every field scrolls to just below the sticky toolbar, so a jump to an error never lands under it. */}
      <div className="flex flex-col gap-6 [&_[id^=field-]]:scroll-mt-[calc(var(--editor-toolbar,8rem)+1rem)]" style={{ "--editor-toolbar": `${toolbarHeight}px` } as CSSProperties}>
        <div ref={toolbarRef} className="sticky top-0 z-10 -mx-6 border-b-2 border-ink bg-paper/95 px-6 py-2 backdrop-blur sm:py-4">
          <EditorToolbar
            id={base.id}
            status={base.status}
            version={base.version}
            scheduledPublishAt={base.scheduledPublishAt}
            abilities={abilities}
            pending={pending}
            dirty={dirty}
            locale={locale}
            onCommand={run}
            onSchedule={schedule}
          />
        </div>
        <div aria-live="polite" className="empty:hidden" data-testid="editor-notice">
          {notice ? (
            <p className="rounded-xl bg-mist px-4 py-3 font-bold">
              {notice}{" "}
              {liveHref ? (
                <Link href={liveHref} className="underline underline-offset-4">
                  {t.view(liveHref)}
                </Link>
              ) : null}
            </p>
          ) : null}
        </div>
        <div ref={alertRef} className="flex flex-col gap-4 empty:hidden">
          {formError ? (
            <p role="alert" className="rounded-xl border-2 border-red-700 px-4 py-3 font-bold text-red-700" data-testid="form-error">
              {formError}
            </p>
          ) : null}
          {conflict ? <ConflictNotice conflict={conflict} locale={locale} mine={posting} onKeepMine={keepMine} onTakeTheirs={takeTheirs} /> : null}
        </div>
        {backup.found ? (
          <div role="status" className="flex flex-wrap items-center gap-3 rounded-xl border-2 border-ink bg-mist px-4 py-3">
            <span>
              {t.backup(formatParisTime(backup.found.savedAt, locale))}
            </span>
            <button
              type="button"
              className="rounded-full bg-ink px-4 py-1.5 font-bold text-paper"
              onClick={() => {
                setPosting(backup.found!.posting);
                setBase((previous) => ({ ...previous, version: backup.found!.baseVersion }));
                setFormKey((key) => key + 1);
                backup.dismiss();
              }}
            >
              {t.restoreBackup}
            </button>
            <button type="button" className="font-bold underline underline-offset-4" onClick={() => { clearDraftBackup(base.id); backup.dismiss(); }}>
              {t.discardBackup}
            </button>
          </div>
        ) : null}
        {readOnly ? <p className="rounded-xl bg-mist px-4 py-3">{t.readOnly}</p> : null}

        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <div key={formKey} className="flex min-w-0 flex-col gap-10">
            <IdentitySection teams={teams} redirectsFrom={initial.redirectsFrom} everPublished={base.everPublished} />
            <ContentSection />
            <ContractSection />
            <DatesSection everPublished={base.everPublished} />
            <LocationSection offices={offices} />
            <RequirementsSection />
            <ApplyMethodSection />
          </div>
          <aside className="flex flex-col gap-6 lg:sticky lg:top-40 lg:max-h-[calc(100vh-11rem)] lg:self-start lg:overflow-auto">
            {showAll ? <IssueSummary title={t.summary.fixBeforeSaving} issues={mergeIssueMaps(check.errors, withoutPublish(serverErrors, publishBlockers))} tone="error" /> : null}
            <IssueSummary title={t.summary.beforePublishing} issues={publishBlockers} tone="error" />
            <IssueSummary title={t.summary.warnings} issues={warnings} tone="warning" />
            <JsonLdPanel posting={check.ok ? check.data : null} site={site} blocked={Object.keys(publishBlockers).length > 0} />
          </aside>
        </div>
      </div>
      </fieldset>
    </EditorContext>
  );
}

/** An untouched select is a choice still to make, not a malformed identifier. */
function withChoicePrompts(errors: IssueMap, posting: PostingInput, locale: Locale): IssueMap {
  return posting.teamSlug === "" ? { ...errors, teamSlug: [renderMessage(msg("chooseTeam"), locale)] } : errors;
}

/** A start day already past (in Paris) is worth a second look, never a refusal: reposting fixes old dates. */
function withPastStart(warnings: IssueMap, posting: PostingInput, locale: Locale): IssueMap {
  const earliest = posting.dates.startWindow.earliest;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(earliest) || compareDates(earliest, parisToday(new Date())) >= 0) return warnings;
  return mergeIssueMaps(warnings, { "dates.startWindow.earliest": [renderMessage(msg("startInPast", earliest), locale)] });
}

function withoutPublish(server: IssueMap, publish: IssueMap): IssueMap {
  const left: IssueMap = {};
  for (const [path, messages] of Object.entries(server)) {
    const rest = messages.filter((message) => !publish[path]?.includes(message));
    if (rest.length) left[path] = rest;
  }
  return left;
}
