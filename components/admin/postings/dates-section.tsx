"use client";

import { parisDateOf, parisEndOfDay } from "@/lib/postings";
import { useEditor } from "./editor-context";
import { Field, inputClass } from "./field";
import { DateField } from "./inputs";
import { EditorSection, Toggle } from "./section";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function closingDay(validThrough: string | null): string {
  if (!validThrough) return "";
  try {
    return parisDateOf(validThrough);
  } catch {
    return "";
  }
}

export function DatesSection({ everPublished }: { everPublished: boolean }) {
  const { posting, update, readOnly } = useEditor();
  const { validThrough, datePosted } = posting.dates;
  return (
    <EditorSection id="dates" title="Dates" description="Every date is a day in Paris time.">
      <p className="text-sm">
        <strong>Posted:</strong> {everPublished ? closingDay(datePosted) : "set to the day it is first published"}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField path="dates.startWindow.earliest" label="Earliest start" />
        <DateField path="dates.startWindow.latest" label="Latest start" hint="For “September 2026”, 1 to 30 September." />
      </div>
      <Toggle
        label="Applications close on a set day"
        checked={validThrough !== null}
        onChange={(on) => update("dates.validThrough", (draft) => void (draft.dates.validThrough = on ? parisEndOfDay(draft.dates.startWindow.latest || new Date().toISOString().slice(0, 10)) : null))}
      />
      {validThrough !== null ? (
        <Field path="dates.validThrough" label="Last day to apply" hint="Applications close at the end of this day, Paris time. Leave the box unticked when there is no real closing date.">
          {(control) => (
            <input
              {...control}
              type="date"
              className={`${inputClass} max-w-52`}
              value={closingDay(validThrough)}
              disabled={readOnly}
              onChange={(event) => {
                const day = event.target.value;
                update("dates.validThrough", (draft) => void (draft.dates.validThrough = DAY.test(day) ? parisEndOfDay(day) : ""));
              }}
            />
          )}
        </Field>
      ) : null}
    </EditorSection>
  );
}
