import { NotFoundPage } from "./not-found.js";

export function PartnershipCommitmentsPage() {
  return <NotFoundPage />;
}
