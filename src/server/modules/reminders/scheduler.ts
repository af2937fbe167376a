// The server's own reminder run: on a timer beside the request path, from the start and then every
// quarter of an hour. Runs of several instances overlap harmlessly: each reminder is claimed in the
// database (service.ts), so whichever instance inserts its key first sends it.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { startRunner, type Runner } from "../jobs/runner.js";
import type { Mailer } from "../mail/outbox.js";
import { sendDueReminders } from "./service.js";

export const REMINDER_INTERVAL_MS = 15 * 60_000;

export type ReminderRunnerOptions = { intervalMs?: number };

export function startReminderRunner(
  db: Kysely<DB>,
  mailer: Mailer,
  onError: (error: unknown) => void,
  options: ReminderRunnerOptions = {},
): Runner {
  return startRunner({
    intervalMs: options.intervalMs ?? REMINDER_INTERVAL_MS,
    runBatch: async () => {
      await sendDueReminders(db, mailer, new Date());
      // One run covers everything due; the next is due at the next interval.
      return false;
    },
    onError,
  });
}
