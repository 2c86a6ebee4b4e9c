import { ASSESSMENT_OPTION_LABELS, STEP_KIND_LABELS, type ContentLocale, type RecruitmentStep } from "@/lib/postings";
import { minutesLabel } from "@/lib/public/display";

/** The recruitment process as an ordered timeline with each step's length. */
export function ProcessTimeline({ steps, locale }: { steps: readonly RecruitmentStep[]; locale: ContentLocale }) {
  const ordered = [...steps].sort((a, b) => a.order - b.order);
  return (
    <ol className="relative ml-3 border-l-2 border-ink">
      {ordered.map((step, index) => (
        <li key={`${step.order}-${index}`} className="relative pb-8 pl-8 last:pb-0">
          <span
            aria-hidden="true"
            className="absolute -left-[13px] top-0 flex h-6 w-6 items-center justify-center rounded-full bg-ink text-xs font-bold text-paper"
          >
            {index + 1}
          </span>
          <p className="font-bold leading-6">{step.label}</p>
          <p className="mt-1 text-sm text-muted">
            {[
              minutesLabel(step.minutes, locale),
              STEP_KIND_LABELS[locale][step.kind],
              ...step.options.map((option) => ASSESSMENT_OPTION_LABELS[locale][option]),
              step.withWhom,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </li>
      ))}
    </ol>
  );
}
