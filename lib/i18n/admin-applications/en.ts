// The applications inbox (app/(admin)/admin/applications, a posting's applications page), the personal
// data requests page and the email outbox (app/(admin)/admin/emails). CSV headers stay English (a file
// for other tools). Candidates' own words are never translated.
export const en = {
  statuses: { NEW: "New", REVIEWED: "Reviewed", REJECTED: "Rejected", HIRED: "Hired" },
  inbox: {
    title: "Applications",
    exportCsv: "Export as CSV",
    privacyLink: "Personal data requests",
    filterLabel: "Filter by status",
    all: "All",
    empty: "No application here yet.",
    columns: { candidate: "Candidate", posting: "Posting", status: "Status", received: "Received", cv: "CV" },
    downloadCv: "Download CV",
    cvOf: (name: string) => ` of ${name}`,
    newCount: (count: number) => ` (${count} new)`,
  },
  postingInbox: {
    metaTitle: "Applications for a posting",
    title: (posting: string) => `Applications: ${posting}`,
  },
  application: {
    metaTitle: "Application",
    back: (posting: string) => `Applications: ${posting}`,
    summary: (status: string, received: string, formLanguage: string) => `${status} · received ${received} · ${formLanguage} form`,
    formLanguage: { en: "English", fr: "French" },
    email: "Email",
    phone: "Phone",
    link: "Link",
    cv: "CV",
    downloadCv: (filename: string, kilobytes: number) => `Download CV (${filename}, ${kilobytes} KB)`,
    coverLetter: "Cover letter",
    history: "History",
    formerUser: "a former user",
    noHistory: "No change yet.",
  },
  statusForm: {
    heading: "Status and note",
    status: "Status",
    note: "Note (optional, seen by the hiring team only)",
    save: "Save",
    changed: (status: string) => `Status changed to ${status.toLowerCase()}.`,
    noteAdded: "Note added.",
  },
  privacy: {
    title: "Personal data requests",
    retention: (months: number) =>
      `Applications are deleted ${months} months after their last change (APPLICATION_RETENTION_MONTHS). Candidates can delete their own application with the link in their confirmation email.`,
    exportHeading: "Export a person’s data",
    exportBody: "Downloads a JSON file with every application, CV, note and email of this address.",
    email: "Email address",
    download: "Download JSON",
    eraseHeading: "Erase a person’s data",
    eraseBody: "Deletes every application, CV, note and email of this address, on every posting. It cannot be undone.",
    confirm: "Type ERASE to confirm",
    erase: "Erase",
    erased: (applications: number, files: number, emails: number) => `Erased ${applications} application(s), ${files} file(s) and ${emails} email(s).`,
    errors: {
      emailMissing: "Enter the person's email address.",
      emailShape: "Enter an email address like name@example.com.",
      confirm: "Type ERASE to confirm.",
    },
  },
  emails: {
    title: "Emails",
    smtp: "Emails are sent through the configured SMTP server, with retries.",
    noSmtp: "No SMTP server is configured (SMTP_URL): emails are recorded here instead of being sent.",
    statuses: { PENDING: "waiting", SENT: "sent", RECORDED: "recorded (no SMTP server configured)", FAILED: "failed" },
    none: "No email yet",
    attempts: (count: number) => `attempts ${count}`,
    to: (address: string) => `To: ${address}`,
    show: "Show the message",
  },
  /** The email to the people who follow a posting when someone applies (lib/applications/recruiter-notification.ts). */
  notification: {
    subject: (title: string) => `New application: ${title}`,
    body: (input: { title: string; name: string; url: string }) =>
      `${input.name} has applied for “${input.title}”.\nRead the application and download the CV in the admin (sign-in needed):\n${input.url}`,
  },
};
