"use client";

import { serializeJsonLd, type JobPostingSite, type Posting } from "@/lib/postings";
import { buildJsonLdReports, listingArea } from "@/lib/cms/publish-readiness";
import { msg, renderMessage } from "@/lib/postings/messages/message";
import { useEditor } from "./editor-context";

/**
 * The Google for Jobs listing crawlers will read on the public page, built by the same
 * functions. "Ready" only when nothing at all blocks publishing (`blocked`), not just this checklist.
 */
export function JsonLdPanel({ posting, site, blocked }: { posting: Posting | null; site: JobPostingSite; blocked: boolean }) {
  const { t, locale } = useEditor();
  if (!posting) {
    return (
      <Panel title={t.jsonLd.title}>
        <p className="text-sm text-muted">{t.jsonLd.fixFirst}</p>
      </Panel>
    );
  }
  const reports = buildJsonLdReports(posting, site);
  return (
    <Panel title={t.jsonLd.title}>
      {reports.map((report) => (
        <div key={report.locale} className="flex flex-col gap-3" data-testid={`json-ld-${report.locale}`}>
          <h3 className="font-black">{report.locale === "en" ? t.jsonLd.englishPage : t.jsonLd.frenchPage}</h3>
          {report.violations.length ? (
            <ul className="flex flex-col gap-1 text-sm font-semibold text-red-700" data-kind="error">
              {report.violations.map((violation) => (
                <li key={`${violation.path}:${violation.message}`}>
                  ✕ <span className="sr-only">{t.errorPrefix}</span>
                  {renderMessage(msg("listingProblem", report.locale, listingArea(violation.path)), locale)}
                </li>
              ))}
            </ul>
          ) : blocked ? (
            <p className="text-sm font-bold" data-testid="json-ld-blocked">{t.jsonLd.blocked}</p>
          ) : (
            <p className="text-sm font-bold">{t.jsonLd.passes}</p>
          )}
          <details>
            <summary className="cursor-pointer text-sm font-bold underline underline-offset-4">{t.jsonLd.show}</summary>
            <pre className="mt-2 max-h-96 overflow-auto rounded-lg bg-ink p-3 text-xs text-paper">{JSON.stringify(JSON.parse(serializeJsonLd(report.jsonLd)), null, 2)}</pre>
          </details>
        </div>
      ))}
    </Panel>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="json-ld-title" className="flex flex-col gap-4 rounded-xl border-2 border-ink p-5">
      <h2 id="json-ld-title" className="text-xl font-black">
        {title}
      </h2>
      {children}
    </section>
  );
}
