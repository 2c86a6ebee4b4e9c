// The dependency gate's decision, apart from running npm (tests/security/npm-audit-gate.ts runs it):
// fail on any high or critical advisory in production dependencies unless its id is in AUDIT_IGNORE;
// skip (loudly) only when the registry has no audit endpoint at all — 404, 405 or 501 — and the
// gate is not AUDIT_REQUIRED; anything else that is not a clean report fails closed.

export type AuditReport = {
  error?: { code?: string | null; summary?: string; detail?: string };
  message?: string;
  metadata?: unknown;
  vulnerabilities?: Record<string, { severity: string; via: (string | AuditVia)[] }>;
};
type AuditVia = { source?: number; url?: string; title?: string; severity?: string };

export type AuditVerdict = { outcome: "pass" | "skip" | "fail"; message: string };

const NO_AUDIT_ENDPOINT = /\b(404|405|501)\b/;

export function auditVerdict(report: AuditReport, options: { ignored?: readonly string[]; required?: boolean } = {}): AuditVerdict {
  const ignored = new Set(options.ignored ?? []);
  if (!report.metadata && !report.vulnerabilities) {
    const problem = report.error?.summary || report.error?.code || report.message || "no report";
    if (NO_AUDIT_ENDPOINT.test(problem) && !options.required) {
      return { outcome: "skip", message: `npm audit: the registry cannot answer audits here (${problem}); gate skipped. Set AUDIT_REQUIRED=1 where it must run.` };
    }
    return { outcome: "fail", message: `npm audit failed: ${problem}` };
  }
  const blocking = Object.entries(report.vulnerabilities ?? {}).flatMap(([name, entry]) =>
    entry.via
      .filter((via): via is AuditVia => typeof via === "object")
      .filter((via) => ["high", "critical"].includes(via.severity ?? entry.severity) && !ignored.has(String(via.source)) && !ignored.has(via.url ?? ""))
      .map((via) => `${name}: ${via.title ?? "advisory"} (${via.severity ?? entry.severity}) ${via.url ?? ""} [id ${via.source}]`),
  );
  if (blocking.length) return { outcome: "fail", message: `npm audit: ${blocking.length} high or critical advisories in production dependencies:\n${blocking.join("\n")}` };
  return { outcome: "pass", message: "npm audit: no high or critical advisory in production dependencies." };
}
