import type { Metadata } from "next";
import { ClosedPostingPage } from "@/components/site/closed/closed-posting-page";
import { publicWords } from "@/lib/i18n/public";

// The page of a role that was public and is closed. The proxy rewrites
// /jobs/<slug> here with HTTP status 410 Gone (/fr/jobs/<slug> goes to
// app/(fr)/fr/closed); direct requests to /closed/… get a 404 from the proxy.
export const generateStaticParams = async () => [{ slug: "no-closed-posting" }];

// No robots here: Next writes <meta name="robots" content="noindex"> itself on any
// response above 400 (this one is 410), and a second robots tag would contradict it.
export const metadata: Metadata = { title: publicWords("en").closed.title };

export default async function EnglishClosedPostingPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ClosedPostingPage slug={(await params).slug} locale="en" />;
}
