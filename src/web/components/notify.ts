import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { isApiError } from "../api/client.js";

/**
 * The text to show for a failed call. Errors that say nothing specific about the data are translated;
 * the others (a name already taken, an organization still in use) are the server's own words.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t("errors.title");
  switch (error.code) {
    case "network_error":
      return t("errors.network");
    case "invalid_credentials":
      return t("errors.invalidCredentials");
    case "csrf_failed":
      return t("errors.csrf");
    case "forbidden":
      return error.message || t("errors.forbidden");
    default:
      return error.message || t("errors.title");
  }
}

export function notifyError(error: unknown, title: string, t: TFunction): void {
  notifications.show({ color: "red", title, message: errorMessage(error, t), autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: "teal", message, autoClose: 4000 });
}
