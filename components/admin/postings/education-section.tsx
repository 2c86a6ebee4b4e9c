"use client";

import { EDUCATION_LABELS, EDUCATION_REQUIREMENTS } from "@/lib/postings";
import { useEditor, useFieldMessages } from "./editor-context";
import { fieldId } from "./editor-issues";
import { FieldMessageList } from "./field";
import { TextField } from "./inputs";
import { LanguagesEditor } from "./languages-editor";
import { EditorSection } from "./section";

export function RequirementsSection() {
  const { posting, update, readOnly, locale, t } = useEditor();
  const path = "education.requirements";
  const id = fieldId(path);
  const { errors, warnings } = useFieldMessages(path, true);
  const selected = posting.education.requirements;
  return (
    <EditorSection id="requirements" title={t.requirements.title}>
      <LanguagesEditor />
      <fieldset className="flex flex-col gap-2" aria-describedby={[errors.length ? `${id}-error` : "", warnings.length ? `${id}-warning` : ""].join(" ").trim() || undefined}>
        <legend className="text-lg font-black" id={id}>
          {t.requirements.education}
        </legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {EDUCATION_REQUIREMENTS.map((requirement) => (
            <label key={requirement} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 size-4 accent-ink"
                disabled={readOnly}
                checked={selected.includes(requirement)}
                onChange={(event) =>
                  update(path, (draft) => {
                    const current = draft.education.requirements.filter((value) => value !== requirement);
                    draft.education.requirements = event.target.checked ? [...current, requirement] : current;
                  })
                }
              />
              {EDUCATION_LABELS[locale][requirement]}
            </label>
          ))}
        </div>
        <FieldMessageList id={id} errors={errors} warnings={warnings} />
      </fieldset>
      <TextField path="education.field" label={t.requirements.field} nullable />
    </EditorSection>
  );
}
