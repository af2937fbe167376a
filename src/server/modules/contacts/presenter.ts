import type { Contact } from "../../../contracts/contacts.js";
import { LANGUAGES } from "../../../domain/vocabulary.js";
import type { ContactRow } from "../../db/schema.js";
import { storedKey } from "../partnerships/stored-keys.js";

/** A contact, with what the caller may do to it: as much as they may do to its organization's contacts. */
export function presentContact(row: ContactRow, canManage: boolean): Contact {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    preferredLanguage: storedKey(LANGUAGES, row.preferred_language) ?? "en",
    verifiedOn: row.verified_on,
    abilities: { update: canManage, delete: canManage },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
