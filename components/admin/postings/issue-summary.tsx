"use client";

import type { IssueMap } from "@/lib/postings";
import { describePath } from "./describe-path";
import { useEditor } from "./editor-context";
import { fieldId } from "./editor-issues";

/** Every message of the form in one list, each linking to its field: nothing is only shown where it cannot be seen. */
export function IssueSummary({ title, issues, tone }: { title: string; issues: IssueMap; tone: "error" | "warning" }) {
  const { locale } = useEditor();
  const entries = Object.entries(issues).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
  if (!entries.length) return null;
  return (
    <section
      aria-label={title}
      className={tone === "error" ? "rounded-xl border-2 border-red-700 p-4" : "rounded-xl border-l-4 border-amber-500 bg-amber-50 p-4"}
      data-kind={tone}
    >
      <h2 className="font-black">
        {title} ({entries.length})
      </h2>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {entries.map(({ path, message }) => (
          <li key={`${path}:${message}`}>
            <a href={`#${fieldId(path)}`} className="font-bold underline underline-offset-2">
              {describePath(path, locale)}
            </a>
            : {message}
          </li>
        ))}
      </ul>
    </section>
  );
}
