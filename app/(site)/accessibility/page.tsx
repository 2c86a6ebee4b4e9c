import { accessibilityMetadata, AccessibilityPage } from "@/components/site/accessibility/accessibility-page";

export const metadata = accessibilityMetadata("en");

export default function EnglishAccessibilityPage() {
  return <AccessibilityPage locale="en" />;
}
