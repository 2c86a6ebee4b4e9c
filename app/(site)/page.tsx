import { homeMetadata, HomePage } from "@/components/site/home/home-page";

export const metadata = homeMetadata("en");

export default function EnglishHomePage() {
  return <HomePage locale="en" />;
}
