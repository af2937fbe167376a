// Rows of the organizations sheet: one organization per sector and name, added or brought up to date.
import type { REGISTRY_COLUMNS } from "../../../../contracts/imports.js";
import { organizationUpdateSchema } from "../../../../contracts/organizations.js";
import { GOVERNMENT_LEVELS, SECTORS } from "../../../../domain/vocabulary.js";
import { nameKey } from "../../../../domain/registry/name-key.js";
import { withScheme } from "../../../../domain/registry/website.js";
import { text } from "../../../messages/render.js";
import type { RowReader } from "../row-reader.js";
import { changes, type RegistryState } from "./state.js";

export type OrganizationColumn = (typeof REGISTRY_COLUMNS)["organizations"]["required" | "optional"][number];

const fields = organizationUpdateSchema.shape;

export function organizationPlanner(state: RegistryState) {
  const seen = new Map<string, number>();
  return (reader: RowReader<OrganizationColumn>): void => {
    const name = reader.parsed("name", fields.name);
    const sector = reader.key("sector", SECTORS);
    if (sector === null) reader.report("sector", text("import.sectorRequired", { sectors: SECTORS.join(", ") }));
    const governmentLevel = reader.key("government_level", GOVERNMENT_LEVELS);
    const mandate = reader.yesNo("has_crime_prevention_mandate");
    const typedWebsite = reader.parsed("website", fields.website);
    const website = typedWebsite === undefined ? undefined : withScheme(typedWebsite);
    const notes = reader.parsed("notes", fields.notes);
    if (name === undefined || !sector) return;

    const key = `${sector}|${nameKey(name)}`;
    const repeated = seen.get(key);
    if (repeated !== undefined) {
      reader.report("name", text("import.repeatOrganization", { line: repeated }));
      return;
    }
    seen.set(key, reader.line);

    const existing = state.references.organizationsNamed(name).find((entry) => entry.sector === sector);
    const stored = existing ? state.references.stored.organizations.get(existing.id) : undefined;
    if (!stored) {
      if (!state.resolver.mayCreate(reader, "name", "organization", name)) return;
      state.references.addOrganization({
        name,
        sector,
        government_level: governmentLevel ?? null,
        has_crime_prevention_mandate: mandate ? 1 : 0,
        website: website ?? null,
        notes: notes ?? null,
      });
      return;
    }
    const patch = changes(stored, {
      name,
      government_level: governmentLevel,
      // Blank means "not answered": the stored answer stays.
      has_crime_prevention_mandate: mandate === null || mandate === undefined ? undefined : mandate ? 1 : 0,
      website,
      notes,
    });
    if (state.tally("organizations", stored, patch, { organizationId: stored.id }))
      state.patches.organizations.set(stored.id, { ...patch, updated_at: state.at, updated_by: state.references.userId });
  };
}
