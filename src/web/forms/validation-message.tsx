import { useTranslation } from "react-i18next";
import type { Message } from "./validation-messages.js";

/** A field's error, translated when shown, so that it follows a change of language. */
export function ValidationMessage({ message }: { message: Message }) {
  const { t } = useTranslation();
  return <>{"key" in message ? t(`validation.${message.key}`, message.values ?? {}) : message.text}</>;
}
