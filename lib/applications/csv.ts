/**
 * One CSV cell, safe to open in a spreadsheet: quoted, quotes doubled, and a value a spreadsheet would
 * read as a formula (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe
 * (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
