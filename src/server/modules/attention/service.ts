import type { Kysely } from "kysely";
import type { AttentionItemBody, AttentionQuery } from "../../../contracts/attention.js";
import { attentionItems, type PartnershipFacts } from "../../../domain/attention/attention.js";
import { computeCoverage } from "../../../domain/coverage/coverage.js";
import { DEFAULT_COMPOSITION } from "../../../domain/coverage/default-composition.js";
import { withLead, type CoverageMember } from "../../../domain/coverage/members.js";
import { readConsistently } from "../../db/consistent-read.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { now } from "../../ids.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import * as scope from "../access/scope.js";
import { coverageLeadOf, coverageMemberOf, focusOf, storedComposition } from "../coverage/presenter.js";
import * as repo from "./repository.js";

/**
 * What the active partnerships the caller manages need next, most pressing first. Three queries for
 * any number of partnerships; coverage is computed from their members in memory, as the coverage page
 * computes it for one. The three read one snapshot, so that members and views belong to the partnerships listed.
 */
export async function listAttention(db: Kysely<DB>, actor: Actor, query: AttentionQuery) {
  const [partnerships, members, views] = await readConsistently(db, (trx) => {
    const manageable = scope.scopeOf(trx, actor, "partnership", "update");
    return Promise.all([repo.listPartnerships(trx, manageable), repo.listMembers(trx, manageable), repo.countViews(trx, manageable)]);
  });
  const today = now().slice(0, 10);
  const membersOf = new Map<string, CoverageMember[]>();
  for (const row of members) {
    const list = membersOf.get(row.partnership_id) ?? [];
    list.push(coverageMemberOf(row));
    membersOf.set(row.partnership_id, list);
  }
  const viewsOf = new Map(views.map((row) => [row.partnership_id, row]));
  const facts = partnerships.map((row): PartnershipFacts => {
    const composition =
      row.composition_document === null ? DEFAULT_COMPOSITION : storedComposition(row.composition_document, row.program_id);
    const coverage = computeCoverage(withLead(membersOf.get(row.id) ?? [], coverageLeadOf(row)), composition, focusOf(row), today);
    const counted = viewsOf.get(row.id);
    return {
      id: row.id,
      name: row.name,
      emptyRequiredSeats: coverage.slots
        .filter((slot) => slot.required && slot.fill === "empty")
        .map((slot) => ({ key: slot.key, label: slot.label })),
      wideGaps: Number(counted?.wide ?? 0),
      missingPartnerViews: Number(counted?.missing ?? 0),
      fundingEndDate: row.funding_end_date,
    };
  });
  const items = attentionItems(facts, today);
  const offset = offsetOf(query);
  // Every partnership listed is one the caller manages: the list is drawn from that scope.
  const page = items.slice(offset, offset + query.pageSize).map((item): AttentionItemBody => ({ ...item, abilities: { update: true } }));
  return pageFrom(page, items.length, query);
}
