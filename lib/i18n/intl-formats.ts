// Intl formatters are costly to build (a locale and time-zone lookup each time) and cheap to use: a
// listing of 50 cards built a few hundred of them per request, ~15 % of its server time. These keep one
// per locale and options, for the process's life; the set of options the app uses is small and fixed.

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

const regionNameLists = new Map<string, Intl.DisplayNames>();

/** Countries' names in `locale` (CLDR): "France", "Allemagne". */
export function regionNames(locale: string): Intl.DisplayNames {
  let names = regionNameLists.get(locale);
  if (!names) regionNameLists.set(locale, (names = new Intl.DisplayNames([locale], { type: "region" })));
  return names;
}
