import type { Prisma } from "@/lib/generated/prisma/client";
import { applicationsText } from "@/lib/i18n/admin-applications";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { siteUrl } from "@/lib/public/site-url";

type Tx = Prisma.TransactionClient;

/**
 * Who hears of a new application: the posting's author and its assigned hiring managers (the people who follow
 * it), active accounts only; when none is left, every active admin, so an application is never unannounced.
 */
export async function notificationRecipients(tx: Tx, postingId: string): Promise<string[]> {
  const posting = await tx.posting.findUnique({
    where: { id: postingId },
    select: { author: { select: { email: true, disabledAt: true } }, assignments: { select: { user: { select: { email: true, disabledAt: true } } } } },
  });
  const followers = [posting?.author, ...(posting?.assignments.map((assignment) => assignment.user) ?? [])].filter(
    (user): user is { email: string; disabledAt: null } => Boolean(user) && user!.disabledAt === null,
  );
  if (followers.length > 0) return [...new Set(followers.map((user) => user.email))];
  const admins = await tx.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { email: true }, orderBy: { email: "asc" } });
  return admins.map((admin) => admin.email);
}

/**
 * Queues, in the submission's transaction, one email per recipient: the candidate's name, the role and a link to
 * the application in the admin — nothing else of the candidate's data leaves the site. In English, then French
 * (accounts carry no language). Rows carry the application's id, so its deletion removes them too.
 */
export async function notifyRecruiters(tx: Tx, input: { postingId: string; applicationId: string; title: string; candidateName: string; now: Date }): Promise<number> {
  const recipients = await notificationRecipients(tx, input.postingId);
  const url = `${siteUrl()}/admin/applications/${input.applicationId}`;
  const en = applicationsText("en").notification;
  const fr = applicationsText("fr").notification;
  const words = { title: input.title, name: input.candidateName, url };
  for (const to of recipients) {
    await enqueueMail(tx, {
      to,
      subject: `${en.subject(input.title)} / ${fr.subject(input.title)}`,
      text: `${en.body(words)}\n\n—\n\n${fr.body(words)}`,
      kind: "application.notification",
      applicationId: input.applicationId,
      now: input.now,
    });
  }
  return recipients.length;
}
