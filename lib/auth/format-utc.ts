/** "2025-11-10 14:03:27 UTC": audit times are shown in UTC, unambiguous. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
