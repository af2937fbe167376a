// Opening a round inside the caller's transaction, for one partnership or a program's several: the
// round, its respondents (each with a secret nobody knows until its invitation makes a new one), the
// audit event, and the invitations at once when the round is already open.
import type { Kysely } from "kysely";
import type { RoundCreate } from "../../../contracts/surveys.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import { checkRoundDates, invitationsDue, linkExpiry } from "../../../domain/surveys/rounds.js";
import { dayOf } from "../../../domain/reminders/period.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit } from "../audit/repository.js";
import { findInstrument } from "../instruments/service.js";
import type { Mailer } from "../mail/outbox.js";
import { invitationClaim, sendMail } from "./mailing.js";
import type { PlannedRespondent } from "./respondents.js";
import * as repo from "./repository.js";

export type RoundFields = Omit<RoundCreate, "respondents">;

export async function requireRoundInstrument(db: Kysely<DB>, id: string, version?: number): Promise<Instrument> {
  const instrument = await findInstrument(db, id, version);
  if (!instrument)
    throw AppError.invalid(version === undefined ? "instrument" : "instrumentVersion", text("surveyRound.unknownInstrument"));
  return instrument;
}

export function assertRoundDates(dates: { opensOn: string; closesOn: string }): void {
  const problem = checkRoundDates(dates, dayOf(new Date()));
  if (problem) throw AppError.invalid(problem.field, text(`surveyRound.${problem.key}`));
}

/** Inserts the respondents of a round and, when it is open, sends their invitations in the same transaction. Whether mail was queued. */
export async function addPlannedRespondents(
  trx: Kysely<DB>,
  mailer: Mailer,
  round: { id: string; partnershipId: string; opensOn: string; closesOn: string; closedAt: string | null },
  planned: PlannedRespondent[],
): Promise<{ ids: string[]; queued: boolean }> {
  const at = now();
  const rows = planned.map((respondent) => ({
    id: newId(),
    round_id: round.id,
    partnership_id: round.partnershipId,
    contact_id: respondent.contactId,
    organization_id: respondent.organizationId,
    perspective: respondent.perspective,
    membership_id: respondent.membershipId,
    expires_at: linkExpiry(round.closesOn),
    revoked_at: null,
    language: respondent.language,
    invited_at: null,
    last_reminded_at: null,
    created_at: at,
  }));
  await repo.insertRespondents(trx, rows);
  const ids = rows.map((row) => row.id);
  if (!invitationsDue(round, dayOf(new Date(at)))) return { ids, queued: false };
  const sent = await sendMail(trx, mailer, "invitation", ids.map(invitationClaim), at, true);
  return { ids, queued: sent.length > 0 };
}

/** The round and its respondents, recorded; whether invitations were queued. */
export async function openRound(
  trx: Kysely<DB>,
  mailer: Mailer,
  actor: Actor,
  round: { id: string; partnershipId: string; instrument: Instrument; fields: RoundFields; threshold: number; groupId: string | null },
  planned: PlannedRespondent[],
): Promise<boolean> {
  const at = now();
  const row = {
    id: round.id,
    partnership_id: round.partnershipId,
    instrument_id: round.instrument.id,
    instrument_version: round.instrument.version,
    label: round.fields.label,
    opens_on: round.fields.opensOn,
    closes_on: round.fields.closesOn,
    threshold: round.threshold,
    reminder_days: round.fields.reminderDays ?? null,
    group_id: round.groupId,
    closed_at: null,
    version: 1,
    created_at: at,
    created_by: actor.userId,
    updated_at: at,
    updated_by: actor.userId,
  };
  await repo.insertRound(trx, row);
  const { version: _version, partnership_id: _partnership, ...recorded } = row;
  const { ids, queued } = await addPlannedRespondents(
    trx,
    mailer,
    { id: round.id, partnershipId: round.partnershipId, opensOn: row.opens_on, closesOn: row.closes_on, closedAt: null },
    planned,
  );
  await recordAudit(trx, {
    userId: actor.userId,
    action: "create",
    entity: "survey_round",
    entityId: round.id,
    partnershipId: round.partnershipId,
    changes: insertChanges(recorded),
    details: { respondents: ids.length },
  });
  return queued;
}
