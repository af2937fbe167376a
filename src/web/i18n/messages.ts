// The interface texts of each language: one file per area of the app, merged here. Each file holds
// top-level sections of its own; the translations test fails when two files define the same section.
import enAccess from "./en/access.json" with { type: "json" };
import enAttention from "./en/attention.json" with { type: "json" };
import enAudit from "./en/audit.json" with { type: "json" };
import enCore from "./en/core.json" with { type: "json" };
import enCoverage from "./en/coverage.json" with { type: "json" };
import enMail from "./en/mail.json" with { type: "json" };
import enPeople from "./en/people.json" with { type: "json" };
import enPerception from "./en/perception.json" with { type: "json" };
import enProgram from "./en/program.json" with { type: "json" };
import enRegistry from "./en/registry.json" with { type: "json" };
import enReports from "./en/reports.json" with { type: "json" };
import enTransfer from "./en/transfer.json" with { type: "json" };
import enValidation from "./en/validation.json" with { type: "json" };
import enCharter from "./en/charter.json" with { type: "json" };
import enPlan from "./en/plan.json" with { type: "json" };
import enLedger from "./en/ledger.json" with { type: "json" };
import enAccountability from "./en/accountability.json" with { type: "json" };
import enMeetings from "./en/meetings.json" with { type: "json" };
import enCommunications from "./en/communications.json" with { type: "json" };
import enReminders from "./en/reminders.json" with { type: "json" };
import enRunning from "./en/running.json" with { type: "json" };
import enSurveys from "./en/surveys.json" with { type: "json" };
import enRespond from "./en/respond.json" with { type: "json" };
import enInstruments from "./en/instruments.json" with { type: "json" };
import enActions from "./en/actions.json" with { type: "json" };
import frAccess from "./fr/access.json" with { type: "json" };
import frAttention from "./fr/attention.json" with { type: "json" };
import frAudit from "./fr/audit.json" with { type: "json" };
import frCore from "./fr/core.json" with { type: "json" };
import frCoverage from "./fr/coverage.json" with { type: "json" };
import frMail from "./fr/mail.json" with { type: "json" };
import frPeople from "./fr/people.json" with { type: "json" };
import frPerception from "./fr/perception.json" with { type: "json" };
import frProgram from "./fr/program.json" with { type: "json" };
import frRegistry from "./fr/registry.json" with { type: "json" };
import frReports from "./fr/reports.json" with { type: "json" };
import frTransfer from "./fr/transfer.json" with { type: "json" };
import frValidation from "./fr/validation.json" with { type: "json" };
import frCharter from "./fr/charter.json" with { type: "json" };
import frPlan from "./fr/plan.json" with { type: "json" };
import frLedger from "./fr/ledger.json" with { type: "json" };
import frAccountability from "./fr/accountability.json" with { type: "json" };
import frMeetings from "./fr/meetings.json" with { type: "json" };
import frCommunications from "./fr/communications.json" with { type: "json" };
import frReminders from "./fr/reminders.json" with { type: "json" };
import frRunning from "./fr/running.json" with { type: "json" };
import frSurveys from "./fr/surveys.json" with { type: "json" };
import frRespond from "./fr/respond.json" with { type: "json" };
import frInstruments from "./fr/instruments.json" with { type: "json" };
import frActions from "./fr/actions.json" with { type: "json" };

export const MESSAGE_FILES = {
  en: {
    access: enAccess,
    attention: enAttention,
    audit: enAudit,
    core: enCore,
    coverage: enCoverage,
    mail: enMail,
    people: enPeople,
    perception: enPerception,
    program: enProgram,
    registry: enRegistry,
    reports: enReports,
    transfer: enTransfer,
    validation: enValidation,
    charter: enCharter,
    plan: enPlan,
    ledger: enLedger,
    accountability: enAccountability,
    meetings: enMeetings,
    communications: enCommunications,
    reminders: enReminders,
    running: enRunning,
    surveys: enSurveys,
    respond: enRespond,
    instruments: enInstruments,
    actions: enActions,
  },
  fr: {
    access: frAccess,
    attention: frAttention,
    audit: frAudit,
    core: frCore,
    coverage: frCoverage,
    mail: frMail,
    people: frPeople,
    perception: frPerception,
    program: frProgram,
    registry: frRegistry,
    reports: frReports,
    transfer: frTransfer,
    validation: frValidation,
    charter: frCharter,
    plan: frPlan,
    ledger: frLedger,
    accountability: frAccountability,
    meetings: frMeetings,
    communications: frCommunications,
    reminders: frReminders,
    running: frRunning,
    surveys: frSurveys,
    respond: frRespond,
    instruments: frInstruments,
    actions: frActions,
  },
} as const;

export const en = {
  ...enAccess,
  ...enAttention,
  ...enAudit,
  ...enCore,
  ...enCoverage,
  ...enMail,
  ...enPeople,
  ...enPerception,
  ...enProgram,
  ...enRegistry,
  ...enReports,
  ...enTransfer,
  ...enValidation,
  ...enCharter,
  ...enPlan,
  ...enLedger,
  ...enAccountability,
  ...enMeetings,
  ...enCommunications,
  ...enReminders,
  ...enRunning,
  ...enSurveys,
  ...enRespond,
  ...enInstruments,
  ...enActions,
};
export const fr: typeof en = {
  ...frAccess,
  ...frAttention,
  ...frAudit,
  ...frCore,
  ...frCoverage,
  ...frMail,
  ...frPeople,
  ...frPerception,
  ...frProgram,
  ...frRegistry,
  ...frReports,
  ...frTransfer,
  ...frValidation,
  ...frCharter,
  ...frPlan,
  ...frLedger,
  ...frAccountability,
  ...frMeetings,
  ...frCommunications,
  ...frReminders,
  ...frRunning,
  ...frSurveys,
  ...frRespond,
  ...frInstruments,
  ...frActions,
};
export type Messages = typeof en;
