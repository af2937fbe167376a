import { NotFoundPage } from "./not-found.js";

export function PartnershipAccountabilityPage() {
  return <NotFoundPage />;
}
