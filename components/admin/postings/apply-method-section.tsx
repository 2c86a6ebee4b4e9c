"use client";

import { MAX_APPLICATION_QUESTIONS, type ApplyMethod } from "@/lib/postings";
import { useEditor } from "./editor-context";
import { SelectField, TextField } from "./inputs";
import { EditorSection } from "./section";

const METHOD_OPTIONS: readonly { value: ApplyMethod; label: string }[] = [
  { value: "ON_SITE", label: "On this site (our application form)" },
  { value: "EXTERNAL_URL", label: "On another site (a link)" },
  { value: "EMAIL", label: "By email" },
];

/** How candidates apply: the method, its link or address, and up to two questions for the site's form. */
export function ApplyMethodSection() {
  const { posting, update, readOnly } = useEditor();
  const method = posting.apply.method ?? (posting.apply.url === null && posting.apply.email !== null ? "EMAIL" : "EXTERNAL_URL");
  const questions = posting.apply.questions ?? [];
  return (
    <EditorSection id="apply" title="How candidates apply" description="Our form keeps applications here, in the applications inbox; a link or an email sends candidates elsewhere.">
      <SelectField path="apply.method" label="Candidates apply" options={METHOD_OPTIONS} />
      {method === "EXTERNAL_URL" ? <TextField path="apply.url" label="Application link (https://…)" nullable /> : null}
      {method === "EMAIL" ? <TextField path="apply.email" label="Email address that receives applications" nullable /> : null}
      {method === "ON_SITE" ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-muted">The form asks for a name, an email, a CV and an optional cover letter. Add up to {MAX_APPLICATION_QUESTIONS} questions of your own (each answer is required).</p>
          {questions.map((_, index) => (
            <div key={index} className="flex items-end gap-3">
              <TextField path={`apply.questions.${index}`} label={`Question ${index + 1}`} className="flex-1" />
              <button
                type="button"
                disabled={readOnly}
                onClick={() => update("apply.questions", (draft) => void draft.apply.questions?.splice(index, 1))}
                className="mb-1 rounded-full border-2 border-ink px-3 py-1.5 text-sm font-bold hover:bg-mist"
              >
                Remove<span className="sr-only"> question {index + 1}</span>
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
                Add a question
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </EditorSection>
  );
}
