import type { Kysely } from "kysely";
import type { DialectName } from "../db/database.js";
import type { DB } from "../db/schema.js";
import type { Config } from "../env.js";
import type { Mailer } from "../modules/mail/outbox.js";

/** What every module's routes are given: the database, the configuration and the outbox. */
export type AppContext = {
  db: Kysely<DB>;
  /**
   * For long reads (reports, exports, summaries over a portfolio): off the event loop on a SQLite
   * file, the same as `db` otherwise. Read-only, and it sees committed data only.
   */
  readDb: Kysely<DB>;
  /** Where imports check and write: off the event loop and beside `db` on a SQLite file, the same as `db` otherwise. */
  importDb: Kysely<DB>;
  dialect: DialectName;
  config: Config;
  mail: Mailer;
};
