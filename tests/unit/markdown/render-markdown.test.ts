import { describe, expect, it } from "vitest";
import { renderSanitizedMarkdown } from "@/lib/markdown/render-markdown";

// The public pages' markdown pipeline (remark → rehype → sanitize): recruiters'
// formatting survives, anything executable does not.

describe("renderSanitizedMarkdown", () => {
  it("keeps paragraphs, emphasis, lists and https/mailto links", () => {
    const html = renderSanitizedMarkdown("Hello **world** and *you*.\n\n- one\n- two\n\n[Apply](https://jobs.example/apply) or [mail](mailto:jobs@example.com)");
    expect(html).toContain("<strong>world</strong>");
    expect(html).toContain("<em>you</em>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<a href="https://jobs.example/apply">Apply</a>');
    expect(html).toContain('<a href="mailto:jobs@example.com">mail</a>');
  });

  it.each([
    ["javascript: link", "[x](javascript:alert(1))"],
    ["JavaScript: link with odd case and spaces", "[x]( JaVaScRiPt:alert(1) )"],
    ["data: link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["vbscript: link", "[x](vbscript:msgbox(1))"],
    ["autolink javascript:", "<javascript:alert(1)>"],
  ])("drops the href of a %s", (_name, markdown) => {
    const html = renderSanitizedMarkdown(markdown);
    // The link text may stay visible as text; what matters is that nothing is clickable.
    expect(html).not.toMatch(/href=/i);
  });

  it.each([
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=https://evil.example></iframe>",
    "<svg onload=alert(1)>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "![x](https://evil.example/pixel.png)",
  ])("never emits raw HTML, event handlers or images: %s", (markdown) => {
    const html = renderSanitizedMarkdown(markdown);
    expect(html).not.toMatch(/<(script|img|iframe|svg|div|style)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/href="javascript/i);
  });

  it("escapes text so it cannot open a tag", () => {
    expect(renderSanitizedMarkdown("a < b & `</ScRiPt >` <!-- c")).not.toMatch(/<\/script|<!--/i);
  });
});
