import { NotFoundPage } from "./not-found.js";

export function UnsubscribePage() {
  return <NotFoundPage />;
}
