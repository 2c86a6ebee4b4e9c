import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "@/lib/applications/csv";
import { cvFilename } from "@/lib/applications/cv-filename";
import { APPLICATION_MAX_BODY_BYTES } from "@/lib/applications/limits";
import { readBoundedBody } from "@/lib/applications/read-bounded-body";

const CHUNK = 64 * 1024;

/** A body of `total` bytes that counts what was pulled from it, and whether it was cancelled. */
function countingStream(total: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      const size = Math.min(CHUNK, total - seen.pulled);
      seen.pulled += size;
      controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

describe("readBoundedBody", () => {
  it("refuses a 6 MB body without a length once past the limit, without reading it whole", async () => {
    const { stream, seen } = countingStream(6 * 1024 * 1024);
    expect(await readBoundedBody(stream, APPLICATION_MAX_BODY_BYTES)).toBeNull();
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(6 * 1024 * 1024);
    expect(seen.pulled).toBeLessThanOrEqual(APPLICATION_MAX_BODY_BYTES + 2 * CHUNK);
  });

  it("reads a body within the limit whole", async () => {
    const { stream } = countingStream(APPLICATION_MAX_BODY_BYTES);
    expect((await readBoundedBody(stream, APPLICATION_MAX_BODY_BYTES))?.byteLength).toBe(APPLICATION_MAX_BODY_BYTES);
  });
});

describe("CSV export cells", () => {
  it("neutralises spreadsheet formulas and quotes every cell", () => {
    for (const formula of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(formula)).toMatch(/^"'/);
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell(null)).toBe('""');
    expect(csvLine(["a", 1])).toBe('"a","1"\r\n');
  });
});

describe("stored CV names", () => {
  it("keep the base name, drop paths and quoting, and take the extension of the real type", () => {
    expect(cvFilename("C:\\Users\\me\\My CV.pdf", "pdf")).toBe("My CV.pdf");
    expect(cvFilename("../../evil\".html", "pdf")).toBe("evil_.pdf");
    expect(cvFilename("", "docx")).toBe("cv.docx");
  });
});
