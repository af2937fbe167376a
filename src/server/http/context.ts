import type { Kysely } from "kysely";
import type { DialectName } from "../db/database.js";
import type { DB } from "../db/schema.js";
import type { Config } from "../env.js";

/** What every module's routes are given: the database and the configuration. */
export type AppContext = {
  db: Kysely<DB>;
  dialect: DialectName;
  config: Config;
};
