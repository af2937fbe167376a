import type { Kysely } from "kysely";
import { newId, now } from "../../ids.js";

// The lead organization of a partnership is one of its members, marked as the lead by being the
// partnership's lead_organization_id. Partnerships created through the API and imports already had
// their lead as a member; the demo's and older ones did not. Each gets the membership it lacks, joined
// on the partnership's start date. Nothing is removed.
const ROWS_PER_INSERT = 500;

export async function up(db: Kysely<any>): Promise<void> {
  const missing = await db
    .selectFrom("partnerships as p")
    .select(["p.id", "p.lead_organization_id", "p.start_date"])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("memberships as m")
            .select("m.id")
            .whereRef("m.partnership_id", "=", "p.id")
            .whereRef("m.organization_id", "=", "p.lead_organization_id"),
        ),
      ),
    )
    .execute();
  const at = now();
  const rows = missing.map((partnership) => ({
    id: newId(),
    partnership_id: partnership.id,
    organization_id: partnership.lead_organization_id,
    joined_on: partnership.start_date,
    left_on: null,
    representative_contact_id: null,
    origin: null,
    is_new_partner: 0,
    notes: null,
    created_at: at,
    updated_at: at,
  }));
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto("memberships")
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .execute();
  }
}

export async function down(): Promise<void> {
  // The memberships added are real memberships now; they stay.
}
