import { describe, expect, it } from "vitest";
import { auditVerdict, type AuditReport } from "./npm-audit-verdict";

// The dependency gate's decision on npm audit's JSON (tests/security/npm-audit-gate.ts runs it in CI).

const advisory = (severity: string, source = 1_100_001) => ({
  metadata: {},
  vulnerabilities: { next: { severity, via: [{ source, url: `https://github.com/advisories/GHSA-${source}`, title: "Something bad", severity }] } },
});

describe("npm audit gate", () => {
  it.each(["high", "critical"])("a %s advisory in a production dependency fails the gate", (severity) => {
    expect(auditVerdict(advisory(severity))).toMatchObject({ outcome: "fail", message: expect.stringContaining("next: Something bad") });
  });

  it.each(["low", "moderate"])("a %s advisory passes", (severity) => {
    expect(auditVerdict(advisory(severity)).outcome).toBe("pass");
  });

  it("a reviewed false positive listed in AUDIT_IGNORE (by id or URL) passes; others still fail", () => {
    expect(auditVerdict(advisory("critical", 42), { ignored: ["42"] }).outcome).toBe("pass");
    expect(auditVerdict(advisory("critical", 42), { ignored: ["https://github.com/advisories/GHSA-42"] }).outcome).toBe("pass");
    expect(auditVerdict(advisory("critical", 43), { ignored: ["42"] }).outcome).toBe("fail");
  });

  it("a registry without an audit endpoint (405, 404, 501) skips loudly, unless AUDIT_REQUIRED", () => {
    const noEndpoint: AuditReport = { error: { code: "ENOAUDIT", summary: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" } };
    expect(auditVerdict(noEndpoint)).toMatchObject({ outcome: "skip", message: expect.stringContaining("gate skipped") });
    expect(auditVerdict(noEndpoint, { required: true }).outcome).toBe("fail");
    expect(auditVerdict({ error: { summary: "404 Not Found - POST https://mirror/-/npm/v1/security/audits/quick" } }).outcome).toBe("skip");
  });

  it("anything else that is not a clean report fails closed: a 500, a network error, empty output", () => {
    expect(auditVerdict({ error: { summary: "500 Internal Server Error - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" } }).outcome).toBe("fail");
    expect(auditVerdict({ error: { code: "ENOTFOUND", summary: "request to https://registry.npmjs.org failed, reason: getaddrinfo ENOTFOUND" } }).outcome).toBe("fail");
    expect(auditVerdict({}).outcome).toBe("fail");
  });
});
