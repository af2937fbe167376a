import type { Kysely } from "kysely";
import type { DB } from "../../../db/schema.js";

/** The members of these partnerships with their organizations' name keys. */
export function membersOf(db: Kysely<DB>, partnershipIds: readonly string[]) {
  if (partnershipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("memberships as m")
    .innerJoin("organizations as o", "o.id", "m.organization_id")
    .select(["m.partnership_id", "o.id", "o.name_key"])
    .where("m.partnership_id", "in", partnershipIds)
    .execute();
}

/** The entries already logged in these partnerships between two days, with their parties, for matching rows to them. */
export async function entriesBetween(db: Kysely<DB>, partnershipIds: readonly string[], from: string, to: string) {
  if (partnershipIds.length === 0) return [];
  return db
    .selectFrom("communications as c")
    .innerJoin("communication_parties as p", "p.communication_id", "c.id")
    .select(["c.id", "c.partnership_id", "c.occurred_on", "c.channel", "c.subject", "p.organization_id"])
    .where("c.partnership_id", "in", partnershipIds)
    .where("c.occurred_on", ">=", from)
    .where("c.occurred_on", "<=", to)
    .execute();
}
