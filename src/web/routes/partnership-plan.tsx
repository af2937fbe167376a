import { NotFoundPage } from "./not-found.js";

export function PartnershipPlanPage() {
  return <NotFoundPage />;
}
