import { resolve } from "node:path";
import { z } from "zod";
import { DEFAULT_READ_WORKERS } from "./db/read-workers.js";

const booleanFlag = z
  .enum(["0", "1", "true", "false", "yes", "no"], { error: "must be 0 or 1" })
  .transform((value) => value === "1" || value === "true" || value === "yes");

/** How long PostgreSQL is given, in milliseconds: to open a connection, to run one statement, before an idle pooled connection is closed. */
export type PostgresTimeouts = { connectMs: number; statementMs: number; idleMs: number };

/**
 * A healthy server connects in milliseconds, so 5 s only covers a loaded one. The slowest legitimate
 * statements are the reports over a national portfolio, a few seconds at worst; 30 s leaves them ample
 * room while still bounding a request to a frozen database.
 */
export const POSTGRES_TIMEOUT_DEFAULTS: PostgresTimeouts = { connectMs: 5000, statementMs: 30_000, idleMs: 10_000 };

// A switch that is on unless turned off, written any of the usual ways.
const onOffFlag = z
  .enum(["on", "off", "0", "1", "true", "false", "yes", "no"], { error: "must be on or off" })
  .transform((value) => value === "on" || value === "1" || value === "true" || value === "yes");

const envSchema = z.object({
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "must start with postgres:// (leave it unset for the embedded SQLite database)" })
    .optional(),
  CONVENE_DATA_DIR: z.string().min(1).default("./data"),
  CONVENE_DEMO: booleanFlag.default(true),
  CONVENE_SECURE_COOKIES: booleanFlag.optional(),
  CONVENE_TRUST_PROXY: booleanFlag.default(false),
  CONVENE_FORCE_HTTPS: booleanFlag.default(false),
  CONVENE_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  CONVENE_SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  CONVENE_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
  CONVENE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
  CONVENE_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  CONVENE_PG_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  CONVENE_READ_WORKERS: z.coerce.number().int().min(0).max(16).default(DEFAULT_READ_WORKERS),
  CONVENE_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(POSTGRES_TIMEOUT_DEFAULTS.connectMs),
  CONVENE_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(POSTGRES_TIMEOUT_DEFAULTS.statementMs),
  CONVENE_DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(POSTGRES_TIMEOUT_DEFAULTS.idleMs),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/?#]+/, { error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587" })
    .refine((value) => URL.canParse(value), { error: "is not a valid URL" })
    .optional(),
  CONVENE_MAIL_FROM: z
    .string()
    .trim()
    .regex(/^([^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
      error: "must be an address such as convene@example.org or Convene <convene@example.org>",
    })
    .optional(),
  CONVENE_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/?#]+\/?$/, { error: "must be the address people open, such as https://convene.example.org" })
    .optional(),
  CONVENE_REMINDERS: onOffFlag.default(true),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  port: number;
  host: string;
  /** On SQLite, `readWorkers` threads run reports and exports beside the event loop (0: on the main connection). */
  database:
    | { dialect: "sqlite"; file: string; readWorkers: number }
    | { dialect: "postgres"; url: string; poolSize: number; timeouts: PostgresTimeouts };
  dataDir: string;
  loadDemo: boolean;
  secureCookies: boolean | undefined;
  /** Behind a load balancer: take the client address and protocol from X-Forwarded-* headers. */
  trustProxy: boolean;
  /** Send HSTS and upgrade-insecure-requests on every answer, not only on requests that came over HTTPS. */
  forceHttps: boolean;
  /** How long a session lasts without activity; each request moves this forward, up to `sessionMaxDays` after sign-in. */
  sessionDays: number;
  /** How long a session lasts at most, however active, before signing in again. */
  sessionMaxDays: number;
  /**
   * Failed sign-ins counted in each window: past `maxAttempts` for one email address its attempts are
   * slowed down (never refused); past `maxAttemptsPerAddress` from one client address they are refused.
   */
  login: { maxAttempts: number; maxAttemptsPerAddress: number; windowMinutes: number };
  /**
   * Outgoing mail. Without an SMTP server messages are kept in the outbox for administrators to read.
   * `publicUrl` is where links in messages point; unset, the address the server listens on.
   */
  mail: { smtpUrl: string | null; from: string; publicUrl: string | null };
  /** Whether the server sends the reminders (weekly digests, meeting notices) on its own timer. */
  reminders: boolean;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
};

/** The sender when CONVENE_MAIL_FROM is unset and nothing is sent (the outbox only). */
const OUTBOX_FROM = "Convene <convene@localhost>";

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/** The only place process.env is read: validated once, every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  }
  const values = parsed.data;
  if (values.SMTP_URL && !values.CONVENE_MAIL_FROM) {
    throw new ConfigError(["CONVENE_MAIL_FROM is required with SMTP_URL: the address messages are sent from"]);
  }
  if (values.CONVENE_SESSION_MAX_DAYS < values.CONVENE_SESSION_DAYS) {
    throw new ConfigError([
      "CONVENE_SESSION_MAX_DAYS must be at least CONVENE_SESSION_DAYS: a session cannot idle longer than it may last",
    ]);
  }
  const dataDir = resolve(values.CONVENE_DATA_DIR);
  return {
    port: values.PORT,
    host: values.HOST,
    database: values.DATABASE_URL
      ? {
          dialect: "postgres",
          url: values.DATABASE_URL,
          poolSize: values.CONVENE_PG_POOL_SIZE,
          timeouts: {
            connectMs: values.CONVENE_DB_CONNECT_TIMEOUT_MS,
            statementMs: values.CONVENE_DB_STATEMENT_TIMEOUT_MS,
            idleMs: values.CONVENE_DB_IDLE_TIMEOUT_MS,
          },
        }
      : { dialect: "sqlite", file: resolve(dataDir, "convene.sqlite"), readWorkers: values.CONVENE_READ_WORKERS },
    dataDir,
    loadDemo: values.CONVENE_DEMO,
    secureCookies: values.CONVENE_SECURE_COOKIES,
    trustProxy: values.CONVENE_TRUST_PROXY,
    forceHttps: values.CONVENE_FORCE_HTTPS,
    sessionDays: values.CONVENE_SESSION_DAYS,
    sessionMaxDays: values.CONVENE_SESSION_MAX_DAYS,
    login: {
      maxAttempts: values.CONVENE_LOGIN_MAX_ATTEMPTS,
      maxAttemptsPerAddress: values.CONVENE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
      windowMinutes: values.CONVENE_LOGIN_WINDOW_MINUTES,
    },
    mail: {
      smtpUrl: values.SMTP_URL ?? null,
      from: values.CONVENE_MAIL_FROM ?? OUTBOX_FROM,
      publicUrl: values.CONVENE_PUBLIC_URL?.replace(/\/$/, "") ?? null,
    },
    reminders: values.CONVENE_REMINDERS,
    logLevel: values.LOG_LEVEL,
  };
}
