import { applyWords } from "@/lib/i18n/apply";
import { ApplyThanksPage } from "@/components/apply/apply-page";

export const generateStaticParams = async () => [{ slug: "no-open-postings" }];
export const metadata = { title: applyWords("en").thanksTitle, robots: { index: false } };

export default async function ApplicationThanksPage({ params }: { params: Promise<{ slug: string }> }) {
  return <ApplyThanksPage slug={(await params).slug} locale="en" />;
}
