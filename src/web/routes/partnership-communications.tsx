import { NotFoundPage } from "./not-found.js";

export function PartnershipCommunicationsPage() {
  return <NotFoundPage />;
}
