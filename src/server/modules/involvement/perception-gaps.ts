import type { Kysely } from "kysely";
import type { PerceptionGapQuery } from "../../../contracts/involvement.js";
import { perceptionGap } from "../../../domain/typology/perception-gap.js";
import type { DB, InvolvementRecordRow } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import * as scope from "../access/scope.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { presentGap } from "./presenter.js";
import * as repo from "./repository.js";
import { answersOf } from "./stored-classification.js";

/**
 * Where the lead and each member read their partnership differently in a round, widest gap first.
 * One query picks and orders the page of members; a second loads both records of all of them.
 */
export async function listPerceptionGaps(db: Kysely<DB>, actor: Actor, partnershipId: string, query: PerceptionGapQuery) {
  await loadPartnershipAccess(db, actor, partnershipId);
  const readable = scope.membershipsOfPartnership(db, actor, "readInvolvement", partnershipId);
  const { rows, total } = await repo.pageOfGaps(db, partnershipId, query.round, readable, query.pageSize, offsetOf(query));
  const records = await repo.listRecordsOfMemberships(
    db,
    rows.map((row) => row.membership_id),
    query.round,
  );
  const byMembership = new Map<string, { lead?: InvolvementRecordRow; partner?: InvolvementRecordRow }>();
  for (const record of records) {
    const pair = byMembership.get(record.membership_id) ?? {};
    if (record.perspective === "lead") pair.lead = record;
    else pair.partner = record;
    byMembership.set(record.membership_id, pair);
  }
  const data = rows.flatMap((row) => {
    const { lead, partner } = byMembership.get(row.membership_id) ?? {};
    if (!lead || !partner) return [];
    const gap = perceptionGap(
      { type: lead.type, ordinal: lead.type_ordinal },
      { type: partner.type, ordinal: partner.type_ordinal },
      answersOf(lead),
      answersOf(partner),
    );
    return [presentGap(row, lead, partner, gap)];
  });
  return pageFrom(data, total, query);
}
