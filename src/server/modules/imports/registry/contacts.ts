// Rows of the contacts sheet: people at an organization, found by email (else by name) within it.
import { contactUpdateSchema } from "../../../../contracts/contacts.js";
import type { REGISTRY_COLUMNS } from "../../../../contracts/imports.js";
import { LANGUAGES, SECTORS } from "../../../../domain/vocabulary.js";
import { text } from "../../../messages/render.js";
import type { RowReader } from "../row-reader.js";
import { changes, contactKey, type RegistryState } from "./state.js";

export type ContactColumn = (typeof REGISTRY_COLUMNS)["contacts"]["required" | "optional"][number];

const fields = contactUpdateSchema.shape;

export function contactPlanner(state: RegistryState) {
  const seen = new Map<string, number>();
  return (reader: RowReader<ContactColumn>): void => {
    const organizationName = reader.required("organization");
    const organizationSector = reader.key("organization_sector", SECTORS) ?? null;
    const name = reader.parsed("name", fields.name);
    const title = reader.parsed("title", fields.title);
    const email = reader.parsed("email", fields.email);
    const phone = reader.parsed("phone", fields.phone);
    const language = reader.key("preferred_language", LANGUAGES);
    const verifiedOn = reader.parsed("verified_on", fields.verifiedOn);
    if (organizationName === undefined || name === undefined) return;
    const organization = state.resolver.organization(reader, "organization", organizationName, organizationSector, "organization_sector");
    if (!organization) return;

    const identity = { name, email: email ?? null };
    const key = contactKey(organization.id, identity);
    const repeated = seen.get(key);
    if (repeated !== undefined) {
      reader.report(email ? "email" : "name", text("import.repeatContact", { line: repeated }));
      return;
    }
    seen.set(key, reader.line);

    const matches = state.contactsMatching(organization.id, identity);
    if (matches.length > 1) {
      reader.report("name", text("import.contactAmbiguous", { count: matches.length, organization: organization.name }));
      return;
    }
    const stored = matches[0] ? state.storedContacts.get(matches[0].id) : undefined;
    if (!stored) {
      state.addContact({
        organization_id: organization.id,
        name,
        title: title ?? null,
        email: email ?? null,
        phone: phone ?? null,
        preferred_language: language ?? "en",
        verified_on: verifiedOn ?? null,
      });
      return;
    }
    const patch = changes(stored, { name, title, email, phone, preferred_language: language ?? undefined, verified_on: verifiedOn });
    if (state.tally("contacts", stored, patch, { organizationId: organization.id })) {
      state.patches.contacts.set(stored.id, { ...patch, updated_at: state.at });
    }
  };
}
