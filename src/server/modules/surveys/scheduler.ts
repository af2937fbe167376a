// The server's own survey mail run: on a timer beside the request path, from the start and then every
// five minutes, so that a round's invitations leave soon after it opens. Runs of several instances
// overlap harmlessly: each mail is claimed in the database (mailing.ts).
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { startRunner, type Runner } from "../jobs/runner.js";
import type { Mailer } from "../mail/outbox.js";
import { sendDueSurveyMail } from "./due-mail.js";

export const SURVEY_MAIL_INTERVAL_MS = 5 * 60_000;

export type SurveyRunnerOptions = { intervalMs?: number };

export function startSurveyRunner(
  db: Kysely<DB>,
  mailer: Mailer,
  onError: (error: unknown) => void,
  options: SurveyRunnerOptions = {},
): Runner {
  return startRunner({
    intervalMs: options.intervalMs ?? SURVEY_MAIL_INTERVAL_MS,
    runBatch: async () => {
      await sendDueSurveyMail(db, mailer, new Date());
      // One run covers everything due; the next is due at the next interval.
      return false;
    },
    onError,
  });
}
