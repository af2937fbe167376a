// The accountability report as a download: one row per group and the total last, the header in the
// reader's language.
import type { AccountabilityFigures, AccountabilityReport } from "../../../contracts/accountability.js";
import { AXIS_STAGES } from "../../../domain/coverage/axis.js";
import type { Language } from "../../../domain/vocabulary.js";
import { writeCsv } from "../../files/csv.js";
import type { Cell } from "../../files/table.js";
import { writeWorkbook } from "../../files/xlsx.js";
import { render, text, type MessageKey } from "../../messages/render.js";
import type { FileFormat, ReportFile } from "../reports/files.js";

const FIGURES = ["pledged", "delivered", "withdrawn", "open", "overdue", "dueSoon", "onTime", "late", "slipped", "keptRate"] as const;

function figureCells(figures: AccountabilityFigures): Cell[] {
  return [
    ...FIGURES.map((figure) => figures[figure]),
    ...AXIS_STAGES.flatMap((stage) => [figures.axis[stage].pledged, figures.axis[stage].delivered]),
  ];
}

/** The header and rows: the group's names (partnership and organization where the grouping has them), then the figures. */
export function accountabilitySheet(report: AccountabilityReport, language: Language = "en") {
  const say = (key: MessageKey, params?: Record<string, string>) => render(language, text(key, params));
  const names = report.by === "program" ? [] : report.by === "partnership" ? ["partnership"] : ["partnership", "organization"];
  const header = [
    say("accountability.column.key"),
    say("accountability.column.program"),
    ...names.map((name) => say(`accountability.column.${name === "partnership" ? "partnership" : "organization"}`)),
    ...FIGURES.map((figure) => say(`accountability.column.${figure}`)),
    ...AXIS_STAGES.flatMap((stage) => {
      const name = say(`accountability.stage.${stage}`);
      return [say("accountability.column.stagePledged", { stage: name }), say("accountability.column.stageDelivered", { stage: name })];
    }),
  ];
  const rows: Cell[][] = report.groups.map((group) => [
    group.key,
    group.program,
    ...(report.by === "program" ? [] : [group.partnership ?? ""]),
    ...(report.by === "member" ? [group.organization ?? ""] : []),
    ...figureCells(group),
  ]);
  const total = say("accountability.total");
  rows.push([total, "", ...names.map(() => ""), ...figureCells(report.total)]);
  return { header, rows };
}

const CONTENT_TYPES: Record<FileFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** e.g. accountability-by-member-2026-06-30.csv */
export async function accountabilityFile(report: AccountabilityReport, format: FileFormat, language: Language = "en"): Promise<ReportFile> {
  const { header, rows } = accountabilitySheet(report, language);
  const body = format === "csv" ? writeCsv(header, rows) : await writeWorkbook([{ name: `accountability by ${report.by}`, header, rows }]);
  return { body, contentType: CONTENT_TYPES[format], filename: `accountability-by-${report.by}-${report.asOf}.${format}` };
}
