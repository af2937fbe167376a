// The interface texts of each language: one file per area of the app, merged here. Each file holds
// top-level sections of its own; the translations test fails when two files define the same section.
import enAccess from "./en/access.json" with { type: "json" };
import enCore from "./en/core.json" with { type: "json" };
import enCoverage from "./en/coverage.json" with { type: "json" };
import enProgram from "./en/program.json" with { type: "json" };
import enReports from "./en/reports.json" with { type: "json" };
import enTransfer from "./en/transfer.json" with { type: "json" };
import frAccess from "./fr/access.json" with { type: "json" };
import frCore from "./fr/core.json" with { type: "json" };
import frCoverage from "./fr/coverage.json" with { type: "json" };
import frProgram from "./fr/program.json" with { type: "json" };
import frReports from "./fr/reports.json" with { type: "json" };
import frTransfer from "./fr/transfer.json" with { type: "json" };

export const MESSAGE_FILES = {
  en: { access: enAccess, core: enCore, coverage: enCoverage, program: enProgram, reports: enReports, transfer: enTransfer },
  fr: { access: frAccess, core: frCore, coverage: frCoverage, program: frProgram, reports: frReports, transfer: frTransfer },
} as const;

export const en = { ...enAccess, ...enCore, ...enCoverage, ...enProgram, ...enReports, ...enTransfer };
export const fr: typeof en = { ...frAccess, ...frCore, ...frCoverage, ...frProgram, ...frReports, ...frTransfer };
export type Messages = typeof en;
