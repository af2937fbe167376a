// A round's individual responses, for an evaluator an administrator has given that permission: without
// respondents' identities (perspective and the organization's sector only, in an order that says
// nothing of who answered when), or with names and organizations when the permission says so. Every
// export is a security event, as the registry's and the audit trail's are.
import type { Kysely } from "kysely";
import { DONT_KNOW, itemsOf, type AnswerValue, type InstrumentItem } from "../../../domain/surveys/instrument.js";
import { SECTORS, type Language } from "../../../domain/vocabulary.js";
import type { DB } from "../../db/schema.js";
import { hashToken } from "../../crypto.js";
import type { Cell } from "../../files/table.js";
import { isOperator, type Caller } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import { recordExport } from "../audit/security.js";
import { exportsResponses, loadRoundAccess } from "../surveys/access.js";
import { fileStem, sayer, tableFile, type ResultsFile, type ResultsFormat } from "./files.js";
import * as repo from "./repository.js";
import { answersOf, instrumentOf } from "./service.js";

export type Databases = { db: Kysely<DB>; readDb: Kysely<DB> };

function answerCell(item: InstrumentItem, value: AnswerValue | undefined, language: Language): Cell {
  const say = sayer(language);
  if (value === undefined) return null;
  if (value === DONT_KNOW) return say("surveyResults.answer.dontKnow");
  if (item.type === "yesno") return value === "yes" ? say("surveyResults.answer.yes") : say("surveyResults.answer.no");
  const label = (key: string) => item.options?.find((option) => option.key === key)?.label[language] ?? key;
  if (Array.isArray(value)) return value.map(label).join("; ");
  if (item.type === "single" && typeof value === "string") return label(value);
  return value;
}

function sectorName(sector: string, language: Language): string {
  const known = SECTORS.find((candidate) => candidate === sector);
  return known ? sayer(language)(`sector.${known}`) : sector;
}

/** The individual responses as a CSV or XLSX file; 403 without the grant, 404 when the round is out of reach. */
export async function exportResponses(
  databases: Databases,
  caller: Caller,
  roundId: string,
  format: ResultsFormat,
  language: Language,
): Promise<ResultsFile> {
  const round = await loadRoundAccess(databases.readDb, caller, roundId);
  if (!exportsResponses(caller, round.response_export)) throw AppError.forbidden(text("surveyResults.exportForbidden"));
  const identified = isOperator(caller) || round.response_export === "identified";
  const [instrument, asked] = await Promise.all([
    instrumentOf(databases.readDb, round.instrument_id, round.instrument_version),
    repo.listRespondents(databases.readDb, [roundId]),
  ]);
  const rows = asked.flatMap((row) => (row.response_id === null ? [] : [{ ...row, id: row.response_id }]));
  const say = sayer(language);
  const items = itemsOf(instrument);
  const header = [
    say("surveyResults.response.number"),
    say("surveyResults.response.perspective"),
    ...(identified
      ? [
          say("surveyResults.response.respondent"),
          say("surveyResults.response.email"),
          say("surveyResults.response.organization"),
          say("surveyResults.response.submittedAt"),
        ]
      : []),
    say("surveyResults.response.sector"),
    ...items.map((item) => item.id),
  ];
  // Without identities, responses go in the order of a digest of their id: neither who answered nor when.
  const ordered = identified
    ? [...rows].sort(
        (a, b) => a.organization_name.localeCompare(b.organization_name) || (a.submitted_at ?? "").localeCompare(b.submitted_at ?? ""),
      )
    : [...rows].sort((a, b) => hashToken(a.id).localeCompare(hashToken(b.id)));
  const body = ordered.map((row, index): Cell[] => {
    const answers = answersOf(row.answers);
    return [
      index + 1,
      row.perspective === "lead" || row.perspective === "partner" ? say(`surveyResults.view.${row.perspective}`) : null,
      ...(identified ? [row.contact_name, row.contact_email, row.organization_name, row.submitted_at] : []),
      sectorName(row.sector, language),
      ...items.map((item) => answerCell(item, answers[item.id], language)),
    ];
  });
  await recordExport(databases.db, caller, "survey_responses", {
    roundId,
    format,
    rows: body.length,
    identities: identified ? "identified" : "anonymous",
  });
  return tableFile(
    say("surveyResults.sheet.responses"),
    header,
    body,
    format,
    fileStem("survey-responses", round.partnership_name, round.label),
  );
}
