import type { Kysely } from "kysely";
import type { Role } from "../../domain/vocabulary.js";
import type { DB } from "../db/schema.js";
import { randomToken } from "../crypto.js";
import { newId, now } from "../ids.js";
import { hashPassword } from "../modules/auth/passwords.js";
import { countUsers } from "../modules/auth/repository.js";
import { buildDemoRows } from "./build.js";
import { DEMO_PORTFOLIO } from "./portfolio/index.js";
import type { DemoPortfolio } from "./portfolio/types.js";
import { insertDemoRows } from "./repository.js";

export type DemoResult = { password: string; accounts: { role: Role; email: string }[] };

/** Loads the demo portfolio into a database with no users; does nothing otherwise. */
export async function loadDemoIfEmpty(db: Kysely<DB>): Promise<DemoResult | null> {
  if ((await countUsers(db)) > 0) return null;
  try {
    return await loadDemo(db);
  } catch (error) {
    // Two instances starting together on one PostgreSQL database both find it empty; the second
    // one's insert then fails on a unique key. The portfolio is there, which is all that matters.
    if ((await countUsers(db)) > 0) return null;
    throw error;
  }
}

/**
 * Inserts the portfolio in one transaction. Every account shares one generated password, hashed
 * once, which the caller shows to the operator a single time.
 */
export async function loadDemo(db: Kysely<DB>, portfolio: DemoPortfolio = DEMO_PORTFOLIO): Promise<DemoResult> {
  const password = randomToken(12);
  const rows = buildDemoRows(portfolio, { today: new Date(), at: now(), passwordHash: await hashPassword(password), newId });
  await db.transaction().execute((trx) => insertDemoRows(trx, rows));
  return { password, accounts: portfolio.accounts.map((account) => ({ role: account.role, email: account.email })) };
}
