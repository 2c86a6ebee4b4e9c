export const APPLICATION_STATUSES = ["NEW", "REVIEWED", "REJECTED", "HIRED"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  NEW: "New",
  REVIEWED: "Reviewed",
  REJECTED: "Rejected",
  HIRED: "Hired",
};

/** The inbox filter's URL value (?status=new) → status, or null for "all". */
export function statusFromParam(value: unknown): ApplicationStatus | null {
  if (typeof value !== "string") return null;
  const upper = value.toUpperCase();
  return (APPLICATION_STATUSES as readonly string[]).includes(upper) ? (upper as ApplicationStatus) : null;
}
