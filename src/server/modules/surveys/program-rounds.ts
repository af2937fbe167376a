// A program officer's rounds: one instrument asked across several of a program's partnerships at
// once, one round each sharing a group id, each member's representative asked (the lead's included),
// all in one transaction, so that either every round opens or none does.
import type { Kysely } from "kysely";
import type { ProgramRoundCreate } from "../../../contracts/surveys.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import { effectiveThreshold } from "../../../domain/surveys/threshold.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError, validationError, type FieldText } from "../../app-error.js";
import { newId } from "../../ids.js";
import { text } from "../../messages/render.js";
import { rowScope, scopeOf } from "../access/scope.js";
import type { Mailer } from "../mail/outbox.js";
import { assertRoundDates, openRound, requireRoundInstrument } from "./open-round.js";
import * as repo from "./repository.js";
import { pairKey, type PlannedRespondent } from "./respondents.js";
import { presentRounds } from "./service.js";

type Member = Awaited<ReturnType<typeof repo.membersWithRepresentatives>>[number];

/** Each member's representative the caller reads, with an address; the lead's asked about every other member for the involvement checklist. */
function representatives(instrument: Instrument, leadId: string, members: Member[]): PlannedRespondent[] {
  const involvement = instrument.purpose === "involvement";
  const others = members.filter((member) => member.organization_id !== leadId);
  const planned: PlannedRespondent[] = [];
  const taken = new Set<string>();
  for (const member of members) {
    if (member.contact_id === null || member.email === null || Number(member.can_read) !== 1) continue;
    const isLead = member.organization_id === leadId;
    const about = !involvement ? [null] : isLead ? others.map((other) => other.id) : [member.id];
    for (const membershipId of about) {
      const key = pairKey(member.contact_id, membershipId);
      if (taken.has(key)) continue;
      taken.add(key);
      planned.push({
        contactId: member.contact_id,
        organizationId: member.organization_id,
        perspective: isLead ? "lead" : "partner",
        membershipId,
        language: member.preferred_language ?? "en",
      });
    }
  }
  return planned;
}

export async function createProgramRounds(db: Kysely<DB>, mailer: Mailer, actor: Actor, programId: string, input: ProgramRoundCreate) {
  const groupId = newId();
  const queued = await db.transaction().execute(async (trx) => {
    const program = await repo.findVisibleProgram(
      trx,
      programId,
      rowScope(trx, actor, "program", "read", programId),
      scopeOf(trx, actor, "partnership", "runSurveys"),
    );
    if (!program) throw AppError.notFound("program");
    // Whoever runs the surveys of none of the program's partnerships may open no round there, whatever it names.
    if (Number(program.run_surveys) !== 1) throw AppError.forbidden(text("surveyRound.runForbidden"));
    const instrument = await requireRoundInstrument(trx, input.instrument, input.instrumentVersion);
    assertRoundDates(input);
    const found = await repo.partnershipsForProgramRounds(
      trx,
      input.partnershipIds,
      scopeOf(trx, actor, "partnership", "read"),
      scopeOf(trx, actor, "partnership", "runSurveys"),
    );
    const byId = new Map(found.filter((row) => row.program_id === programId).map((row) => [row.id, row]));
    const problems: FieldText[] = [];
    const seen = new Set<string>();
    input.partnershipIds.forEach((id, index) => {
      const field = `partnershipIds.${index}`;
      if (!byId.has(id)) problems.push({ field, message: text("surveyRound.notInProgram") });
      else if (seen.has(id)) problems.push({ field, message: text("surveyRound.namedTwice") });
      seen.add(id);
    });
    if (problems.length > 0) throw validationError(problems);
    if ([...byId.values()].some((row) => Number(row.can_run) !== 1)) throw AppError.forbidden(text("surveyRound.runForbidden"));
    const members = await repo.membersWithRepresentatives(trx, input.partnershipIds, scopeOf(trx, actor, "organization", "readContacts"));
    const plans = input.partnershipIds.map((id) => {
      const partnership = byId.get(id);
      const leadId = partnership?.lead_organization_id ?? "";
      return representatives(
        instrument,
        leadId,
        members.filter((member) => member.partnership_id === id),
      );
    });
    plans.forEach((plan, index) => {
      if (plan.length === 0) problems.push({ field: `partnershipIds.${index}`, message: text("surveyRound.noRepresentatives") });
    });
    if (problems.length > 0) throw validationError(problems);
    const threshold = effectiveThreshold(program.survey_threshold, input.threshold);
    const { partnershipIds, ...fields } = input;
    let anyQueued = false;
    for (const [index, partnershipId] of partnershipIds.entries()) {
      const round = { id: newId(), partnershipId, instrument, fields, threshold, groupId };
      if (await openRound(trx, mailer, actor, round, plans[index] ?? [])) anyQueued = true;
    }
    return anyQueued;
  });
  if (queued) mailer.wake();
  const rows = await repo.findRoundsOfGroup(db, groupId);
  // Whoever opened them runs every one of them.
  return { groupId, rounds: await presentRounds(db, actor, rows, () => true) };
}
