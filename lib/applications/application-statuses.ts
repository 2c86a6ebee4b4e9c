import { en } from "@/lib/i18n/admin-applications/en";

export const APPLICATION_STATUSES = ["NEW", "REVIEWED", "REJECTED", "HIRED"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** English labels (CSV files); the admin pages say them in the reader's language: applicationsText(locale).statuses. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = en.statuses;

/** The inbox filter's URL value (?status=new) → status, or null for "all". */
export function statusFromParam(value: unknown): ApplicationStatus | null {
  if (typeof value !== "string") return null;
  const upper = value.toUpperCase();
  return (APPLICATION_STATUSES as readonly string[]).includes(upper) ? (upper as ApplicationStatus) : null;
}
