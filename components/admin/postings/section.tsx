"use client";

import type { ReactNode } from "react";
import { useEditor } from "./editor-context";

export function EditorSection({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`section-${id}`} className="flex flex-col gap-5 border-t-2 border-ink pt-6">
      <div>
        <h2 id={`section-${id}`} className="text-2xl font-black tracking-tight">
          {title}
        </h2>
        {description ? <p className="mt-1 text-sm text-muted">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

export function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { readOnly } = useEditor();
  return (
    <label className="flex items-center gap-2 font-bold">
      <input type="checkbox" className="size-5 accent-ink" checked={checked} disabled={readOnly} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}
