import type { Counts, ImportReport } from "../../../contracts/imports.js";
import type { Language } from "../../messages/render.js";
import { renderProblems, type ProblemRecord, type Problems } from "./problems.js";
import type { References } from "./references.js";

/** A report as an import produces it: its problems still to be written in the reader's language. */
export type ImportOutcome = Omit<ImportReport, "errors" | "warnings"> & {
  errors: readonly ProblemRecord[];
  warnings: readonly ProblemRecord[];
};

/** The report as the API answers it and the command line prints it. */
export function renderReport(outcome: ImportOutcome, language: Language): ImportReport {
  return { ...outcome, errors: renderProblems(outcome.errors, language), warnings: renderProblems(outcome.warnings, language) };
}

export function zeroCounts(): Counts {
  return { created: 0, updated: 0, unchanged: 0 };
}

export function emptyReport(kind: ImportReport["kind"], dryRun: boolean): ImportOutcome {
  return {
    kind,
    dryRun,
    written: false,
    rows: 0,
    counts: {
      programs: zeroCounts(),
      organizations: zeroCounts(),
      contacts: zeroCounts(),
      partnerships: zeroCounts(),
      memberships: zeroCounts(),
      involvementRecords: zeroCounts(),
      commitments: zeroCounts(),
      communications: zeroCounts(),
    },
    created: { programs: [], partnerships: [], organizations: [] },
    errors: [],
    errorCount: 0,
    warnings: [],
    warningCount: 0,
  };
}

/** A report that lists only what kept a file from being imported. */
export function failedReport(kind: ImportReport["kind"], dryRun: boolean, rows: number, problems: Problems): ImportOutcome {
  return { ...emptyReport(kind, dryRun), rows, errors: problems.records, errorCount: problems.count };
}

/** The warnings of a report, as listed and counted. */
export function warningsOf(warnings: Problems): Pick<ImportOutcome, "warnings" | "warningCount"> {
  return { warnings: warnings.records, warningCount: warnings.count };
}

/** Counts of what the rows named: added by this import, or found and left as they were. */
export function referenceCounts(references: References) {
  const counts = (added: number, used: number): Counts => ({ created: added, updated: 0, unchanged: used });
  return {
    programs: counts(references.added.programs.length, references.used.programs.size),
    organizations: counts(references.added.organizations.length, references.used.organizations.size),
    partnerships: counts(references.added.partnerships.length, references.used.partnerships.size),
    memberships: counts(references.added.memberships.length, references.used.memberships.size),
  };
}

/** The programs, partnerships and organizations an import adds, as the report lists them. */
export function createdList(references: References): ImportReport["created"] {
  return {
    programs: references.added.programs.map((program) => ({ code: program.code, name: program.name })),
    partnerships: references.added.partnerships.map((partnership) => ({
      program: references.programCode(partnership.program_id),
      name: partnership.name,
      leadOrganization: references.organizationById(partnership.lead_organization_id)?.name ?? "",
    })),
    organizations: references.added.organizations.map((organization) => ({ name: organization.name, sector: organization.sector })),
  };
}
