"use client";

import { LANGUAGE_LEVELS, type PostingInput } from "@/lib/postings";
import { useEditor, useFieldMessages } from "./editor-context";
import { fieldId } from "./editor-issues";
import { FieldMessageList } from "./field";
import { SelectField, TextField } from "./inputs";
import { ListItemControls, moveItem } from "./list-controls";

type Language = PostingInput["languages"][number];

const LEVEL_OPTIONS = LANGUAGE_LEVELS.map((level) => ({ value: level, label: level === "NATIVE" ? "Native" : level }));

/** Languages a candidate needs: ISO 639-1 code, minimum CEFR level, required or a plus. */
export function LanguagesEditor() {
  const { posting, update, readOnly } = useEditor();
  const languages = posting.languages;
  const { errors, warnings } = useFieldMessages("languages");
  const id = fieldId("languages");
  const setLanguages = (next: Language[]) => update("languages", (draft) => void (draft.languages = next));
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className="text-lg font-black" id={id}>Languages</legend>
      <p className="text-sm text-muted">At least one language must be required. Use two-letter codes: en, fr, de…</p>
      <FieldMessageList id={id} errors={errors} warnings={warnings} />
      <ol className="flex flex-col gap-3">
        {languages.map((language, index) => (
          <li key={index}>
            <fieldset className="grid items-start gap-3 rounded-xl border-2 border-line p-4 sm:grid-cols-[6rem_9rem_auto_1fr_auto]">
              <legend className="sr-only">Language {index + 1}</legend>
              <TextField path={`languages.${index}.code`} label="Code" placeholder="en" />
              <SelectField path={`languages.${index}.level`} label="Minimum level" options={LEVEL_OPTIONS} emptyLabel="Not stated" />
              <label className="flex items-center gap-2 pt-7 text-sm font-bold">
                <input type="checkbox" className="size-5 accent-ink" disabled={readOnly} checked={language.required}
                  onChange={(event) => update(`languages.${index}.required`, (draft) => void (draft.languages[index]!.required = event.target.checked))} />
                Required
              </label>
              <TextField path={`languages.${index}.wording`} label="As the posting says it" nullable placeholder="You are fluent in English." />
              <div className="pt-7">
                <ListItemControls index={index} count={languages.length} itemName={`language ${index + 1}`} disabled={readOnly}
                  onMove={(from, to) => setLanguages(moveItem(languages, from, to))} onRemove={(at) => setLanguages(languages.filter((_, i) => i !== at))} />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" disabled={readOnly} className="rounded-full border-2 border-dashed border-ink px-4 py-1.5 text-sm font-bold hover:bg-mist"
          onClick={() => setLanguages([...languages, { code: "", level: "B2", required: languages.length === 0, wording: null }])}>
          + Add language
        </button>
      </div>
    </fieldset>
  );
}
