// A round's results as use cases shared by the API and the command line: read on one snapshot in a
// fixed number of statements, computed by the domain (scores pooled, figures withheld below the
// round's threshold, the change since the round before), shaped for the contract.
import type { Kysely } from "kysely";
import { answersSchema, type SurveyResults } from "../../../contracts/surveys.js";
import type { Answers, Instrument, SurveyPerspective } from "../../../domain/surveys/instrument.js";
import { PERSPECTIVES } from "../../../domain/surveys/instrument.js";
import {
  hasPerspectives,
  responseRate,
  roundOutcome,
  type PreviousOutcome,
  type RoundOutcome,
  type SubmittedResponse,
} from "../../../domain/surveys/results.js";
import { effectiveThreshold } from "../../../domain/surveys/threshold.js";
import { readConsistently } from "../../db/consistent-read.js";
import type { DB } from "../../db/schema.js";
import type { Caller } from "../../actor.js";
import { now } from "../../ids.js";
import { findInstrument } from "../instruments/service.js";
import { loadRoundAccess, type RoundAccess } from "../surveys/access.js";
import { perspectiveCounts, presentBands, presentResultsRound } from "./presenter.js";
import * as repo from "./repository.js";

/** A stored response's answers; an unreadable one counts as no answer at all. */
export function answersOf(stored: string | null): Answers {
  if (stored === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return {};
  }
  const read = answersSchema.safeParse(parsed);
  if (!read.success) return {};
  return Object.fromEntries(Object.entries(read.data).flatMap(([id, value]) => (value === null ? [] : [[id, value] as const])));
}

function perspectiveOf(value: string | null): SurveyPerspective | null {
  return PERSPECTIVES.find((perspective) => perspective === value) ?? null;
}

type RespondentRow = Awaited<ReturnType<typeof repo.listRespondents>>[number];

function submittedOf(rows: readonly RespondentRow[], roundId: string): SubmittedResponse[] {
  return rows
    .filter((row) => row.round_id === roundId && row.submitted_at !== null)
    .map((row) => ({ perspective: perspectiveOf(row.perspective), answers: answersOf(row.answers) }));
}

/** The instrument a round was asked with; a round whose instrument has gone is a fault, not a refusal. */
export async function instrumentOf(db: Kysely<DB>, id: string, version: number): Promise<Instrument> {
  const instrument = await findInstrument(db, id, version);
  if (!instrument) throw new Error(`Instrument ${id} version ${version} is missing`);
  return instrument;
}

/**
 * A round's figures exactly as its results show them (scores pooled, withheld below the round's
 * threshold), for those who act on them: the action steps propose from these.
 */
export async function roundFigures(
  db: Kysely<DB>,
  round: Pick<RoundAccess, "id" | "threshold">,
  instrument: Instrument,
): Promise<RoundOutcome> {
  const submitted = submittedOf(await repo.listRespondents(db, [round.id]), round.id);
  return roundOutcome(instrument, effectiveThreshold(round.threshold), submitted, { perspectives: false, previous: null });
}

/**
 * A round's results as the caller may read them (404 unless they read its partnership). Below the
 * threshold of submitted responses, `withheld` and no figure at all; any score, view or item with fewer
 * responses behind it is withheld on its own.
 */
export async function roundResults(db: Kysely<DB>, caller: Caller, roundId: string): Promise<SurveyResults> {
  return (await loadRoundResults(db, caller, roundId)).results;
}

/** The results with the instrument they were asked with, which the files name options and bands from. */
export async function loadRoundResults(
  db: Kysely<DB>,
  caller: Caller,
  roundId: string,
): Promise<{ results: SurveyResults; instrument: Instrument }> {
  const facts = await readConsistently(db, async (trx) => {
    const round = await loadRoundAccess(trx, caller, roundId);
    const previous = await repo.findPreviousRound(trx, round);
    const [instrument, previousInstrument, respondents] = await Promise.all([
      instrumentOf(trx, round.instrument_id, round.instrument_version),
      previous && previous.instrument_version !== round.instrument_version
        ? instrumentOf(trx, round.instrument_id, previous.instrument_version)
        : null,
      repo.listRespondents(trx, previous ? [round.id, previous.id] : [round.id]),
    ]);
    return { round, previous, instrument, previousInstrument: previousInstrument ?? instrument, respondents };
  });
  const { round, previous, instrument, previousInstrument, respondents } = facts;
  const threshold = effectiveThreshold(round.threshold);
  const own = respondents.filter((row) => row.round_id === round.id);
  const submitted = submittedOf(respondents, round.id);
  const splits = hasPerspectives(own.map((row) => ({ perspective: perspectiveOf(row.perspective) })));

  let before: PreviousOutcome | null = null;
  let previousRound: SurveyResults["previousRound"] = null;
  if (previous) {
    const earlier = submittedOf(respondents, previous.id);
    const outcome = roundOutcome(previousInstrument, effectiveThreshold(previous.threshold), earlier, {
      perspectives: false,
      previous: null,
    });
    before = { roundId: previous.id, label: previous.label, scores: outcome.scores };
    previousRound = { id: previous.id, label: previous.label, submitted: earlier.length };
  }
  const outcome = roundOutcome(instrument, threshold, submitted, { perspectives: splits, previous: before });
  const presented = presentResultsRound(round, instrument, caller, now().slice(0, 10));
  const results: SurveyResults = {
    round: presented,
    invited: presented.invited,
    submitted: submitted.length,
    threshold,
    withheld: outcome.withheld,
    responseRate: responseRate(submitted.length, presented.invited),
    bands: presentBands(instrument),
    scores: outcome.scores,
    items: outcome.items,
    perspectives: splits
      ? perspectiveCounts(own.map((row) => ({ perspective: row.perspective, submitted: row.submitted_at !== null })))
      : null,
    previousRound,
  };
  return { results, instrument };
}
