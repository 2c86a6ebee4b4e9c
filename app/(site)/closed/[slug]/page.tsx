import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RelatedRoles } from "@/components/site/posting/related-roles";
import { getClosedPosting, getRelatedRoles } from "@/lib/public/public-posting";

// The page of a role that was public and is closed. The proxy rewrites
// /jobs/<slug> (and /fr/jobs/<slug>) here with HTTP status 410 Gone; direct
// requests to /closed/… get a 404 from the proxy.
export const generateStaticParams = async () => [{ slug: "no-closed-posting" }];

// No robots here: Next writes <meta name="robots" content="noindex"> itself on any
// response above 400 (this one is 410), and a second robots tag would contradict it.
export const metadata: Metadata = { title: "This role is closed" };

export default async function ClosedPostingPage({ params }: { params: Promise<{ slug: string }> }) {
  const closed = await getClosedPosting((await params).slug);
  if (!closed) notFound();
  const similar = await getRelatedRoles(closed.slug, closed.teamSlug, closed.contractType);
  return (
    <div className="mx-auto max-w-6xl px-5 py-16 sm:px-8">
      <p className="text-sm font-bold uppercase tracking-wider text-muted">{closed.teamName}</p>
      <h1 className="mt-2 text-4xl font-black tracking-tight sm:text-5xl">{closed.title}</h1>
      <p className="mt-6 max-w-2xl text-xl font-semibold">This role is closed: it no longer accepts applications.</p>
      <p className="mt-2 max-w-2xl">Thank you for your interest. Similar roles may be open right now.</p>
      <p className="mt-8">
        <Link href="/jobs" className="inline-flex rounded-full bg-ink px-7 py-3 font-bold text-paper">
          See all open roles
        </Link>
      </p>
      <RelatedRoles roles={similar} locale="en" title="Similar open roles" />
    </div>
  );
}
