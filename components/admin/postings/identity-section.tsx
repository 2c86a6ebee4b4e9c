"use client";

import { useEditor } from "./editor-context";
import { SelectField, TextField } from "./inputs";
import { EditorSection } from "./section";

export type TeamOption = { slug: string; name: string };

export function IdentitySection({ teams, redirectsFrom, everPublished }: { teams: TeamOption[]; redirectsFrom: string[]; everPublished: boolean }) {
  const { posting } = useEditor();
  return (
    <EditorSection id="identity" title="Team and address">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField path="teamSlug" label="Team" options={teams.map((team) => ({ value: team.slug, label: team.name }))} emptyLabel="Choose a team" />
        <TextField
          path="slug"
          label="Address (slug)"
          hint={
            <>
              The page is at <code>/jobs/{posting.slug || "…"}</code>. Lowercase letters, digits and single hyphens.
              {everPublished ? " Changing it keeps the old address working: it redirects (308) to the new one, so links and search results still land here." : null}
            </>
          }
        />
      </div>
      {redirectsFrom.length ? (
        <p className="text-sm text-muted">
          Old addresses that redirect here: {redirectsFrom.map((slug) => <code key={slug} className="mr-2">/jobs/{slug}</code>)}
        </p>
      ) : null}
    </EditorSection>
  );
}

export function ApplySection() {
  return (
    <EditorSection id="apply" title="How to apply" description="A link or an email address is required to publish.">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path="apply.url" label="Application link (https://…)" nullable />
        <TextField path="apply.email" label="Or application email" nullable />
      </div>
    </EditorSection>
  );
}
