// A message in its recipient's language, from the templates in server/messages (mail-en.ts, mail-fr.ts).
import type { Language } from "../../../domain/vocabulary.js";
import { render, text, type MessageParams } from "../../messages/render.js";

export type MailTemplate =
  "passwordReset" | "invitation" | "reminderDigest" | "meetingNotice" | "surveyInvitation" | "surveyReminder" | "surveyLink";

export function composeMail(language: Language, template: MailTemplate, params: MessageParams): { subject: string; body: string } {
  return {
    subject: render(language, text(`mail.${template}.subject`, params)),
    body: render(language, text(`mail.${template}.body`, params)),
  };
}
