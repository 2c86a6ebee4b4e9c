import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { publicWords } from "@/lib/i18n/public";

// Any /fr/… address that no French page answers: the French 404 (app/(fr)/not-found.tsx) in the French
// chrome, rather than the global (English) one.
export const generateStaticParams = async () => [{ unknown: ["not-a-page"] }];

export const metadata: Metadata = { title: publicWords("fr").notFound.title };

export default function FrenchUnknownPage() {
  notFound();
}
