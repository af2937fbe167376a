import { NotFoundPage } from "./not-found.js";

export function MeetingDetailPage() {
  return <NotFoundPage />;
}
