import { useMutation } from "@tanstack/react-query";
import { unsubscribedSchema, type Unsubscribe } from "../../contracts/reminders.js";
import { apiRequest } from "./client.js";

/** Follows a reminder's unsubscribe link; no sign-in needed. */
export function useUnsubscribe() {
  return useMutation({ mutationFn: (body: Unsubscribe) => apiRequest(unsubscribedSchema, "POST", "/unsubscribe", { body }) });
}
