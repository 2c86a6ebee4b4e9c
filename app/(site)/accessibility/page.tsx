import type { Metadata } from "next";

export const metadata: Metadata = { title: "Accessibility" };

export default function AccessibilityPage() {
  return (
    <div className="mx-auto max-w-3xl px-5 py-16 sm:px-8">
      <h1 className="text-4xl font-black tracking-tight">Accessibility</h1>
      <p className="mt-6 text-lg leading-8">
        This careers site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA: every page has
        landmarks and one main heading, every control has a label, focus is always visible, a skip link leads to the
        content, and the job listing works with the keyboard, with a screen reader and without JavaScript.
      </p>
      <p className="mt-4 text-lg leading-8">
        If something stops you from reading a role or applying, tell the recruiter named in the posting or write to the
        address on its apply button: we will answer and fix it.
      </p>
    </div>
  );
}
