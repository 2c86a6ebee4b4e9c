import type { Locale } from "@/lib/i18n/locales";
import { adminCatalogue } from "./catalogue";

// The posting form's labels by field path, so every message and summary names a field exactly as the
// form labels it ("Reason for a longer contract", never "durationReason"). Paths are the schema's
// ("contract.durationReason", "content.en.steps.0.minutes"); list indexes are written "*" here.

function labels(locale: Locale): Record<string, string> {
  const { identity, contract, dates, location, requirements, apply, content, steps, jsonLd, paths } = adminCatalogue(locale).editor;
  return {
    slug: identity.slug,
    teamSlug: identity.team,
    "contract.type": contract.type,
    "contract.schedule": contract.schedule,
    "contract.weeklyHours": contract.hours,
    "contract.durationMonths": contract.setLength,
    "contract.durationMonths.ideal": contract.length,
    "contract.durationMonths.min": contract.atLeast,
    "contract.durationMonths.max": contract.atMost,
    "contract.durationReason": contract.reason,
    "contract.endDate": contract.endDate,
    "contract.compensation": contract.statePay,
    "contract.compensation.kind": contract.payKind,
    "contract.compensation.minAmount": contract.from,
    "contract.compensation.maxAmount": contract.upTo,
    "contract.compensation.currency": contract.currency,
    "contract.compensation.unit": contract.per,
    "contract.compensation.note": contract.note,
    "dates.startWindow.earliest": dates.earliest,
    "dates.startWindow.latest": dates.latest,
    "dates.validThrough": dates.lastDay,
    "dates.datePosted": dates.posted.replace(/\s*:$/, ""),
    "location.office": location.office,
    "location.office.country": location.office,
    "location.office.postalCode": location.office,
    "location.remote": location.remote,
    "location.remote.daysPerWeek": location.days,
    "location.remote.note": location.remoteNote,
    "location.remote.eligibleCountries": location.countries,
    "location.remote.eligibleCountries.*": location.countries,
    "location.workAuthorization": location.authorization,
    languages: requirements.languages,
    "languages.*.code": requirements.languageField,
    "languages.*.level": requirements.level,
    "languages.*.wording": requirements.wording,
    "education.requirements": requirements.education,
    "education.field": requirements.field,
    "apply.method": apply.method,
    "apply.url": apply.url.replace(/\s*\(.*\)$/, ""),
    "apply.email": apply.email,
    frenchTranslated: content.translated,
    title: content.jobTitle(paths.English).replace(/\s*\(.*\)$/, ""),
    role: content.role,
    about: content.about,
    additionalInfo: content.additionalInfo,
    missions: content.missions,
    "missions.*": content.mission,
    profile: content.profile,
    "profile.*": content.profileItem,
    benefits: content.benefits,
    "benefits.*": content.benefit,
    steps: steps.legend,
    "steps.*.label": steps.what,
    "steps.*.kind": steps.kind,
    "steps.*.minutes": steps.minutes,
    "steps.*.withWhom": steps.withWhom,
    "steps.*.options": steps.assessment,
    "steps.*.order": steps.legend,
    jsonLd: jsonLd.listing,
  };
}

const CACHE = new Map<Locale, Record<string, string>>();

/** The form's label of a field, or undefined when the form has none for that path. */
export function fieldLabel(path: string, locale: Locale): string | undefined {
  let table = CACHE.get(locale);
  if (!table) CACHE.set(locale, (table = labels(locale)));
  const pattern = path.replace(/^content\.(en|fr)\./, "").replace(/\.\d+(?=\.|$)/g, ".*");
  return Object.hasOwn(table, pattern) ? table[pattern] : undefined;
}
