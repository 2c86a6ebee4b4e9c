import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/auth/login-form";
import { secondaryButtonClass } from "@/components/admin/auth/form-field";
import { signInWithSsoAction } from "@/lib/auth/actions/sso-actions";
import { isOidcEnabled } from "@/lib/auth/config";
import { getSessionUser } from "@/lib/auth/guard";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";
import type { AdminCatalogue } from "@/lib/i18n/admin/catalogue";
import { messagesText } from "@/lib/i18n/admin-messages";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminText()).t.login.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Auth.js sends errors back as ?error=…; show the generic message, never the detail. */
function errorMessage(code: string | undefined, t: AdminCatalogue, locale: Locale): string | undefined {
  if (!code) return undefined;
  const m = messagesText(locale).signIn;
  if (code === "CredentialsSignin") return m.generic;
  if (code === "MissingFields") return m.missingFields;
  if (code === "Unavailable") return m.unavailable;
  if (code === "AccessDenied") return t.login.ssoDenied;
  return t.login.failed;
}

function first(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await getSessionUser()) redirect(callbackUrl);
  const sso = isOidcEnabled();
  const { locale, t } = await getAdminText();
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-8 px-6 py-16">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">{t.login.title}</h1>
        <p className="text-muted">{t.login.intro}</p>
      </div>
      <LoginForm callbackUrl={callbackUrl} initialError={errorMessage(first(params.error), t, locale)} locale={locale} />
      {sso ? (
        <form action={signInWithSsoAction} className="flex flex-col gap-3 border-t-2 border-line pt-6">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className={secondaryButtonClass}>
            {t.login.sso}
          </button>
        </form>
      ) : null}
    </div>
  );
}
