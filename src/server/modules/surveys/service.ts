// Survey rounds in a partnership: opened by those who run its surveys (runSurveys), read by everyone who
// reads the partnership (respondents' names only for the former), changed, closed early, people added,
// links sent again or revoked. Every write is one transaction with its audit event and its mail.
import type { Kysely } from "kysely";
import type { RespondentInput, RespondentListQuery, RoundCreate, RoundListQuery, RoundUpdate } from "../../../contracts/surveys.js";
import { dayOf } from "../../../domain/reminders/period.js";
import { checkRoundDates, linkExpiry, roundStatus } from "../../../domain/surveys/rounds.js";
import { effectiveThreshold } from "../../../domain/surveys/threshold.js";
import type { SurveyRoundsTable, DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { may } from "../access/scope.js";
import { recordAudit, recordUpdate } from "../audit/repository.js";
import type { Mailer } from "../mail/outbox.js";
import { instrumentKey, findInstrumentVersions } from "../instruments/versions.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { exportsResponses, loadRoundAccess, type RoundAccess } from "./access.js";
import { sendMail } from "./mailing.js";
import { addPlannedRespondents, assertRoundDates, openRound, requireRoundInstrument } from "./open-round.js";
import { presentRespondent, presentRound, presentRoundDetail } from "./presenter.js";
import * as repo from "./repository.js";
import { planRespondents } from "./respondents.js";
import type { Updateable } from "kysely";

const today = () => dayOf(new Date());

/** Whether the caller may export individual responses; the account's grant is read only for those who hold the ability. */
async function canExport(db: Kysely<DB>, actor: Actor): Promise<boolean> {
  return may(actor, "exportResponses") && exportsResponses(actor, await repo.responseExportOf(db, actor.userId));
}

export async function presentRounds(db: Kysely<DB>, actor: Actor, rows: repo.RoundRow[], canRun: (row: repo.RoundRow) => boolean) {
  const [instruments, exporting] = await Promise.all([
    findInstrumentVersions(
      db,
      rows.map((row) => ({ id: row.instrument_id, version: row.instrument_version })),
    ),
    canExport(db, actor),
  ]);
  const day = today();
  return rows.map((row) =>
    presentRound(
      row,
      instruments.get(instrumentKey(row.instrument_id, row.instrument_version)),
      { canRun: canRun(row), canExport: exporting },
      day,
    ),
  );
}

export async function getRound(db: Kysely<DB>, actor: Actor, roundId: string) {
  const round = await loadRoundAccess(db, actor, roundId);
  const canRun = round.can_run === 1;
  const [[presented], rates] = await Promise.all([presentRounds(db, actor, [round], () => canRun), repo.organizationRates(db, roundId)]);
  if (!presented) throw AppError.notFound("surveyRound");
  return presentRoundDetail(presented, rates);
}

/** Who was asked in a round and how far each got (never their answers), a page at a time, for those who run it. */
export async function listRespondents(db: Kysely<DB>, actor: Actor, roundId: string, query: RespondentListQuery) {
  const round = await loadRunRound(db, actor, roundId);
  const { rows, total } = await repo.pageOfRespondents(db, round.id, query.status, query.pageSize, offsetOf(query));
  return pageFrom(rows.map(presentRespondent), total, query);
}

export async function listRounds(db: Kysely<DB>, actor: Actor, partnershipId: string, query: RoundListQuery) {
  const partnership = await loadPartnershipAccess(db, actor, partnershipId);
  const { rows, total } = await repo.listRounds(
    db,
    partnershipId,
    { status: query.status, instrument: query.instrument, today: today() },
    query.pageSize,
    offsetOf(query),
  );
  const canRun = partnership.can_run_surveys === 1;
  return pageFrom(await presentRounds(db, actor, rows, () => canRun), total, query);
}

export async function createRound(db: Kysely<DB>, mailer: Mailer, actor: Actor, partnershipId: string, input: RoundCreate) {
  const id = newId();
  const queued = await db.transaction().execute(async (trx) => {
    const partnership = await loadPartnershipAccess(trx, actor, partnershipId);
    if (partnership.can_run_surveys !== 1) throw AppError.forbidden(text("surveyRound.runForbidden"));
    const instrument = await requireRoundInstrument(trx, input.instrument, input.instrumentVersion);
    assertRoundDates(input);
    const threshold = effectiveThreshold(await repo.programThreshold(trx, partnership.program_id), input.threshold);
    const planned = await planRespondents(trx, actor, partnership, instrument, input.respondents, new Set());
    const { respondents: _respondents, ...fields } = input;
    return openRound(trx, mailer, actor, { id, partnershipId, instrument, fields, threshold, groupId: null }, planned);
  });
  if (queued) mailer.wake();
  return getRound(db, actor, id);
}

/** The round, for a change by someone who runs the partnership's surveys. */
async function loadRunRound(db: Kysely<DB>, actor: Actor, roundId: string): Promise<RoundAccess> {
  const round = await loadRoundAccess(db, actor, roundId);
  if (round.can_run !== 1) throw AppError.forbidden(text("surveyRound.runForbidden"));
  return round;
}

function statusOf(round: RoundAccess) {
  return roundStatus({ opensOn: round.opens_on, closesOn: round.closes_on, closedAt: round.closed_at }, today());
}

function audited(actor: Actor, round: RoundAccess) {
  return { userId: actor.userId, entity: "survey_round", entityId: round.id, partnershipId: round.partnership_id };
}

export async function updateRound(db: Kysely<DB>, actor: Actor, roundId: string, input: RoundUpdate) {
  await db.transaction().execute(async (trx) => {
    const round = await loadRunRound(trx, actor, roundId);
    if (round.closed_at !== null) throw new AppError("conflict", text("surveyRound.closedNoChange"));
    if (round.version !== input.version) throw AppError.stale();
    const patch: Updateable<SurveyRoundsTable> = { updated_at: now(), updated_by: actor.userId };
    if (input.label !== undefined) patch.label = input.label;
    if (input.reminderDays !== undefined) patch.reminder_days = input.reminderDays;
    if (input.closesOn !== undefined && input.closesOn !== round.closes_on) {
      const problem = checkRoundDates({ opensOn: round.opens_on, closesOn: input.closesOn }, today());
      if (problem) throw AppError.invalid("closesOn", text(`surveyRound.${problem.key}`));
      patch.closes_on = input.closesOn;
    }
    const current = { label: round.label, reminder_days: round.reminder_days, closes_on: round.closes_on };
    await recordUpdate(trx, { ...audited(actor, round), current, patch }, async () => {
      if (!(await repo.updateRound(trx, round.id, input.version, patch))) throw AppError.stale();
      if (patch.closes_on !== undefined) await repo.setLinkExpiry(trx, round.id, linkExpiry(patch.closes_on));
    });
  });
  return getRound(db, actor, roundId);
}

/** Closes the round before its date: its links stop working at once. */
export async function closeRound(db: Kysely<DB>, actor: Actor, roundId: string) {
  await db.transaction().execute(async (trx) => {
    const round = await loadRunRound(trx, actor, roundId);
    if (statusOf(round) === "closed") throw new AppError("conflict", text("surveyRound.alreadyClosed"));
    const at = now();
    if (!(await repo.updateRound(trx, round.id, round.version, { closed_at: at, updated_at: at, updated_by: actor.userId }))) {
      throw AppError.stale();
    }
    await repo.setLinkExpiry(trx, round.id, at);
    await recordAudit(trx, { ...audited(actor, round), action: "update", changes: { closedAt: [null, at] } });
  });
  return getRound(db, actor, roundId);
}

/** Asks more people in a round not closed yet; invited at once when it is open. */
export async function addRespondents(db: Kysely<DB>, mailer: Mailer, actor: Actor, roundId: string, inputs: RespondentInput[]) {
  const queued = await db.transaction().execute(async (trx) => {
    const round = await loadRunRound(trx, actor, roundId);
    if (statusOf(round) === "closed") throw new AppError("conflict", text("surveyRound.closedNoChange"));
    const instrument = await requireRoundInstrument(trx, round.instrument_id, round.instrument_version);
    const partnership = { id: round.partnership_id, lead_organization_id: round.lead_organization_id };
    const planned = await planRespondents(trx, actor, partnership, instrument, inputs, await repo.askedPairs(trx, round.id));
    const added = await addPlannedRespondents(
      trx,
      mailer,
      { id: round.id, partnershipId: round.partnership_id, opensOn: round.opens_on, closesOn: round.closes_on, closedAt: round.closed_at },
      planned,
    );
    for (const respondentId of added.ids) {
      await recordAudit(trx, {
        userId: actor.userId,
        action: "create",
        entity: "survey_respondent",
        entityId: respondentId,
        partnershipId: round.partnership_id,
        details: { roundId: round.id },
      });
    }
    return added.queued;
  });
  if (queued) mailer.wake();
  return getRound(db, actor, roundId);
}

async function respondentOf(db: Kysely<DB>, roundId: string, respondentId: string) {
  const respondent = await repo.findRespondentRow(db, roundId, respondentId);
  if (!respondent) throw AppError.notFound("respondent");
  return presentRespondent(respondent);
}

/** A new link for a respondent of an open round: the one before stops working, the new one is mailed. */
export async function sendNewLink(db: Kysely<DB>, mailer: Mailer, actor: Actor, roundId: string, respondentId: string) {
  await db.transaction().execute(async (trx) => {
    const round = await loadRunRound(trx, actor, roundId);
    const respondent = await repo.findRespondent(trx, round.id, respondentId);
    if (!respondent) throw AppError.notFound("respondent");
    if (statusOf(round) !== "open") throw new AppError("conflict", text("surveyRound.notOpen"));
    if (respondent.contact_id === null) throw new AppError("conflict", text("surveyRound.contactWithoutEmail"));
    const at = now();
    const sent = await sendMail(trx, mailer, "link", [{ respondentId, key: `link|${respondentId}|${newId()}` }], at, true);
    if (sent.length === 0) throw new AppError("conflict", text("surveyRound.contactWithoutEmail"));
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "survey_respondent",
      entityId: respondentId,
      partnershipId: round.partnership_id,
      changes: { invitedAt: [respondent.invited_at, at], revokedAt: [respondent.revoked_at, null] },
      details: { roundId: round.id, newLink: true },
    });
  });
  mailer.wake();
  return respondentOf(db, roundId, respondentId);
}

/** Revokes a respondent's link: it stops working, and nothing is mailed. */
export async function revokeLink(db: Kysely<DB>, actor: Actor, roundId: string, respondentId: string) {
  await db.transaction().execute(async (trx) => {
    const round = await loadRunRound(trx, actor, roundId);
    const respondent = await repo.findRespondent(trx, round.id, respondentId);
    if (!respondent) throw AppError.notFound("respondent");
    const at = now();
    if (!(await repo.revokeRespondent(trx, respondentId, at))) throw new AppError("conflict", text("surveyRound.alreadyRevoked"));
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "survey_respondent",
      entityId: respondentId,
      partnershipId: round.partnership_id,
      changes: { revokedAt: [null, at] },
      details: { roundId: round.id },
    });
  });
  return respondentOf(db, roundId, respondentId);
}
