"use client";

import { serializeJsonLd, type JobPostingSite, type Posting } from "@/lib/postings";
import { buildJsonLdReports } from "@/lib/cms/publish-readiness";

/**
 * The JobPosting crawlers will read on the public page, built by the same
 * functions, with its checklist: any violation blocks publishing.
 */
export function JsonLdPanel({ posting, site }: { posting: Posting | null; site: JobPostingSite }) {
  if (!posting) {
    return (
      <Panel>
        <p className="text-sm text-muted">Fix the fields marked above to see the JobPosting crawlers will read.</p>
      </Panel>
    );
  }
  const reports = buildJsonLdReports(posting, site);
  return (
    <Panel>
      {reports.map((report) => (
        <div key={report.locale} className="flex flex-col gap-3" data-testid={`json-ld-${report.locale}`}>
          <h3 className="font-black">{report.locale === "en" ? "English page" : "French page"}</h3>
          {report.violations.length ? (
            <ul className="flex flex-col gap-1 text-sm font-semibold text-red-700" data-kind="error">
              {report.violations.map((violation) => (
                <li key={`${violation.path}:${violation.message}`}>
                  ✕ <span className="sr-only">Error: </span>
                  {violation.path ? <code>{violation.path}</code> : null} {violation.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm font-bold">✓ Passes the JobPosting checklist (required fields, dates, location, title, description).</p>
          )}
          <details>
            <summary className="cursor-pointer text-sm font-bold underline underline-offset-4">Show the JSON-LD</summary>
            <pre className="mt-2 max-h-96 overflow-auto rounded-lg bg-ink p-3 text-xs text-paper">{JSON.stringify(JSON.parse(serializeJsonLd(report.jsonLd)), null, 2)}</pre>
          </details>
        </div>
      ))}
    </Panel>
  );
}

function Panel({ children }: { children: React.ReactNode }) {
  return (
    <section aria-labelledby="json-ld-title" className="flex flex-col gap-4 rounded-xl border-2 border-ink p-5">
      <h2 id="json-ld-title" className="text-xl font-black">
        What search engines read
      </h2>
      {children}
    </section>
  );
}
