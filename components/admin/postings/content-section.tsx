"use client";

import { useState } from "react";
import type { IssueMap } from "@/lib/postings";
import { useEditor } from "./editor-context";
import { CheckboxField, TextField } from "./inputs";
import { MarkdownField } from "./markdown-field";
import { EditorSection } from "./section";
import { StepsEditor } from "./steps-editor";
import { TextListField } from "./text-list-field";

const LOCALES = [
  { locale: "en", label: "English", short: "EN" },
  { locale: "fr", label: "French", short: "FR" },
] as const;

function countAt(map: IssueMap, prefix: string): number {
  return Object.entries(map).filter(([key]) => key.startsWith(prefix)).reduce((sum, [, messages]) => sum + messages.length, 0);
}

/** The text candidates read, one tab per language; English is required, French optional. */
export function ContentSection() {
  const { posting, update, errors, readOnly } = useEditor();
  const [active, setActive] = useState<"en" | "fr">("en");
  const hasFrench = posting.content.fr !== undefined;
  const frenchToTranslate = hasFrench && !posting.frenchTranslated;
  return (
    <EditorSection id="content" title="Text of the posting" description="English is required; add French to publish the posting at /fr/jobs too.">
      <div role="tablist" aria-label="Language of the text" className="flex gap-2 border-b-2 border-line">
        {LOCALES.map(({ locale, label, short }) => {
          const count = countAt(errors, `content.${locale}`);
          const exists = locale === "en" || hasFrench;
          return (
            <button
              key={locale}
              type="button"
              role="tab"
              id={`tab-${locale}`}
              aria-selected={active === locale}
              aria-controls={`panel-${locale}`}
              onClick={() => setActive(locale)}
              className={`-mb-0.5 border-b-4 px-4 py-2 font-bold ${active === locale ? "border-ink" : "border-transparent text-muted"}`}
            >
              {short} · {label}
              {!exists ? " (none)" : count ? <span className="ml-2 rounded-full bg-red-700 px-2 text-xs text-paper">{count} to fix</span> : null}
              {locale === "fr" && frenchToTranslate ? <span className="ml-2 rounded-full bg-amber-200 px-2 text-xs text-ink">to translate</span> : null}
            </button>
          );
        })}
      </div>
      {LOCALES.map(({ locale, label }) => (
        <div key={locale} role="tabpanel" id={`panel-${locale}`} aria-labelledby={`tab-${locale}`} hidden={active !== locale} className="flex flex-col gap-6">
          {locale === "fr" && !hasFrench ? (
            <div className="flex flex-col items-start gap-3 rounded-xl bg-mist p-6">
              <p>This posting has no French version.</p>
              <button type="button" disabled={readOnly} className="rounded-full bg-ink px-5 py-2 font-bold text-paper"
                onClick={() =>
                  update("content.fr", (draft) => {
                    draft.content.fr = structuredClone(draft.content.en);
                    draft.frenchTranslated = false;
                  })
                }>
                Add a French version (starts as a copy of the English text, to translate)
              </button>
            </div>
          ) : (
            <>
              {locale === "fr" ? (
                <div className="rounded-xl bg-mist p-4">
                  <CheckboxField
                    path="frenchTranslated"
                    label="The French text is translated"
                    hint="Until you tick this, the French version stays off the site: candidates see the English page only."
                  />
                </div>
              ) : null}
              <LocaleFields locale={locale} label={label} />
            </>
          )}
          {locale === "fr" && hasFrench ? (
            <div>
              <button type="button" disabled={readOnly} className="text-sm font-bold text-red-700 underline underline-offset-4"
                onClick={() => {
                  if (window.confirm("Remove the French version of this posting? You can undo by not saving.")) update("content.fr", (draft) => {
                    delete draft.content.fr;
                    draft.frenchTranslated = false;
                  });
                }}>
                Remove the French version
              </button>
            </div>
          ) : null}
        </div>
      ))}
    </EditorSection>
  );
}

function LocaleFields({ locale, label }: { locale: "en" | "fr"; label: string }) {
  const base = `content.${locale}`;
  // The French fields say so, so no two inputs share a name.
  const named = (name: string) => (locale === "fr" ? `${name} (French)` : name);
  return (
    <>
      <TextField path={`${base}.title`} label={`Job title (${label})`} hint="The job only: no company name, “H/F”, city or dates. 120 characters at most." />
      <MarkdownField path={`${base}.role`} label={named("The role")} />
      <TextListField path={`${base}.missions`} label={named("Missions")} itemName={locale === "fr" ? "French mission" : "Mission"} />
      <TextListField path={`${base}.profile`} label={named("Profile")} itemName={locale === "fr" ? "French profile item" : "Profile item"} />
      <TextListField path={`${base}.benefits`} label={named("Benefits")} itemName={locale === "fr" ? "French benefit" : "Benefit"} />
      <StepsEditor locale={locale} />
      <MarkdownField path={`${base}.about`} label={named("About the company")} />
      <MarkdownField path={`${base}.additionalInfo`} label={named("Additional information")} />
    </>
  );
}
