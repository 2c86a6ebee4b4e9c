import Link from "next/link";

/** forbidden() from requireUser: signed in, but this role may not open the page. */
export default function Forbidden() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 px-6 py-16">
      <h1 className="text-4xl font-black tracking-tight">You don&apos;t have access to this page</h1>
      <p className="text-muted">Your role does not include it. If you need it, ask an admin.</p>
      <p>
        <Link href="/admin/postings" className="font-bold underline underline-offset-4">
          Back to postings
        </Link>
      </p>
    </div>
  );
}
