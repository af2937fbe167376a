// One row of an involvement file: which member it is about, whose view, which round, and the 13 answers.
import type { INVOLVEMENT_COLUMNS } from "../../../../contracts/imports.js";
import { DEFAULT_ROUND, involvementUpsertSchema, PERSPECTIVES, roundSchema, type Perspective } from "../../../../contracts/involvement.js";
import { SECTORS, type Sector } from "../../../../domain/vocabulary.js";
import { byProjectIndicator, PROJECT_INDICATOR_KEYS, type ProjectIndicatorKey } from "../../../../domain/typology/indicators.js";
import { text } from "../../../messages/render.js";
import { refusal, type RowReader } from "../row-reader.js";

export type InvolvementColumn = (typeof INVOLVEMENT_COLUMNS)["required" | "optional"][number];

export type InvolvementRow = {
  line: number;
  program: string | undefined;
  partnership: string | undefined;
  organization: string | undefined;
  sector: Sector | null;
  perspective: Perspective | undefined;
  round: string | undefined;
  /** undefined when the file has no such column: a stored value is then kept. */
  respondent: string | null | undefined;
  answeredOn: string | null | undefined;
  answers: Record<ProjectIndicatorKey, boolean | null>;
};

const respondentSchema = involvementUpsertSchema.shape.respondent;
const answeredOnSchema = involvementUpsertSchema.shape.answeredOn;

function readRound(reader: RowReader<InvolvementColumn>): string | undefined {
  const cell = reader.optional("round");
  if (cell === null) return DEFAULT_ROUND;
  const parsed = roundSchema.safeParse(cell);
  if (parsed.success) return parsed.data;
  reader.report("round", refusal(parsed.error, cell));
  return undefined;
}

/** Reads a row in column order, reporting every bad cell; a bad value reads as undefined (an answer as "not answered"). */
export function readInvolvementRow(reader: RowReader<InvolvementColumn>): InvolvementRow {
  const program = reader.required("program");
  const partnership = reader.required("partnership");
  const organization = reader.required("organization");
  const sector = reader.key("sector", SECTORS) ?? null;
  const perspective = reader.key("perspective", PERSPECTIVES);
  if (perspective === null) reader.report("perspective", text("import.perspectiveRequired"));
  const round = readRound(reader);
  const respondent = reader.has("respondent") ? reader.parsed("respondent", respondentSchema) : undefined;
  const answeredOn = reader.has("answered_on") ? reader.parsed("answered_on", answeredOnSchema) : undefined;
  const answers = byProjectIndicator((key) => reader.yesNo(key) ?? null);
  return {
    line: reader.line,
    program,
    partnership,
    organization,
    sector,
    perspective: perspective ?? undefined,
    round,
    respondent,
    answeredOn,
    answers,
  };
}

/** Whether a row's answers are the ones already stored. */
export function sameAnswers(
  answers: Record<ProjectIndicatorKey, boolean | null>,
  stored: Record<ProjectIndicatorKey, boolean | null>,
): boolean {
  return PROJECT_INDICATOR_KEYS.every((key) => answers[key] === stored[key]);
}
