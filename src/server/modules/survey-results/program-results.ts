// A program's view of one instrument: each partnership's round (of the label asked for, else its
// latest) with its scores, withheld below that round's threshold, and per score how many partnerships
// fall in each band. Three statements and one per instrument version used, whatever the program's size.
import type { Kysely } from "kysely";
import type { ProgramResults } from "../../../contracts/surveys.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import { roundOutcome } from "../../../domain/surveys/results.js";
import { effectiveThreshold } from "../../../domain/surveys/threshold.js";
import type { Language } from "../../../domain/vocabulary.js";
import { readConsistently } from "../../db/consistent-read.js";
import type { DB } from "../../db/schema.js";
import type { Caller } from "../../actor.js";
import { AppError } from "../../app-error.js";
import type { Cell } from "../../files/table.js";
import { rowScope, scopeOf } from "../access/scope.js";
import { findInstrument } from "../instruments/service.js";
import { fileStem, sayer, tableFile, type ResultsFile, type ResultsFormat } from "./files.js";
import { presentBands } from "./presenter.js";
import * as repo from "./repository.js";
import { answersOf, instrumentOf } from "./service.js";

export type ProgramResultsRequest = { instrument: string; label?: string | undefined };

export async function programResults(
  db: Kysely<DB>,
  caller: Caller,
  programId: string,
  request: ProgramResultsRequest,
): Promise<ProgramResults> {
  const facts = await readConsistently(db, async (trx) => {
    const program = await repo.findReportProgram(trx, programId, rowScope(trx, caller, "program", "report", programId));
    if (!program) return null;
    const [latest, rounds] = await Promise.all([
      findInstrument(trx, request.instrument),
      repo.listProgramRounds(trx, programId, request.instrument, request.label, scopeOf(trx, caller, "partnership", "read")),
    ]);
    // Each partnership's latest round: the rows come latest first within each partnership.
    const chosen = rounds.filter((round, index) => index === 0 || rounds[index - 1]?.partnership_id !== round.partnership_id);
    const versions = [...new Set(chosen.map((round) => round.instrument_version))];
    const instruments = new Map<number, Instrument>();
    for (const version of versions) instruments.set(version, await instrumentOf(trx, request.instrument, version));
    const respondents =
      chosen.length === 0
        ? []
        : await repo.listRespondents(
            trx,
            chosen.map((round) => round.id),
          );
    return { program, latest, chosen, instruments, respondents };
  });
  if (!facts) throw AppError.notFound("program");
  const { program, chosen, instruments, respondents } = facts;
  const reference = facts.latest ?? instruments.values().next().value;
  if (!reference) throw AppError.notFound("instrument");

  const partnerships = chosen.map((round) => {
    const instrument = instruments.get(round.instrument_version) ?? reference;
    const asked = respondents.filter((row) => row.round_id === round.id);
    const submitted = asked
      .filter((row) => row.submitted_at !== null)
      .map((row) => ({ perspective: null, answers: answersOf(row.answers) }));
    const outcome = roundOutcome(instrument, effectiveThreshold(round.threshold), submitted, { perspectives: false, previous: null });
    return {
      partnership: { id: round.partnership_id, name: round.partnership_name },
      roundId: round.id,
      label: round.label,
      invited: asked.length,
      threshold: effectiveThreshold(round.threshold),
      submitted: submitted.length,
      withheld: outcome.withheld,
      scores: outcome.withheld
        ? instrument.scores.map((score) => ({ key: score.key, mean: null, band: null, withheld: true }))
        : outcome.scores.map((score) => ({ key: score.key, mean: score.mean, band: score.band, withheld: score.withheld })),
    };
  });
  const bandCounts = reference.scores.map((score) => {
    const bands: Record<string, number> = Object.fromEntries(reference.bands.map((band) => [band.key, 0]));
    let withheld = 0;
    for (const partnership of partnerships) {
      const figure = partnership.scores.find((candidate) => candidate.key === score.key);
      if (!figure) continue;
      if (figure.withheld || figure.band === null) withheld += 1;
      else bands[figure.band] = (bands[figure.band] ?? 0) + 1;
    }
    return { key: score.key, title: score.title, bands, withheld };
  });
  return {
    program,
    instrument: { id: reference.id, title: reference.title },
    label: request.label ?? null,
    bands: presentBands(reference),
    partnerships,
    bandCounts,
  };
}

/** The program's view as a table: one row per partnership and score, withheld figures left empty with their note. */
export function programResultsFile(results: ProgramResults, format: ResultsFormat, language: Language): Promise<ResultsFile> {
  const say = sayer(language);
  const titles = new Map(results.bandCounts.map((score) => [score.key, score.title[language]]));
  const bandName = (key: string | null) => (key === null ? null : (results.bands.find((band) => band.key === key)?.label[language] ?? key));
  const header = [
    say("surveyResults.column.partnership"),
    say("surveyResults.kind.round"),
    say("surveyResults.column.responses"),
    say("surveyResults.column.invited"),
    say("surveyResults.column.key"),
    say("surveyResults.column.title"),
    say("surveyResults.column.mean"),
    say("surveyResults.column.band"),
    say("surveyResults.column.note"),
  ];
  const rows = results.partnerships.flatMap((entry) =>
    entry.scores.map((score): Cell[] => [
      entry.partnership.name,
      entry.label,
      entry.submitted,
      entry.invited,
      score.key,
      titles.get(score.key) ?? score.key,
      score.withheld ? null : score.mean,
      score.withheld ? null : bandName(score.band),
      score.withheld ? say("surveyResults.withheld", { count: entry.threshold }) : null,
    ]),
  );
  return tableFile(
    say("surveyResults.sheet.results"),
    header,
    rows,
    format,
    fileStem("program-survey-results", results.program.code, results.instrument.id),
  );
}
