"use client";

import { formatDay } from "@/lib/i18n/admin/format-paris-time";
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
  const { posting, update, readOnly, locale, t: all } = useEditor();
  const t = all.dates;
  const { validThrough, datePosted } = posting.dates;
  return (
    <EditorSection id="dates" title={t.title} description={t.description}>
      <p className="text-sm">
        <strong>{t.posted}</strong> {everPublished ? formatDay(closingDay(datePosted), locale) : t.postedLater}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField path="dates.startWindow.earliest" label={t.earliest} />
        <DateField path="dates.startWindow.latest" label={t.latest} hint={t.latestHint} />
      </div>
      <Toggle
        label={t.closes}
        checked={validThrough !== null}
        onChange={(on) => update("dates.validThrough", (draft) => void (draft.dates.validThrough = on ? parisEndOfDay(draft.dates.startWindow.latest || new Date().toISOString().slice(0, 10)) : null))}
      />
      {validThrough !== null ? (
        <Field path="dates.validThrough" label={t.lastDay} hint={t.lastDayHint}>
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
