// The reports as sheets (a name, a header and rows), the form the CSV and XLSX files take.
import type { InvolvementReport, ReportDimension, TypologyReport } from "../../../contracts/reports.js";
import { CONTINUUM_TYPES, type TypologyGroup } from "../../../domain/reports/typology-report.js";
import type { Cell } from "../../files/table.js";

export type ReportSheet = { name: string; header: string[]; rows: Cell[][] };

function groupRow(group: TypologyGroup): Cell[] {
  return [
    group.key,
    group.total,
    ...CONTINUUM_TYPES.map((type) => group.counts[type]),
    ...CONTINUUM_TYPES.map((type) => group.percent[type]),
  ];
}

/** One row per group and the total row last: counts first, then the shares in percent. */
export function typologySheet(report: TypologyReport, by: ReportDimension): ReportSheet {
  return {
    name: `typology by ${by}`,
    header: [by, "total", ...CONTINUUM_TYPES, ...CONTINUUM_TYPES.map((type) => `${type} %`)],
    rows: [...report.groups, report.total].map(groupRow),
  };
}

/** Table 1: one row per indicator, the lead's figures, the partner's, and the gap. */
export function involvementSheet(report: InvolvementReport): ReportSheet {
  return {
    name: "involvement",
    header: ["indicator", "lead yes", "lead answered", "lead %", "partner yes", "partner answered", "partner %", "gap (points)"],
    rows: report.indicators.map((row) => [
      row.indicator,
      row.lead.yes,
      row.lead.answered,
      row.lead.percent,
      row.partner.yes,
      row.partner.answered,
      row.partner.percent,
      row.gap,
    ]),
  };
}

/** What a reader of the workbook needs besides the figures: which records count, within which program and region, and how. */
export function involvementNotesSheet(report: InvolvementReport): ReportSheet {
  return {
    name: "notes",
    header: ["item", "value"],
    rows: [
      ["round", report.round],
      ["program", report.filters.program ? `${report.filters.program.code} (${report.filters.program.name})` : "all"],
      ["region", report.filters.region ?? "all"],
      ["lead records", report.records.lead],
      ["partner records", report.records.partner],
      ["rule", report.rule],
    ],
  };
}
