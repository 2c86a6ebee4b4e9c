import { accessibilityMetadata, AccessibilityPage } from "@/components/site/accessibility/accessibility-page";

export const metadata = accessibilityMetadata("fr");

export default function FrenchAccessibilityPage() {
  return <AccessibilityPage locale="fr" />;
}
