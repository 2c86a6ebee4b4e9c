"use client";

import { useEditor } from "./editor-context";

/** Move up / move down / remove buttons of one list item, named for screen readers. */
export function ListItemControls({ index, count, itemName, onMove, onRemove, disabled }: {
  index: number;
  count: number;
  itemName: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  disabled?: boolean;
}) {
  const { t } = useEditor();
  const button = "rounded-full border-2 border-ink px-2.5 py-1 text-xs font-bold hover:bg-mist disabled:opacity-40";
  return (
    <div className="flex shrink-0 gap-1.5">
      <button type="button" className={button} disabled={disabled || index === 0} onClick={() => onMove(index, index - 1)} aria-label={t.list.moveUp(itemName)}>
        ↑
      </button>
      <button type="button" className={button} disabled={disabled || index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={t.list.moveDown(itemName)}>
        ↓
      </button>
      <button type="button" className={button} disabled={disabled} onClick={() => onRemove(index)} aria-label={t.list.removeLabel(itemName)}>
        {t.list.remove}
      </button>
    </div>
  );
}

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
