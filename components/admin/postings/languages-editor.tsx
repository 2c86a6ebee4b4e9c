"use client";

import { languageOptions } from "@/lib/i18n/admin/language-names";
import { LANGUAGE_LEVELS, type PostingInput } from "@/lib/postings";
import { useEditor, useFieldMessages } from "./editor-context";
import { Field, FieldMessageList, inputClass } from "./field";
import { fieldId } from "./editor-issues";
import { SelectField, TextField } from "./inputs";
import { ListItemControls, moveItem } from "./list-controls";

type Language = PostingInput["languages"][number];

/** Languages a candidate needs, chosen by name; the minimum level explained in words; required or a plus. */
export function LanguagesEditor() {
  const { posting, update, readOnly, locale, t: all } = useEditor();
  const t = all.requirements;
  const languages = posting.languages;
  const { errors, warnings } = useFieldMessages("languages");
  const id = fieldId("languages");
  const setLanguages = (next: Language[]) => update("languages", (draft) => void (draft.languages = next));
  const levelOptions = LANGUAGE_LEVELS.map((level) => ({ value: level, label: t.levels[level] ?? level }));
  const { common, others } = languageOptions(locale);
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={errors.length ? `${id}-error` : undefined}>
      <legend className="text-lg font-black" id={id}>{t.languages}</legend>
      <p className="text-sm text-muted">{t.languagesHint}</p>
      <FieldMessageList id={id} errors={errors} warnings={warnings} />
      <ol className="flex flex-col gap-3">
        {languages.map((language, index) => (
          <li key={index}>
            <fieldset className="grid items-start gap-3 rounded-xl border-2 border-line p-4 sm:grid-cols-[10rem_minmax(12rem,1fr)_auto] lg:grid-cols-[10rem_minmax(12rem,1fr)_auto_1fr_auto]">
              <legend className="sr-only">{t.language(index + 1)}</legend>
              <Field path={`languages.${index}.code`} label={t.languageField}>
                {(control) => (
                  <select
                    {...control}
                    className={inputClass}
                    value={language.code}
                    disabled={readOnly}
                    onChange={(event) => update(`languages.${index}.code`, (draft) => void (draft.languages[index]!.code = event.target.value))}
                  >
                    <option value="">{t.chooseLanguage}</option>
                    {common.map((option) => (
                      <option key={option.value} value={option.value}>{option.label}</option>
                    ))}
                    <option disabled>──────────</option>
                    {others.map((option) => (
                      <option key={option.value} value={option.value}>{option.label}</option>
                    ))}
                  </select>
                )}
              </Field>
              <SelectField path={`languages.${index}.level`} label={t.level} options={levelOptions} emptyLabel={t.levelNone} />
              <label className="flex items-center gap-2 pt-7 text-sm font-bold">
                <input type="checkbox" className="size-5 accent-ink" disabled={readOnly} checked={language.required}
                  onChange={(event) => update(`languages.${index}.required`, (draft) => void (draft.languages[index]!.required = event.target.checked))} />
                {t.required}
              </label>
              <TextField path={`languages.${index}.wording`} label={t.wording} nullable placeholder={t.wordingPlaceholder} />
              <div className="pt-7">
                <ListItemControls index={index} count={languages.length} itemName={t.languageItem(index + 1)} disabled={readOnly}
                  onMove={(from, to) => setLanguages(moveItem(languages, from, to))} onRemove={(at) => setLanguages(languages.filter((_, i) => i !== at))} />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <button type="button" disabled={readOnly} className="rounded-full border-2 border-dashed border-ink px-4 py-1.5 text-sm font-bold hover:bg-mist"
          onClick={() => setLanguages([...languages, { code: "", level: "B2", required: languages.length === 0, wording: null }])}>
          {t.addLanguage}
        </button>
      </div>
    </fieldset>
  );
}
