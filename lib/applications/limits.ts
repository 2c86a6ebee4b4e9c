/** The application form's bounds, shared by the form (hints), the route handler and the proxy. */
export const CV_MAX_BYTES = 5 * 1024 * 1024;
/** The whole multipart body: the CV plus the text fields and the multipart framing. */
export const APPLICATION_MAX_BODY_BYTES = Math.round(5.5 * 1024 * 1024);

export const FIELD_LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  coverLetter: 10_000,
  linkUrl: 2_000,
  answer: 2_000,
  filename: 200,
} as const;

/** Submissions per client address per hour and per email address per day (lib/applications/submission-limit.ts). */
export const MAX_PER_IP_PER_HOUR = 10;
export const MAX_PER_EMAIL_PER_DAY = 3;
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** How long a refused submission's typed values are kept for the form to show them again. */
export const DRAFT_KEEP_MS = HOUR_MS;
