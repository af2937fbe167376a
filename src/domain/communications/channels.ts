/** How member organizations were in touch: the channels a contact in the log may have used. */
export const COMMUNICATION_CHANNELS = [
  "meeting",
  "phone",
  "email",
  "video_call",
  "newsletter",
  "document_sharing",
  "chat",
  "forum",
  "site_visit",
  "other",
] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];
