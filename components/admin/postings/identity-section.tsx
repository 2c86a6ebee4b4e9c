"use client";

import { useEditor } from "./editor-context";
import { SelectField, TextField } from "./inputs";
import { EditorSection } from "./section";

export type TeamOption = { slug: string; name: string };

export function IdentitySection({ teams, redirectsFrom, everPublished }: { teams: TeamOption[]; redirectsFrom: string[]; everPublished: boolean }) {
  const { posting, t } = useEditor();
  return (
    <EditorSection id="identity" title={t.identity.title}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField path="teamSlug" label={t.identity.team} options={teams.map((team) => ({ value: team.slug, label: team.name }))} emptyLabel={t.identity.chooseTeam} />
        <TextField
          path="slug"
          label={t.identity.slug}
          hint={
            <>
              {t.identity.slugHint(`/jobs/${posting.slug || "…"}`)}
              {everPublished ? t.identity.slugMoves : null}
            </>
          }
        />
      </div>
      {redirectsFrom.length ? (
        <p className="text-sm text-muted">
          {t.identity.oldAddresses} {redirectsFrom.map((slug) => <code key={slug} className="mr-2">/jobs/{slug}</code>)}
        </p>
      ) : null}
    </EditorSection>
  );
}
