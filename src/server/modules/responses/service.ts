// The respondent's side of a personal link. The token is the only credential: whatever makes a link
// unusable (unknown, malformed, expired, revoked, round closed or not yet open) is the same 404, decided
// after the same one statement. Saving and submitting run in one transaction holding the respondent's
// row, so that two tabs take turns and neither loses the other's answers.
import type { Kysely } from "kysely";
import type { ResponseForm } from "../../../contracts/surveys.js";
import type { InvolvementUpsert } from "../../../contracts/involvement.js";
import { PROJECT_INDICATOR_KEYS } from "../../../domain/typology/indicators.js";
import type { Answers, Instrument } from "../../../domain/surveys/instrument.js";
import { roundKeyOf } from "../../../domain/surveys/round-key.js";
import type { Language } from "../../../domain/vocabulary.js";
import type { DialectName } from "../../db/database.js";
import type { DB } from "../../db/schema.js";
import { validationError } from "../../app-error.js";
import { hashToken } from "../../crypto.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { findInstrument } from "../instruments/service.js";
import { recordSurveyInvolvement } from "../involvement/service.js";
import { checkAnswers, type AnswerProblem } from "../../../domain/surveys/answers.js";
import { linkNotWorking } from "./limits.js";
import { languageOfRespondent, perspectiveOf, presentForm, storedAnswers } from "./presenter.js";
import * as repo from "./repository.js";
import type { RespondentRow } from "./repository.js";
import { AppError } from "../../app-error.js";

export type Saved = { submittedAt: string | null; updatedAt: string };

/**
 * A link works from its round's opening day through its closing day (UTC), until the round is closed
 * early, the respondent revoked, the link ended by a newer one sent by hand, or expired.
 */
export function isUsable(
  row: Pick<RespondentRow, "revoked_at" | "token_revoked_at" | "expires_at" | "closed_at" | "opens_on" | "closes_on">,
  at: string,
): boolean {
  const today = at.slice(0, 10);
  return (
    row.revoked_at === null &&
    row.token_revoked_at === null &&
    row.expires_at > at &&
    row.closed_at === null &&
    row.opens_on <= today &&
    today <= row.closes_on
  );
}

async function usableRespondent(db: Kysely<DB>, token: string, lock: boolean): Promise<{ row: RespondentRow; instrument: Instrument }> {
  // Any string is looked up as it is: a malformed token costs the same statement as a wrong one.
  const row = await repo.findRespondentByTokenHash(db, hashToken(token), lock);
  if (!row || !isUsable(row, now())) throw linkNotWorking();
  const instrument = await findInstrument(db, row.instrument_id, row.instrument_version);
  if (!instrument) throw linkNotWorking();
  return { row, instrument };
}

export async function getForm(db: Kysely<DB>, token: string, language: Language | undefined): Promise<ResponseForm> {
  const { row, instrument } = await usableRespondent(db, token, false);
  return presentForm(row, instrument, language ?? languageOfRespondent(row.language));
}

function answerProblems(problems: AnswerProblem[]): AppError {
  return validationError(
    problems.map((problem) => ({ field: problem.path.join("."), message: text(`answer.${problem.key}`, problem.values) })),
  );
}

/** yes → true, no → false, anything else (unanswered) → null, for each of the 13 indicators. */
function indicatorsOf(answers: Answers): InvolvementUpsert["indicators"] {
  return Object.fromEntries(
    PROJECT_INDICATOR_KEYS.map((key) => [key, answers[key] === "yes" ? true : answers[key] === "no" ? false : null]),
  );
}

/** A submitted involvement checklist as the member's record for the respondent's perspective and the round. */
async function feedInvolvement(trx: Kysely<DB>, row: RespondentRow, answers: Answers, at: string): Promise<void> {
  const perspective = perspectiveOf(row.perspective);
  if (perspective === null) return;
  // A partner's answers are about its own membership when the respondent names none.
  const membershipId =
    row.membership_id ??
    (perspective === "partner"
      ? ((await repo.findMembershipOfOrganization(trx, row.partnership_id, row.organization_id))?.id ?? null)
      : null);
  if (membershipId === null) return;
  await recordSurveyInvolvement(
    trx,
    { partnershipId: row.partnership_id, membershipId, perspective, round: roundKeyOf(row.label) },
    { respondent: row.contact_name, answeredOn: at.slice(0, 10), indicators: indicatorsOf(answers) },
    { roundId: row.round_id, label: row.label },
  );
}

/**
 * Merges answers into the saved ones (null clears one) and, when submitting, submits. A submitted
 * response stays submitted: its required items must stay answered, and a change to it is submitted
 * again (a new submittedAt, its involvement record updated). The same answers again change nothing.
 */
export async function saveAnswers(
  db: Kysely<DB>,
  dialect: DialectName,
  token: string,
  given: Record<string, unknown>,
  submit: boolean,
): Promise<Saved> {
  return db.transaction().execute(async (trx) => {
    const { row, instrument } = await usableRespondent(trx, token, dialect === "postgres");
    // Read again now that the row is held: a save that waited for it sees the one before.
    const current = await repo.findResponseOf(trx, row.id);
    const wasSubmitted = current !== undefined && current.submitted_at !== null;
    const perspective = perspectiveOf(row.perspective);
    const saved = storedAnswers(current?.answers);
    const checked = checkAnswers(instrument, { ...saved, ...given }, { submitting: submit || wasSubmitted, perspective });
    if (checked.problems.length > 0) throw answerProblems(checked.problems);
    const answers = JSON.stringify(checked.answers);
    const unchanged =
      current !== undefined && answers === JSON.stringify(checkAnswers(instrument, saved, { submitting: false, perspective }).answers);
    if (current && unchanged && (wasSubmitted || !submit)) return { submittedAt: current.submitted_at, updatedAt: current.updated_at };
    const at = now();
    const submittedAt = submit || wasSubmitted ? at : null;
    if (current) {
      if (!(await repo.updateResponse(trx, current.id, current.version, { answers, submitted_at: submittedAt, updated_at: at }))) {
        throw AppError.stale();
      }
    } else {
      await repo.insertResponse(trx, {
        id: newId(),
        respondent_id: row.id,
        round_id: row.round_id,
        instrument_id: instrument.id,
        instrument_version: instrument.version,
        answers,
        submitted_at: submittedAt,
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
    if (submittedAt !== null && instrument.purpose === "involvement") await feedInvolvement(trx, row, checked.answers, at);
    return { submittedAt, updatedAt: at };
  });
}
