"use client";

import { useSyncExternalStore } from "react";
import type { Locale } from "@/lib/i18n/locales";

const subscribe = () => () => undefined;

/**
 * A reader whose browser prefers the other language gets a one-line hint to the same page in it. Never a
 * redirect: the address a person (or a crawler) asked for is the page they get.
 */
export function LanguageSuggestion({ other, href, text }: { other: Locale; href: string; text: string }) {
  const prefersOther = useSyncExternalStore(
    subscribe,
    () => (navigator.languages[0] ?? navigator.language ?? "").toLowerCase().startsWith(other),
    () => false,
  );
  if (!prefersOther) return null;
  return (
    <p lang={other} className="text-sm">
      <a href={href} hrefLang={other} className="underline underline-offset-4">
        {text}
      </a>
    </p>
  );
}
