import { NotFoundPage } from "./not-found.js";

export function PartnershipCharterPage() {
  return <NotFoundPage />;
}
