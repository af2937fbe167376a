import type { Kysely } from "kysely";
import type { Role } from "../../contracts/vocabulary.js";
import type { DB } from "../db/schema.js";
import { randomToken } from "../http/crypto.js";
import { countUsers } from "../modules/auth/repository.js";
import { createUser } from "../modules/users/service.js";

export type DemoResult = { password: string; accounts: { role: Role; email: string }[] };

/** Loads the demo portfolio into a database with no users; does nothing otherwise. */
export async function loadDemoIfEmpty(db: Kysely<DB>): Promise<DemoResult | null> {
  if ((await countUsers(db)) > 0) return null;
  return loadDemo(db);
}

export async function loadDemo(db: Kysely<DB>): Promise<DemoResult> {
  const password = randomToken(12);
  await createUser(db, { email: "admin@convene.example", name: "Demo Administrator", role: "admin", password, locale: "en", programIds: [], partnershipIds: [] }, null);
  return { password, accounts: [{ role: "admin", email: "admin@convene.example" }] };
}
