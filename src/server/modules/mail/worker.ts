// Sending what the outbox holds: a timer in each server process claims due messages in the database
// (modules/jobs), sends them through the SMTP server, and records the outcome. A refused or failed
// send is tried again later, each time after twice the delay, until the attempts are spent.
import nodemailer from "nodemailer";
import type { Kysely } from "kysely";
import { afterFailure, DEFAULT_RETRY, type RetryPolicy } from "../../../domain/jobs/retry.js";
import type { DialectName } from "../../db/database.js";
import type { DB, MailMessageRow } from "../../db/schema.js";
import { claimJobs, finishJob } from "../jobs/repository.js";
import { startRunner, workerIdentity, type Runner } from "../jobs/runner.js";

export type MailWorkerOptions = {
  /** How often to look for due messages when there is nothing to do. */
  intervalMs?: number;
  retry?: RetryPolicy;
  /** Messages claimed at once; the lease must cover sending them all. */
  batchSize?: number;
  leaseMs?: number;
  workerId?: string;
};

type Transport = {
  sendMail: (mail: { from: string; to: string; subject: string; text: string; headers: Record<string, string> }) => Promise<unknown>;
};

export function smtpTransport(smtpUrl: string): Transport & { close: () => void } {
  // A few connections kept open and reused; short timeouts, so that a message that cannot be handed
  // over soon is tried again later rather than holding its claim.
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}

/** Claims one batch and sends it. True when the batch was full, so that there may be more right away. */
export async function sendDueMessages(
  db: Kysely<DB>,
  dialect: DialectName,
  transport: Transport,
  from: string,
  options: Required<Omit<MailWorkerOptions, "intervalMs">>,
): Promise<boolean> {
  const claimed: MailMessageRow[] = await claimJobs(db, dialect, "mail_messages", {
    workerId: options.workerId,
    limit: options.batchSize,
    leaseMs: options.leaseMs,
    at: new Date(),
  });
  await Promise.all(claimed.map((message) => sendOne(db, transport, from, message, options)));
  return claimed.length === options.batchSize;
}

/** Hands one message to the SMTP server and records the outcome; a refusal is tried again later or, attempts spent, marked failed. */
async function sendOne(
  db: Kysely<DB>,
  transport: Transport,
  from: string,
  message: MailMessageRow,
  options: Required<Omit<MailWorkerOptions, "intervalMs">>,
): Promise<void> {
  let refusal: string | null = null;
  try {
    await transport.sendMail({
      from,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      headers: {
        "Content-Language": message.language,
        "X-Convene-Message-Id": message.id,
        ...(message.list_unsubscribe ? { "List-Unsubscribe": `<${message.list_unsubscribe}>` } : {}),
      },
    });
  } catch (error) {
    refusal = describe(error);
  }
  if (refusal === null) {
    await finishJob(db, "mail_messages", message.id, options.workerId, { kind: "done", extra: { sent_at: new Date().toISOString() } });
    return;
  }
  const next = afterFailure(options.retry, message.attempts);
  await finishJob(
    db,
    "mail_messages",
    message.id,
    options.workerId,
    next.retry
      ? { kind: "retry", nextAttemptAt: new Date(Date.now() + next.delayMs).toISOString(), error: refusal }
      : { kind: "failed", error: refusal },
  );
}

/** Starts this process's mail worker. Stop it before closing the database. */
export function startMailWorker(
  database: { db: Kysely<DB>; dialect: DialectName },
  mail: { smtpUrl: string; from: string },
  onError: (error: unknown) => void,
  options: MailWorkerOptions = {},
): Runner {
  const transport = smtpTransport(mail.smtpUrl);
  const settings = {
    retry: options.retry ?? DEFAULT_RETRY,
    batchSize: options.batchSize ?? 10,
    leaseMs: options.leaseMs ?? 10 * 60_000,
    workerId: options.workerId ?? workerIdentity(),
  };
  const runner = startRunner({
    intervalMs: options.intervalMs ?? 5_000,
    runBatch: () => sendDueMessages(database.db, database.dialect, transport, mail.from, settings),
    onError,
  });
  return {
    wake: runner.wake,
    stop: async () => {
      await runner.stop();
      transport.close();
    },
  };
}
