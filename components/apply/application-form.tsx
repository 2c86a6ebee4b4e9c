import type { ApplicationErrors, ApplicationValues } from "@/lib/applications/application-schema";
import { applySubmitPath } from "@/lib/applications/apply-paths";
import { applyWords } from "@/lib/i18n/apply";
import type { Locale } from "@/lib/i18n/locales";
import { ApplyField, applyInputClass } from "./apply-field";
import { ErrorSummary } from "./error-summary";

export type ApplicationFormProps = {
  slug: string;
  locale: Locale;
  questions: string[];
  retentionMonths: number;
  values: ApplicationValues | null;
  errors: ApplicationErrors;
};

/**
 * The application form: a plain multipart POST (works without JavaScript) to the submission route. After a
 * refusal it shows each error next to its field, a summary linking to them, and what was typed — except the
 * file, which must be chosen again (and says so).
 */
export function ApplicationForm({ slug, locale, questions, retentionMonths, values, errors }: ApplicationFormProps) {
  const words = applyWords(locale);
  const marks = { required: words.required, optional: words.optional };
  const error = (field: string) => {
    const code = errors[field];
    return code ? words.errors[code] : undefined;
  };
  const refused = Object.keys(errors).length > 0;
  const summary = Object.entries(errors).flatMap(([field, code]) =>
    code ? [{ href: field === "form" ? null : `#apply-${field.replace(".", "-")}`, text: words.errors[code] }] : [],
  );
  return (
    <form method="post" action={`${applySubmitPath(slug)}?locale=${locale}`} encType="multipart/form-data" noValidate={false} className="flex flex-col gap-6">
      {refused ? <ErrorSummary title={words.errorSummaryTitle} items={summary} /> : null}
      <ApplyField id="apply-name" name="name" label={words.fields.name} required marks={marks} error={error("name")}>
        {(control) => <input {...control} type="text" autoComplete="name" maxLength={200} defaultValue={values?.name} className={applyInputClass} />}
      </ApplyField>
      <ApplyField id="apply-email" name="email" label={words.fields.email} required marks={marks} hint={words.fields.emailHint} error={error("email")}>
        {(control) => <input {...control} type="text" inputMode="email" autoComplete="email" autoCapitalize="none" spellCheck={false} maxLength={254} defaultValue={values?.email} className={applyInputClass} />}
      </ApplyField>
      <ApplyField id="apply-phone" name="phone" label={words.fields.phone} required={false} marks={marks} error={error("phone")}>
        {(control) => <input {...control} type="tel" autoComplete="tel" maxLength={40} defaultValue={values?.phone} className={applyInputClass} />}
      </ApplyField>
      <ApplyField
        id="apply-cv"
        name="cv"
        label={words.fields.cv}
        required
        marks={marks}
        hint={refused ? `${words.fields.cvHint} ${words.fields.cvAgain}` : words.fields.cvHint}
        error={error("cv")}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            className="text-base file:mr-4 file:rounded-full file:border-2 file:border-ink file:bg-paper file:px-4 file:py-2 file:font-bold"
          />
        )}
      </ApplyField>
      <ApplyField id="apply-coverLetter" name="coverLetter" label={words.fields.coverLetter} required={false} marks={marks} error={error("coverLetter")}>
        {(control) => <textarea {...control} rows={8} maxLength={10_000} defaultValue={values?.coverLetter} className={applyInputClass} />}
      </ApplyField>
      <ApplyField id="apply-linkUrl" name="linkUrl" label={words.fields.linkUrl} required={false} marks={marks} hint={words.fields.linkUrlHint} error={error("linkUrl")}>
        {(control) => <input {...control} type="url" inputMode="url" maxLength={2_000} defaultValue={values?.linkUrl} className={applyInputClass} />}
      </ApplyField>
      {questions.length ? (
        <fieldset className="flex flex-col gap-6">
          <legend className="mb-2 text-xl font-black">{words.fields.questions}</legend>
          {questions.map((question, index) => (
            <ApplyField key={index} id={`apply-answers-${index}`} name={`answer${index}`} label={question} required marks={marks} error={error(`answers.${index}`)}>
              {(control) => <textarea {...control} rows={4} maxLength={2_000} defaultValue={values?.answers[index]} className={applyInputClass} />}
            </ApplyField>
          ))}
        </fieldset>
      ) : null}
      <div className="flex flex-col gap-2 rounded-xl border-2 border-line p-4">
        <p id="apply-consent-text" className="text-sm">
          {words.consentText(retentionMonths)}
        </p>
        {error("consent") ? (
          <p id="apply-consent-error" className="text-sm font-bold text-red-700">
            {error("consent")}
          </p>
        ) : null}
        <label className="flex items-start gap-3 font-bold">
          <input
            id="apply-consent"
            type="checkbox"
            name="consent"
            value="yes"
            required
            defaultChecked={values?.consent}
            aria-describedby={error("consent") ? "apply-consent-text apply-consent-error" : "apply-consent-text"}
            aria-invalid={error("consent") ? true : undefined}
            className="mt-1 size-5"
          />
          {words.fields.consent}
        </label>
      </div>
      {/* The honeypot: off-screen and out of the tab order; people leave it empty, form-filling bots do not. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="apply-website">{words.fields.honeypot}</label>
        <input id="apply-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p>
        <button type="submit" className="inline-flex items-center justify-center rounded-full bg-ink px-7 py-3 text-base font-bold text-paper hover:bg-ink/85">
          {words.submit}
        </button>
      </p>
    </form>
  );
}
