"use client";

import { MAX_APPLICATION_QUESTIONS, type ApplyMethod } from "@/lib/postings";
import { useEditor } from "./editor-context";
import { SelectField, TextField } from "./inputs";
import { EditorSection } from "./section";

const METHODS: readonly ApplyMethod[] = ["ON_SITE", "EXTERNAL_URL", "EMAIL"];

/** How candidates apply: the method, its link or address, and up to two questions for the site's form. */
export function ApplyMethodSection() {
  const { posting, update, readOnly, t } = useEditor();
  const method = posting.apply.method ?? (posting.apply.url === null && posting.apply.email !== null ? "EMAIL" : "EXTERNAL_URL");
  const questions = posting.apply.questions ?? [];
  return (
    <EditorSection id="apply" title={t.apply.title} description={t.apply.description}>
      <SelectField path="apply.method" label={t.apply.method} options={METHODS.map((value) => ({ value, label: t.apply.methods[value] }))} />
      {method === "EXTERNAL_URL" ? <TextField path="apply.url" label={t.apply.url} nullable /> : null}
      {method === "EMAIL" ? <TextField path="apply.email" label={t.apply.email} nullable /> : null}
      {method === "ON_SITE" ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-muted">{t.apply.formHint(MAX_APPLICATION_QUESTIONS)}</p>
          {questions.map((_, index) => (
            <div key={index} className="flex items-end gap-3">
              <TextField path={`apply.questions.${index}`} label={t.apply.question(index + 1)} className="flex-1" />
              <button
                type="button"
                disabled={readOnly}
                onClick={() => update("apply.questions", (draft) => void draft.apply.questions?.splice(index, 1))}
                className="mb-1 rounded-full border-2 border-ink px-3 py-1.5 text-sm font-bold hover:bg-mist"
              >
                {t.apply.remove}<span className="sr-only">{t.apply.removeQuestion(index + 1)}</span>
              </button>
            </div>
          ))}
          {questions.length < MAX_APPLICATION_QUESTIONS ? (
            <p>
              <button
                type="button"
                disabled={readOnly}
                onClick={() => update("apply.questions", (draft) => void (draft.apply.questions = [...(draft.apply.questions ?? []), ""]))}
                className="rounded-full border-2 border-ink px-4 py-1.5 text-sm font-bold hover:bg-mist"
              >
                {t.apply.addQuestion}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </EditorSection>
  );
}
