import { NotFoundPage } from "@/components/site/not-found-page";

export default function FrenchNotFound() {
  return <NotFoundPage locale="fr" />;
}
