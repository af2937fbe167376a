import { NotFoundPage } from "./not-found.js";

export function PartnershipMeetingsPage() {
  return <NotFoundPage />;
}
