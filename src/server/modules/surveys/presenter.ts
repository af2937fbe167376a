// Rounds and respondents as the API returns them. Respondents show how far each got, never what they
// answered; their names and addresses only to those who run the round's surveys.
import type { Respondent, Round, RoundDetail } from "../../../contracts/surveys.js";
import type { Instrument, SurveyPerspective } from "../../../domain/surveys/instrument.js";
import { PERSPECTIVES } from "../../../domain/surveys/instrument.js";
import { roundStatus } from "../../../domain/surveys/rounds.js";
import type { RespondentRow, RoundRow } from "./repository.js";

export type RoundAbilities = { canRun: boolean; canExport: boolean };

export function presentRound(row: RoundRow, instrument: Instrument | undefined, abilities: RoundAbilities, today: string): Round {
  const status = roundStatus({ opensOn: row.opens_on, closesOn: row.closes_on, closedAt: row.closed_at }, today);
  return {
    id: row.id,
    partnership: { id: row.partnership_id, name: row.partnership_name },
    program: { id: row.program_id, code: row.program_code },
    instrument: {
      id: row.instrument_id,
      version: row.instrument_version,
      title: instrument?.title ?? { en: row.instrument_id, fr: row.instrument_id },
    },
    label: row.label,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status,
    closedAt: row.closed_at,
    threshold: row.threshold,
    reminderDays: row.reminder_days,
    groupId: row.group_id,
    invited: Number(row.invited_count ?? 0),
    submitted: Number(row.submitted_count ?? 0),
    version: row.version,
    abilities: {
      update: abilities.canRun && row.closed_at === null,
      close: abilities.canRun && status !== "closed",
      exportResponses: abilities.canExport,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function perspectiveOf(value: string | null): SurveyPerspective | null {
  return PERSPECTIVES.find((perspective) => perspective === value) ?? null;
}

function statusOf(row: RespondentRow): Respondent["status"] {
  if (row.submitted_at !== null) return "submitted";
  return row.response_id !== null ? "started" : "not_started";
}

export function presentRespondent(row: RespondentRow): Respondent {
  return {
    id: row.id,
    contact: row.contact_id === null ? null : { id: row.contact_id, name: row.contact_name ?? "", email: row.contact_email },
    organization: { id: row.organization_id, name: row.organization_name },
    perspective: perspectiveOf(row.perspective),
    about:
      row.membership_id === null || row.about_organization_id === null
        ? null
        : { membershipId: row.membership_id, organization: { id: row.about_organization_id, name: row.about_organization_name ?? "" } },
    status: statusOf(row),
    invitedAt: row.invited_at,
    lastRemindedAt: row.last_reminded_at,
    revoked: row.revoked_at !== null,
  };
}

/** The response rate per organization answering, revoked links left out, in the respondents' order. */
export function organizationRates(rows: RespondentRow[]): RoundDetail["organizations"] {
  const rates = new Map<string, RoundDetail["organizations"][number]>();
  for (const row of rows) {
    if (row.revoked_at !== null) continue;
    const rate = rates.get(row.organization_id) ?? {
      organization: { id: row.organization_id, name: row.organization_name },
      invited: 0,
      submitted: 0,
    };
    rate.invited += 1;
    if (row.submitted_at !== null) rate.submitted += 1;
    rates.set(row.organization_id, rate);
  }
  return [...rates.values()];
}

/**
 * The round with its respondents and the rate per organization. Those who do not run the round's surveys
 * (a partner, an evaluator) see the round and the counts, and no respondent.
 */
export function presentRoundDetail(round: Round, rows: RespondentRow[], canRun: boolean): RoundDetail {
  return { ...round, respondents: canRun ? rows.map(presentRespondent) : [], organizations: organizationRates(rows) };
}
