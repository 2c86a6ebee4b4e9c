import { EDUCATION_LABELS, formatPayRange, formatStartWindow, SECTION_LABELS, type ContentLocale, type Posting } from "@/lib/postings";
import { ApprenticePayTable } from "./apprentice-pay-table";
import { contractLabel, dayLabel, languageName, levelLabel, remoteLabel } from "@/lib/public/display";

const WORDS = {
  en: { title: "Key facts", languages: "Languages", closes: "Applications close", required: "required", nice: "a plus", workPermit: "Work authorisation", permit: "EU nationality or a valid student visa / work permit", eea: "EEA nationality", pay: "Pay", apprenticeMinimum: "Legal minimum for apprentices", byAgeAndYear: "By age and year of the contract" },
  fr: { title: "En bref", languages: "Langues", closes: "Clôture des candidatures", required: "requis", nice: "un plus", workPermit: "Autorisation de travail", permit: "Nationalité UE ou visa étudiant / permis de travail valide", eea: "Nationalité EEE", pay: "Rémunération", apprenticeMinimum: "Minimum légal des apprentis", byAgeAndYear: "Selon l'âge et l'année du contrat" },
} as const;

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-line py-3 first:border-t-0">
      <dt className="text-xs font-bold uppercase tracking-wider text-muted">{term}</dt>
      <dd className="mt-1 font-semibold">{children}</dd>
    </div>
  );
}

export function KeyFacts({ posting, locale }: { posting: Posting; locale: ContentLocale }) {
  const words = WORDS[locale];
  const labels = SECTION_LABELS[locale];
  const { contract, dates, location, languages, education } = posting;
  const office = location.office;
  const pay = formatPayRange(contract.compensation, locale);
  return (
    <section aria-labelledby="key-facts" className="rounded-2xl border-2 border-ink p-6">
      <h2 id="key-facts" className="text-lg font-black">
        {words.title}
      </h2>
      <dl className="mt-3">
        <Fact term={labels.contract}>
          {contractLabel(contract.type, locale, true)}
          {contract.weeklyHours !== null ? `, ${contract.weeklyHours} ${labels.hours}` : ""}
        </Fact>
        <Fact term={labels.start}>{formatStartWindow(dates.startWindow, locale)}</Fact>
        {contract.durationMonths ? (
          <Fact term={labels.duration}>
            {contract.durationMonths.ideal} {labels.months}
          </Fact>
        ) : null}
        <Fact term={labels.location}>
          {office ? (
            <span className="block">
              {office.street ? `${office.street}, ` : ""}
              {office.postalCode} {office.city}
            </span>
          ) : null}
          <span className="block font-normal">
            {remoteLabel(location.remote.policy, location.remote.policy === "HYBRID" ? location.remote.daysPerWeek : null, locale)}
            {location.remote.policy === "REMOTE" && location.remote.eligibleCountries.length
              ? ` (${location.remote.eligibleCountries.join(", ")})`
              : ""}
          </span>
        </Fact>
        {languages.length ? (
          <Fact term={words.languages}>
            <ul>
              {languages.map((language) => (
                <li key={language.code}>
                  {languageName(language.code, locale)}
                  {language.level ? ` — ${levelLabel(language.level, locale)}` : ""}{" "}
                  <span className="font-normal text-muted">({language.required ? words.required : words.nice})</span>
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {education.requirements.length ? (
          <Fact term={labels.requirements}>
            <ul className="font-normal">
              {education.requirements.map((requirement) => (
                <li key={requirement}>{EDUCATION_LABELS[locale][requirement]}</li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {pay ? <Fact term={words.pay}>{pay}</Fact> : null}
        {contract.type === "APPRENTISSAGE" ? (
          <Fact term={words.apprenticeMinimum}>
            <details className="font-normal">
              <summary className="cursor-pointer underline">{words.byAgeAndYear}</summary>
              <div className="mt-2">
                <ApprenticePayTable locale={locale} compact />
              </div>
            </details>
          </Fact>
        ) : null}
        {location.workAuthorization !== "NONE" ? (
          <Fact term={words.workPermit}>
            <span className="font-normal">{location.workAuthorization === "EU_OR_PERMIT" ? words.permit : words.eea}</span>
          </Fact>
        ) : null}
        {dates.validThrough ? <Fact term={words.closes}>{dayLabel(dates.validThrough, locale)}</Fact> : null}
      </dl>
    </section>
  );
}
