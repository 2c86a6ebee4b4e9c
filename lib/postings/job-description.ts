import type { ContentLocale } from "./enums";
import { escapeHtml, listToJobHtml, markdownToJobHtml } from "./markdown-to-job-html";
import {
  ASSESSMENT_OPTION_LABELS,
  CONTRACT_LABELS,
  EDUCATION_LABELS,
  formatStartWindow,
  SECTION_LABELS,
  STEP_KIND_LABELS,
} from "./posting-labels";
import type { LocaleContent, Posting } from "./posting-shape";
import { regionNames } from "@/lib/i18n/intl-formats";

function heading(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

function section(title: string, items: readonly string[]): string {
  return items.length ? heading(title) + listToJobHtml(items) : "";
}

function describeLocation(posting: Posting, locale: ContentLocale): string {
  const labels = SECTION_LABELS[locale];
  const { office, remote } = posting.location;
  const country = regionNames(locale).of(office?.country ?? "FR");
  const place = office ? `${office.city}, ${country ?? office.country}` : "";
  if (remote.policy === "REMOTE") return `${labels.remote} ${remote.eligibleCountries.join(", ")}`;
  const mode =
    remote.policy !== "HYBRID"
      ? labels.onSite
      : remote.daysPerWeek === null
        ? labels.hybridNoDays
        : labels.hybrid.replace("{n}", String(remote.daysPerWeek));
  const note = remote.policy === "HYBRID" && remote.note ? ` (${remote.note})` : "";
  return `${place} — ${mode}${note}`;
}

// The structured facts (start, length, place, enrolment) are not repeated in the
// recruiter's prose, so the description states them from the fields.
function listKeyFacts(posting: Posting, locale: ContentLocale): string[] {
  const labels = SECTION_LABELS[locale];
  const { contract, dates, education } = posting;
  const facts = [`${labels.contract}: ${CONTRACT_LABELS[locale][contract.type]}`];
  facts.push(`${labels.start}: ${formatStartWindow(dates.startWindow, locale)}`);
  if (contract.durationMonths) facts.push(`${labels.duration}: ${contract.durationMonths.ideal} ${labels.months}`);
  if (contract.weeklyHours !== null) facts.push(`${contract.weeklyHours} ${labels.hours}`);
  facts.push(`${labels.location}: ${describeLocation(posting, locale)}`);
  const requirements = education.requirements.map((requirement) => EDUCATION_LABELS[locale][requirement]);
  if (requirements.length) facts.push(`${labels.requirements}: ${requirements.join("; ")}`);
  return facts;
}

function describeSteps(content: LocaleContent, locale: ContentLocale): string[] {
  return content.steps.map((step) => {
    const options = step.options.map((option) => ASSESSMENT_OPTION_LABELS[locale][option]).join(" / ");
    const how = [STEP_KIND_LABELS[locale][step.kind], options, `${step.minutes} min`].filter(Boolean).join(", ");
    const who = step.withWhom ? ` — ${step.withWhom}` : "";
    return `${step.label}${who} (${how})`;
  });
}

/** The full job as p/ul/li HTML, in the order the page shows it. */
export function buildJobDescriptionHtml(posting: Posting, content: LocaleContent, locale: ContentLocale): string {
  const labels = SECTION_LABELS[locale];
  return [
    markdownToJobHtml(content.about),
    markdownToJobHtml(content.role),
    section(labels.missions, content.missions),
    section(labels.profile, content.profile),
    section(labels.facts, listKeyFacts(posting, locale)),
    section(labels.benefits, content.benefits),
    section(labels.steps, describeSteps(content, locale)),
    markdownToJobHtml(content.additionalInfo),
  ].join("");
}
