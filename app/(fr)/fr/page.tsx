import { homeMetadata, HomePage } from "@/components/site/home/home-page";

export const metadata = homeMetadata("fr");

export default function FrenchHomePage() {
  return <HomePage locale="fr" />;
}
