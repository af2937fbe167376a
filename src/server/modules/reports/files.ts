// A report as a download: the file's bytes, its media type and the name it is saved under.
import type { InvolvementReport, ReportDimension, ReportFilters, TypologyReport } from "../../../contracts/reports.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import type { Language } from "../../../domain/vocabulary.js";
import { writeCsv } from "../../files/csv.js";
import { writeWorkbook } from "../../files/xlsx.js";
import { involvementNotesSheet, involvementSheet, typologySheet, type ReportSheet } from "./sheets.js";

export type FileFormat = "csv" | "xlsx";

export type ReportFile = { body: Buffer; contentType: string; filename: string };

const CONTENT_TYPES: Record<FileFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

// Sheet names may not exceed 31 characters nor hold some punctuation.
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
}

async function fileOf(sheets: ReportSheet[], format: FileFormat, stem: string): Promise<ReportFile> {
  const [main] = sheets;
  if (!main) throw new Error("A report file needs at least one table");
  const body =
    format === "csv"
      ? writeCsv(main.header, main.rows)
      : await writeWorkbook(sheets.map((sheet) => ({ name: sheetName(sheet.name), header: sheet.header, rows: sheet.rows })));
  return { body, contentType: CONTENT_TYPES[format], filename: `${stem}.${format}` };
}

/**
 * The filters as the end of a file name, so that saved files say what they cover: the program's code
 * (letters, digits, - and _ only) and the region folded to ASCII, as a header's filename must be.
 * @example filterSuffix({ program: { code: "CMP", … }, region: "Prairies & NWT" }) === "-CMP-prairies-nwt"
 */
export function filterSuffix(filters: ReportFilters): string {
  const region =
    filters.region === null
      ? ""
      : nameKey(filters.region)
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "");
  return [filters.program?.code ?? "", region].map((part) => (part ? `-${part}` : "")).join("");
}

/** e.g. typology-by-program-lead-baseline.csv, or typology-by-partnership-lead-baseline-CMP.csv within one program. */
export function typologyFile(
  report: TypologyReport,
  by: ReportDimension,
  format: FileFormat,
  language: Language = "en",
): Promise<ReportFile> {
  return fileOf(
    [typologySheet(report, by, language)],
    format,
    `typology-by-${by}-${report.perspective}-${report.round}${filterSuffix(report.filters)}`,
  );
}

/** e.g. involvement-baseline.xlsx, with the counting rule and the filters on a second sheet (CSV holds one table only). */
export function involvementFile(report: InvolvementReport, format: FileFormat, language: Language = "en"): Promise<ReportFile> {
  return fileOf(
    [involvementSheet(report, language), involvementNotesSheet(report, language)],
    format,
    `involvement-${report.round}${filterSuffix(report.filters)}`,
  );
}
