"use client";

import { useEditor, useFieldMessages } from "./editor-context";
import { fieldId } from "./editor-issues";
import { getPath, setPath } from "./editor-paths";
import { FieldMessageList, inputClass } from "./field";
import { ListItemControls, moveItem } from "./list-controls";

/** Missions, profile, benefits: one line per item, added, removed and reordered. */
export function TextListField({ path, label, itemName, hint }: { path: string; label: string; itemName: string; hint?: string }) {
  const { posting, update, readOnly, t } = useEditor();
  const items = (getPath(posting, path) as string[] | undefined) ?? [];
  const listId = fieldId(path);
  const { errors, warnings } = useFieldMessages(path);
  const setItems = (next: string[]) => update(path, (draft) => setPath(draft, path, next));
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={[hint ? `${listId}-hint` : "", errors.length ? `${listId}-error` : "", warnings.length ? `${listId}-warning` : ""].join(" ").trim() || undefined}>
      <legend className="text-sm font-bold" id={listId}>
        {label}
      </legend>
      {hint ? <p id={`${listId}-hint`} className="text-sm text-muted">{hint}</p> : null}
      <ol className="flex flex-col gap-2">
        {items.map((item, index) => (
          <ListItem key={index} path={`${path}.${index}`} value={item} label={`${itemName} ${index + 1}`} readOnly={readOnly}
            onChange={(value) => setItems(items.map((old, i) => (i === index ? value : old)))}>
            <ListItemControls index={index} count={items.length} itemName={`${itemName} ${index + 1}`} disabled={readOnly}
              onMove={(from, to) => setItems(moveItem(items, from, to))} onRemove={(at) => setItems(items.filter((_, i) => i !== at))} />
          </ListItem>
        ))}
      </ol>
      <FieldMessageList id={listId} errors={errors} warnings={warnings} />
      <div>
        <button type="button" disabled={readOnly} className="rounded-full border-2 border-dashed border-ink px-4 py-1.5 text-sm font-bold hover:bg-mist" onClick={() => setItems([...items, ""])}>
          {t.list.add(itemName.toLowerCase())}
        </button>
      </div>
    </fieldset>
  );
}

function ListItem({ path, value, label, onChange, readOnly, children }: { path: string; value: string; label: string; onChange: (value: string) => void; readOnly: boolean; children: React.ReactNode }) {
  const id = fieldId(path);
  const { errors, warnings } = useFieldMessages(path);
  return (
    <li className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input id={id} type="text" aria-label={label} className={inputClass} value={value} disabled={readOnly}
          aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.value)} />
        {children}
      </div>
      <FieldMessageList id={id} errors={errors} warnings={warnings} />
    </li>
  );
}
