// The interface texts of each language: one file per area of the app, merged here. Each file holds
// top-level sections of its own; the translations test fails when two files define the same section.
import enAttention from "./en/attention.json" with { type: "json" };
import enCore from "./en/core.json" with { type: "json" };
import enCoverage from "./en/coverage.json" with { type: "json" };
import enProgram from "./en/program.json" with { type: "json" };
import enPerception from "./en/perception.json" with { type: "json" };
import enReports from "./en/reports.json" with { type: "json" };
import enTransfer from "./en/transfer.json" with { type: "json" };
import frAttention from "./fr/attention.json" with { type: "json" };
import frCore from "./fr/core.json" with { type: "json" };
import frCoverage from "./fr/coverage.json" with { type: "json" };
import frProgram from "./fr/program.json" with { type: "json" };
import frPerception from "./fr/perception.json" with { type: "json" };
import frReports from "./fr/reports.json" with { type: "json" };
import frTransfer from "./fr/transfer.json" with { type: "json" };

export const MESSAGE_FILES = {
  en: {
    attention: enAttention,
    core: enCore,
    coverage: enCoverage,
    perception: enPerception,
    program: enProgram,
    reports: enReports,
    transfer: enTransfer,
  },
  fr: {
    attention: frAttention,
    core: frCore,
    coverage: frCoverage,
    perception: frPerception,
    program: frProgram,
    reports: frReports,
    transfer: frTransfer,
  },
} as const;

export const en = { ...enAttention, ...enCore, ...enCoverage, ...enPerception, ...enProgram, ...enReports, ...enTransfer };
export const fr: typeof en = { ...frAttention, ...frCore, ...frCoverage, ...frPerception, ...frProgram, ...frReports, ...frTransfer };
export type Messages = typeof en;
