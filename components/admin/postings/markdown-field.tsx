"use client";

import { useDeferredValue } from "react";
import { MarkdownBlock } from "@/components/site/posting/markdown-block";
import { useEditor } from "./editor-context";
import { getPath, setPath } from "./editor-paths";
import { Field, inputClass } from "./field";

/** Markdown prose with a live preview through the public site's own sanitizing renderer. */
export function MarkdownField({ path, label, hint }: { path: string; label: string; hint?: string }) {
  const { posting, update, readOnly, t } = useEditor();
  const value = (getPath(posting, path) as string | undefined) ?? "";
  const preview = useDeferredValue(value);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Field path={path} label={label} hint={hint ?? t.content.markdownHint}>
        {(control) => (
          <textarea {...control} rows={8} className={`${inputClass} font-mono text-sm`} value={value} disabled={readOnly}
            onChange={(event) => update(path, (draft) => setPath(draft, path, event.target.value))} />
        )}
      </Field>
      <section aria-label={t.content.previewOf(label)} className="rounded-lg border border-line bg-mist/50 px-4 py-2">
        <p className="text-xs font-bold uppercase tracking-wider text-muted">{t.content.preview}</p>
        {preview.trim() ? <MarkdownBlock source={preview} /> : <p className="py-3 text-sm text-muted">{t.content.nothingYet}</p>}
      </section>
    </div>
  );
}
