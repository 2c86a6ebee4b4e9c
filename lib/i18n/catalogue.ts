/**
 * How the interface's words are kept: one typed dictionary module per area and language
 * (lib/i18n/<area>/en.ts is the reference, lib/i18n/<area>/fr.ts is typed `Catalogue<typeof en>`), so a
 * French catalogue that misses a key, or gives a message different arguments, fails the typecheck.
 * Plain modules rather than an i18n library: the App Router renders on the server, every page knows its
 * locale from its route (public site) or the signed-in user's choice (admin), and a typed import is the
 * cheapest lookup there is: no provider, no runtime loading, no message-id strings to mistype.
 *
 * Values are strings, or functions for messages with parts (counts, names, dates).
 */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Catalogue<T[K]>;
};
