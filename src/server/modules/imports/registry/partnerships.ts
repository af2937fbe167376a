// Rows of the partnerships sheet: one partnership per program and name, with its lead organization.
import type { REGISTRY_COLUMNS } from "../../../../contracts/imports.js";
import { partnershipUpdateSchema } from "../../../../contracts/partnerships.js";
import { programNameSchema } from "../../../../contracts/programs.js";
import { FOCUS_ISSUES, PARTNERSHIP_STATUSES, PRIORITY_GROUPS, SECTORS } from "../../../../domain/vocabulary.js";
import { nameKey } from "../../../../domain/registry/name-key.js";
import { text } from "../../../messages/render.js";
import type { RowReader } from "../row-reader.js";
import { changes, type RegistryState } from "./state.js";

export type PartnershipColumn = (typeof REGISTRY_COLUMNS)["partnerships"]["required" | "optional"][number];

const fields = partnershipUpdateSchema.shape;

/** Keys as the partnerships table stores them: a JSON array in vocabulary order. */
function keysAsJson<T extends string>(vocabulary: readonly T[], keys: readonly T[] | undefined): string | undefined {
  return keys === undefined ? undefined : JSON.stringify(vocabulary.filter((key) => keys.includes(key)));
}

/** The name of a program the row creates, when the program column gives its code: checked as the program's name. */
function programName(reader: RowReader<PartnershipColumn>): string | null {
  const cell = reader.optional("program_name");
  return cell === null ? null : (reader.checked("program_name", programNameSchema, cell) ?? null);
}

function readPartnership(reader: RowReader<PartnershipColumn>) {
  return {
    program: reader.required("program"),
    programName: programName(reader),
    name: reader.parsed("name", fields.name),
    lead: reader.required("lead_organization"),
    leadSector: reader.key("lead_organization_sector", SECTORS) ?? null,
    region: reader.parsed("region", fields.region),
    priorityGroups: keysAsJson(PRIORITY_GROUPS, reader.keys("priority_groups", PRIORITY_GROUPS)),
    focusIssues: keysAsJson(FOCUS_ISSUES, reader.keys("focus_issues", FOCUS_ISSUES)),
    status: reader.key("status", PARTNERSHIP_STATUSES),
    startDate: reader.parsed("start_date", fields.startDate),
    endDate: reader.parsed("end_date", fields.endDate),
    fundingEndDate: reader.parsed("funding_end_date", fields.fundingEndDate),
    description: reader.parsed("description", fields.description),
  };
}

export function partnershipPlanner(state: RegistryState) {
  const seen = new Map<string, number>();
  return (reader: RowReader<PartnershipColumn>): void => {
    const row = readPartnership(reader);
    if (row.program === undefined || row.name === undefined || row.lead === undefined) return;
    const program = state.resolver.program(reader, "program", row.program, row.programName);
    const lead = state.resolver.organization(reader, "lead_organization", row.lead, row.leadSector, "lead_organization_sector");
    if (!program || !lead) return;

    const key = `${program.id}|${nameKey(row.name)}`;
    const repeated = seen.get(key);
    if (repeated !== undefined) {
      reader.report("name", text("import.repeatPartnership", { line: repeated }));
      return;
    }
    seen.set(key, reader.line);

    const found = state.references.partnershipsNamed(program.id, row.name);
    if (found.length > 1) {
      reader.report("name", text("import.registryPartnershipAmbiguous", { count: found.length, program: program.code }));
      return;
    }
    const stored = found[0] ? state.references.stored.partnerships.get(found[0].id) : undefined;
    const startDate = row.startDate === undefined ? stored?.start_date : row.startDate;
    const endDate = row.endDate === undefined ? stored?.end_date : row.endDate;
    if (startDate && endDate && endDate < startDate) reader.report("end_date", text("field.endBeforeStart"));
    if (!stored) {
      if (!state.resolver.mayCreate(reader, "name", "partnership", row.name, program.isNew ? null : program.id)) return;
      state.references.addPartnership({
        program_id: program.id,
        name: row.name,
        lead_organization_id: lead.id,
        region: row.region ?? null,
        priority_groups: row.priorityGroups ?? "[]",
        focus_issues: row.focusIssues ?? "[]",
        status: row.status ?? "planning",
        start_date: row.startDate ?? null,
        end_date: row.endDate ?? null,
        funding_end_date: row.fundingEndDate ?? null,
        description: row.description ?? null,
      });
      return;
    }
    const patch = changes(stored, {
      name: row.name,
      lead_organization_id: lead.id,
      region: row.region,
      priority_groups: row.priorityGroups,
      focus_issues: row.focusIssues,
      status: row.status ?? undefined,
      start_date: row.startDate,
      end_date: row.endDate,
      funding_end_date: row.fundingEndDate,
      description: row.description,
    });
    // A new lead takes part as a member, as when the lead is changed through the API.
    if (patch.lead_organization_id !== undefined) state.references.membership(stored.id, lead.id);
    if (state.tally("partnerships", stored, patch, { partnershipId: stored.id }))
      state.patches.partnerships.set(stored.id, { ...patch, updated_at: state.at, updated_by: state.references.userId });
  };
}
