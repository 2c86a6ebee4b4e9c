import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/auth/change-password-form";
import { requireUser } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-10 px-6 py-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-4xl font-black tracking-tight">My account</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-bold">Name</dt>
          <dd>{user.name}</dd>
          <dt className="font-bold">Email</dt>
          <dd>{user.email}</dd>
          <dt className="font-bold">Role</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
        </dl>
      </div>
      <section aria-labelledby="change-password" className="flex flex-col gap-4">
        <h2 id="change-password" className="text-2xl font-black">
          Change password
        </h2>
        <p className="text-sm text-muted">Changing it signs you out everywhere else.</p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
