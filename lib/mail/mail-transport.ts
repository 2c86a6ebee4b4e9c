import nodemailer from "nodemailer";

export type OutgoingMail = { to: string; subject: string; text: string };
export type MailTransport = { name: string; send(mail: OutgoingMail): Promise<void> };

/**
 * SMTP through nodemailer when SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS), from
 * MAIL_FROM (default careers@<SITE_URL's host>); null otherwise: the outbox then records each email for
 * admins to read at /admin/emails instead of sending it.
 */
export function configuredMailTransport(env: NodeJS.ProcessEnv = process.env): MailTransport | null {
  const url = env.SMTP_URL;
  if (!url) return null;
  const transporter = nodemailer.createTransport(url);
  const from = env.MAIL_FROM || `Back Market careers <careers@${hostOf(env.SITE_URL) ?? "localhost"}>`;
  return {
    name: "smtp",
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}
