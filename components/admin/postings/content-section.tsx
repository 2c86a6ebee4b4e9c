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
  { locale: "en", short: "EN" },
  { locale: "fr", short: "FR" },
] as const;

function countAt(map: IssueMap, prefix: string): number {
  return Object.entries(map).filter(([key]) => key.startsWith(prefix)).reduce((sum, [, messages]) => sum + messages.length, 0);
}

/** The text candidates read, one tab per language; English is required, French optional. */
export function ContentSection() {
  const { posting, update, errors, readOnly, t: all } = useEditor();
  const t = all.content;
  const [active, setActive] = useState<"en" | "fr">("en");
  const hasFrench = posting.content.fr !== undefined;
  const frenchToTranslate = hasFrench && !posting.frenchTranslated;
  return (
    <EditorSection id="content" title={t.title} description={t.description}>
      <div role="tablist" aria-label={t.tabsLabel} className="flex gap-2 border-b-2 border-line">
        {LOCALES.map(({ locale, short }) => {
          const label = locale === "en" ? t.english : t.french;
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
              {!exists ? t.none : count ? <span className="ml-2 rounded-full bg-red-700 px-2 text-xs text-paper">{t.toFix(count)}</span> : null}
              {locale === "fr" && frenchToTranslate ? <span className="ml-2 rounded-full bg-amber-200 px-2 text-xs text-ink">{t.toTranslate}</span> : null}
            </button>
          );
        })}
      </div>
      {LOCALES.map(({ locale }) => (
        <div key={locale} role="tabpanel" id={`panel-${locale}`} aria-labelledby={`tab-${locale}`} hidden={active !== locale} className="flex flex-col gap-6">
          {locale === "fr" && !hasFrench ? (
            <div className="flex flex-col items-start gap-3 rounded-xl bg-mist p-6">
              <p>{t.noFrench}</p>
              <button type="button" disabled={readOnly} className="rounded-full bg-ink px-5 py-2 font-bold text-paper"
                onClick={() =>
                  update("content.fr", (draft) => {
                    draft.content.fr = structuredClone(draft.content.en);
                    draft.frenchTranslated = false;
                  })
                }>
                {t.addFrench}
              </button>
            </div>
          ) : (
            <>
              {locale === "fr" ? (
                <div className="rounded-xl bg-mist p-4">
                  <CheckboxField
                    path="frenchTranslated"
                    label={t.translated}
                    hint={t.translatedHint}
                  />
                </div>
              ) : null}
              <LocaleFields locale={locale} />
            </>
          )}
          {locale === "fr" && hasFrench ? (
            <div>
              <button type="button" disabled={readOnly} className="text-sm font-bold text-red-700 underline underline-offset-4"
                onClick={() => {
                  if (window.confirm(t.removeFrenchConfirm)) update("content.fr", (draft) => {
                    delete draft.content.fr;
                    draft.frenchTranslated = false;
                  });
                }}>
                {t.removeFrench}
              </button>
            </div>
          ) : null}
        </div>
      ))}
    </EditorSection>
  );
}

function LocaleFields({ locale }: { locale: "en" | "fr" }) {
  const { t: all } = useEditor();
  const t = all.content;
  const base = `content.${locale}`;
  // The French fields say so, so no two inputs share a name.
  const named = (name: string) => (locale === "fr" ? t.frenchSuffix(name) : name);
  const fr = locale === "fr";
  return (
    <>
      <TextField path={`${base}.title`} label={t.jobTitle(fr ? t.french : t.english)} hint={t.jobTitleHint} />
      <MarkdownField path={`${base}.role`} label={named(t.role)} />
      <TextListField path={`${base}.missions`} label={named(t.missions)} itemName={fr ? t.frenchMission : t.mission} />
      <TextListField path={`${base}.profile`} label={named(t.profile)} itemName={fr ? t.frenchProfileItem : t.profileItem} />
      <TextListField path={`${base}.benefits`} label={named(t.benefits)} itemName={fr ? t.frenchBenefit : t.benefit} />
      <StepsEditor locale={locale} />
      <MarkdownField path={`${base}.about`} label={named(t.about)} />
      <MarkdownField path={`${base}.additionalInfo`} label={named(t.additionalInfo)} />
    </>
  );
}
