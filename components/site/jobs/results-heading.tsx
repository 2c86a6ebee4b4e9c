"use client";

import { useEffect, useRef } from "react";
import { takeResultsFocus } from "./results-focus";

/**
 * The count of results, as the heading of the results and a polite live region. After a search or a
 * filter, focus moves here (with JavaScript: results-focus.ts; without, the form's #results fragment).
 */
export function ResultsHeading({ text }: { text: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeResultsFocus()) heading.current?.focus();
  }, [text]);
  return (
    <div role="status" aria-live="polite">
      <h2 id="results" ref={heading} tabIndex={-1} className="scroll-mt-4 text-lg font-bold focus:outline-2 focus:outline-offset-4 focus:outline-ink">
        {text}
      </h2>
    </div>
  );
}
