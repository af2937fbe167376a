// Rounds and respondents as the API returns them. Respondents show how far each got, never what they
// answered; their names and addresses only to those who run the round's surveys.
import type { Respondent, Round, RoundDetail } from "../../../contracts/surveys.js";
import type { Instrument, SurveyPerspective } from "../../../domain/surveys/instrument.js";
import { PERSPECTIVES } from "../../../domain/surveys/instrument.js";
import { roundStatus } from "../../../domain/surveys/rounds.js";
import type { OrganizationRateRow, RespondentRow, RoundRow } from "./repository.js";

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

/** The response rate per organization answering, revoked links left out. */
export function presentOrganizationRate(row: OrganizationRateRow): RoundDetail["organizations"][number] {
  return {
    organization: { id: row.organization_id, name: row.organization_name },
    invited: Number(row.invited),
    submitted: Number(row.submitted),
  };
}

/**
 * The round with the response rate per organization, which everyone who reads the round sees; who was
 * asked is a list of its own, for those who run the round's surveys.
 */
export function presentRoundDetail(round: Round, rates: OrganizationRateRow[]): RoundDetail {
  return { ...round, organizations: rates.map(presentOrganizationRate) };
}
