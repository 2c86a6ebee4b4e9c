import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-6xl px-5 py-20 sm:px-8">
      <h1 className="text-4xl font-black tracking-tight">Page not found</h1>
      <p className="mt-4 text-lg">This address does not lead to a page or an open role.</p>
      <p className="mt-8">
        <Link href="/jobs" className="inline-flex rounded-full bg-ink px-7 py-3 font-bold text-paper">
          See all open roles
        </Link>
      </p>
    </div>
  );
}
