import Link from "next/link";
import { getAdminText } from "@/lib/i18n/admin/get-admin-locale";

/** forbidden() from requireUser: signed in, but this role may not open the page. */
export default async function Forbidden() {
  const { t } = await getAdminText();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 px-6 py-16">
      <h1 className="text-4xl font-black tracking-tight">{t.forbidden.title}</h1>
      <p className="text-muted">{t.forbidden.body}</p>
      <p>
        <Link href="/admin/postings" className="font-bold underline underline-offset-4">
          {t.forbidden.back}
        </Link>
      </p>
    </div>
  );
}
