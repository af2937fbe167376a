// Involvement files for import tests, written by hand (not by the code under test): a header of
// the usual columns and rows given as objects.
import { PROJECT_INDICATOR_KEYS, type ProjectIndicatorKey } from "../../src/domain/typology/indicators.js";

export type InvolvementFileRow = {
  program: string;
  partnership: string;
  organization: string;
  perspective: string;
  round?: string;
  respondent?: string;
  sector?: string;
  answers?: Partial<Record<ProjectIndicatorKey, string>>;
};

export const INVOLVEMENT_HEADER = [
  "program",
  "partnership",
  "organization",
  "perspective",
  "round",
  "respondent",
  ...PROJECT_INDICATOR_KEYS,
];

/** The cells of a row under a header; columns the row does not fill are blank. */
export function cellsOf(row: InvolvementFileRow, header: readonly string[] = INVOLVEMENT_HEADER): string[] {
  const { answers, ...fields } = row;
  const fixed: Record<string, string | undefined> = { ...fields, ...answers };
  return header.map((column) => fixed[column.toLowerCase()] ?? "");
}

function quote(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV text: comma-separated by default, LF line ends, fields quoted only where needed. */
export function csvText(
  lines: readonly (readonly string[])[],
  options: { separator?: string; bom?: boolean; lineEnd?: string } = {},
): string {
  const separator = options.separator ?? ",";
  const body = lines.map((cells) => cells.map((cell) => quote(cell, separator)).join(separator)).join(options.lineEnd ?? "\n");
  return `${options.bom ? "\uFEFF" : ""}${body}\n`;
}

export function involvementCsv(
  rows: readonly InvolvementFileRow[],
  options: { header?: readonly string[]; separator?: string; bom?: boolean } = {},
): string {
  const header = options.header ?? INVOLVEMENT_HEADER;
  return csvText([header, ...rows.map((row) => cellsOf(row, header))], options);
}

/** Answers that make the built-in rubric say collaboration. */
export const COLLABORATION_ANSWERS = {
  shared_decision_making: "yes",
  responsible_implementation: "yes",
  reporting_results: "yes",
} as const;
