import type { TFunction } from "i18next";
import { COMMUNICATION_CHANNELS } from "../../../../domain/communications/channels.js";

/** The channels as select options, in the reader's language. */
export function channelOptions(t: TFunction) {
  return COMMUNICATION_CHANNELS.map((value) => ({ value, label: t(`communications.channel.${value}`) }));
}

/** Today's date where the reader is, as YYYY-MM-DD. */
export function localToday(): string {
  const today = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}
