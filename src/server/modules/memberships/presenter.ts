import type { Membership } from "../../../contracts/memberships.js";
import { MEMBERSHIP_ORIGINS, SECTORS } from "../../../domain/vocabulary.js";
import { storedKey } from "../partnerships/stored-keys.js";
import { storedAxisStages } from "./axis-stages.js";
import type { MembershipDetailRow } from "./repository.js";

export function presentMembership(row: MembershipDetailRow): Membership {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    organization: {
      id: row.organization_id,
      name: row.organization_name,
      sector: storedKey(SECTORS, row.organization_sector) ?? "other",
      hasCrimePreventionMandate: row.organization_mandate === 1,
    },
    isLead: row.is_lead === 1,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    representative:
      row.representative_id !== null && row.representative_name !== null
        ? { id: row.representative_id, name: row.representative_name, email: row.representative_email }
        : null,
    origin: storedKey(MEMBERSHIP_ORIGINS, row.origin) ?? null,
    isNewPartner: row.is_new_partner === 1,
    // What the partnership's staff wrote about the member is theirs and the member's own organization's to read.
    notes: row.can_read_notes === 1 ? row.notes : null,
    isCritic: row.is_critic === 1,
    axisStages: storedAxisStages(row.axis_stages),
    confirmedAt: row.confirmed_at,
    abilities: {
      update: row.can_manage === 1,
      delete: row.can_manage === 1,
      readInvolvement: row.can_read_involvement === 1,
      recordLeadView: row.can_record_lead_view === 1,
      recordPartnerView: row.can_record_partner_view === 1,
      confirm: row.confirmed_at === null && row.can_confirm === 1,
      pledge: row.can_pledge === 1,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
