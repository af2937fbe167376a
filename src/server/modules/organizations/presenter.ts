import type { Organization } from "../../../contracts/organizations.js";
import type { GovernmentLevel, Sector } from "../../../domain/vocabulary.js";
import { withScheme } from "../../../domain/registry/website.js";
import { updatedByOf } from "../audit/presenter.js";
import type { OrganizationDetailRow } from "./repository.js";

export function presentOrganization(row: OrganizationDetailRow): Organization {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector as Sector,
    governmentLevel: row.government_level as GovernmentLevel | null,
    hasCrimePreventionMandate: row.has_crime_prevention_mandate === 1,
    // Rows saved before addresses were stored with their scheme are shown as links all the same.
    website: withScheme(row.website),
    notes: row.notes,
    membershipCount: Number(row.membership_count ?? 0),
    abilities: {
      update: row.can_update === 1,
      delete: row.can_delete === 1,
      readContacts: row.can_read_contacts === 1,
      manageContacts: row.can_manage_contacts === 1,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: updatedByOf(row),
  };
}
