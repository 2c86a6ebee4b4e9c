// Answers of the admin's server actions that are not about one field: sign-in, account and user
// confirmations, and the CMS's refusals (role, assignment, conflict, session, wrong status). The English
// values are also exported under their old names (lib/auth/login.ts, lib/cms/refusal.ts…) for scripts and tests.
export const en = {
  signIn: {
    generic: "We couldn't sign you in with that email and password. Check them and try again, or wait 15 minutes if you have tried several times.",
    missingFields: "Enter your email and password.",
    unavailable: "Sign-in is unavailable right now. Try again in a moment.",
    email: "Enter your email address.",
    password: "Enter your password.",
  },
  actions: {
    signedOut: "Your session has ended. Sign in again to continue.",
    notAllowed: "You don't have permission to do this.",
    nothingChanged: "Something went wrong and nothing was changed. Try again.",
    checkFields: "Check the highlighted fields.",
  },
  account: {
    passwordChanged: "Password changed. You stay signed in here; other sessions have ended.",
    otherSessionsEnded: (count: number) => (count === 0 ? "You had no other sessions." : `${count} other ${count === 1 ? "session has" : "sessions have"} ended.`),
  },
  /** The users and account forms' field messages (lib/auth/user-schemas.ts prefixes each with its field's label). */
  userForm: {
    enterPassword: "enter a password.",
    passwordMin: (min: number) => `use at least ${min} characters.`,
    passwordMax: (max: number) => `use at most ${max} characters.`,
    noControl: "remove invisible or control characters.",
    enterEmail: "enter an email address.",
    emailMax: "use at most 254 characters.",
    emailInvalid: "enter a valid email address, like name@backmarket.com.",
    enterName: "enter a name.",
    nameMax: "use at most 120 characters.",
    chooseRole: "choose a role.",
    choosePasswordMode: "choose how to set the password.",
    enterCurrentPassword: "enter your current password.",
    repeatNewPassword: "type the new password again.",
    passwordsDiffer: "the two new passwords differ.",
    samePassword: "choose a password different from the current one.",
  },
  /** User-admin refusals (lib/auth/user-admin.ts), by their `refusal` key. */
  userRefusals: {
    emailMissing: "Email: enter an email address.",
    emailTaken: "Email: a user with this email already exists.",
    userGone: "This user no longer exists.",
    lastAdmin: "At least one active admin must remain. Make someone else an admin first.",
    wrongCurrentPassword: "Current password: this is not your current password.",
  },
  users: {
    created: (email: string, role: string) => `${email} can now sign in as ${role.toLowerCase()}.`,
    roleChanged: (role: string) => `Role changed to ${role.toLowerCase()}.`,
    disabled: "Account disabled: its sessions have ended.",
    enabled: "Account enabled: they sign in again (earlier sessions stay ended).",
    passwordReset: "Password reset: the user's open sessions have ended.",
    signedOutEverywhere: (count: number) => (count === 0 ? "No open sessions." : `Signed out everywhere: ${count} ${count === 1 ? "session" : "sessions"} ended.`),
  },
  cms: {
    forbidden: "Your role does not allow this. Nothing was changed.",
    notAssigned: "You are not one of this posting's hiring managers. Ask a recruiter to add you to it. Nothing was changed.",
    conflict: "Someone else changed this posting since you opened it. Your text is still in the form.",
    nothingChanged: "Nothing was changed — try again.",
    signedOut: "Your session has ended. Sign in again in another tab, then retry: your text is still here. Nothing was changed.",
    malformed: "This request was not understood. Nothing was changed.",
    wrongStatus: (status: string, verb: string) => `This posting is ${status.toLowerCase()}, so it cannot be ${verb}. Nothing was changed.`,
    /** What a transition does, for wrongStatus. */
    verbs: {
      scheduled: "scheduled",
      movedBackToDraft: "moved back to draft",
      approved: "approved",
      sentForReview: "sent for review",
      published: "published",
      unpublished: "unpublished",
      archived: "archived",
    },
  },
};
