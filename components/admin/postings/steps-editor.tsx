"use client";

import { ASSESSMENT_OPTION_LABELS, ASSESSMENT_OPTIONS, STEP_KIND_LABELS, STEP_KINDS, type LocaleContentInput } from "@/lib/postings";
import { useEditor, useFieldMessages } from "./editor-context";
import { fieldId } from "./editor-issues";
import { FieldMessageList } from "./field";
import { NumberField, SelectField, TextField } from "./inputs";
import { ListItemControls, moveItem } from "./list-controls";

type Step = LocaleContentInput["steps"][number];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The recruitment process: steps are numbered by their place in the list, so they are always 1, 2, 3… */
export function StepsEditor({ locale }: { locale: "en" | "fr" }) {
  const { posting, update, readOnly, locale: ui, t: all } = useEditor();
  const t = all.steps;
  const path = `content.${locale}.steps`;
  const steps: Step[] = posting.content[locale]?.steps ?? [];
  const { errors, warnings } = useFieldMessages(path);
  const setSteps = (next: Step[]) =>
    update(path, (draft) => {
      const content = draft.content[locale];
      if (content) content.steps = next.map((step, index) => ({ ...step, order: index + 1 }));
    });
  const kindOptions = STEP_KINDS.map((kind) => ({ value: kind, label: capitalise(STEP_KIND_LABELS[ui][kind]) }));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-lg font-black" id={fieldId(path)}>{t.legend}</legend>
      <FieldMessageList id={fieldId(path)} errors={errors} warnings={warnings} />
      <ol className="flex flex-col gap-4">
        {steps.map((step, index) => (
          <li key={index}>
            <fieldset className="rounded-xl border-2 border-line p-4">
              <legend className="px-1 font-black">
                {locale === "fr" ? t.frenchStep(index + 1) : t.step(index + 1)}
              </legend>
              <div className="mb-3 flex justify-end">
                <ListItemControls index={index} count={steps.length} itemName={t.itemName(index + 1)} disabled={readOnly}
                  onMove={(from, to) => setSteps(moveItem(steps, from, to))} onRemove={(at) => setSteps(steps.filter((_, i) => i !== at))} />
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField path={`${path}.${index}.label`} label={t.what} />
                <SelectField path={`${path}.${index}.kind`} label={t.kind} options={kindOptions} />
                <NumberField path={`${path}.${index}.minutes`} label={t.minutes} hint={t.minutesHint} />
                <TextField path={`${path}.${index}.withWhom`} label={t.withWhom} nullable />
              </div>
              {step.kind === "ASSESSMENT" || step.options.length ? (
                <AssessmentOptions path={`${path}.${index}.options`} step={step} onChange={(options) => setSteps(steps.map((old, i) => (i === index ? { ...old, options } : old)))} />
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" disabled={readOnly} className="rounded-full border-2 border-dashed border-ink px-4 py-1.5 text-sm font-bold hover:bg-mist"
          onClick={() => setSteps([...steps, { order: steps.length + 1, kind: "VIDEO_CALL", label: "", minutes: 30, withWhom: null, options: [] }])}>
          {t.add}
        </button>
      </div>
    </fieldset>
  );
}

function AssessmentOptions({ path, step, onChange }: { path: string; step: Step; onChange: (options: Step["options"]) => void }) {
  const { readOnly, locale, t } = useEditor();
  const { errors, warnings } = useFieldMessages(path);
  const id = fieldId(path);
  return (
    <fieldset className="mt-3 flex flex-col gap-1" aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-bold" id={id}>{t.steps.assessment}</legend>
      <div className="flex flex-wrap gap-4">
        {ASSESSMENT_OPTIONS.map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-ink" disabled={readOnly} checked={step.options.includes(option)}
              onChange={(event) => onChange(event.target.checked ? [...step.options, option] : step.options.filter((value) => value !== option))} />
            {capitalise(ASSESSMENT_OPTION_LABELS[locale][option])}
          </label>
        ))}
      </div>
      <FieldMessageList id={id} errors={errors} warnings={warnings} />
    </fieldset>
  );
}
