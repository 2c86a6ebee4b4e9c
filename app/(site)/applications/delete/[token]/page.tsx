import { DeletionPage } from "@/components/apply/deletion-page";
import { applyWords } from "@/lib/i18n/apply";

export const instant = false;
export const metadata = { title: applyWords("en").deletion.title, robots: { index: false }, referrer: "no-referrer" };

export default async function ApplicationDeletionPage({ params }: { params: Promise<{ token: string }> }) {
  return <DeletionPage token={(await params).token} locale="en" />;
}
