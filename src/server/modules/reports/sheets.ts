// The reports as sheets (a name, a header and rows), the form the CSV and XLSX files take.
import type { InvolvementReport, ReportDimension, TypologyReport } from "../../../contracts/reports.js";
import { CONTINUUM_TYPES, type TypologyGroup } from "../../../domain/reports/typology-report.js";
import type { Language } from "../../../domain/vocabulary.js";
import type { Cell } from "../../files/table.js";
import { render, text } from "../../messages/render.js";

export type ReportSheet = { name: string; header: string[]; rows: Cell[][] };

function groupRow(group: TypologyGroup): Cell[] {
  return [
    group.key,
    group.total,
    ...CONTINUUM_TYPES.map((type) => group.counts[type]),
    ...CONTINUUM_TYPES.map((type) => group.percent[type]),
  ];
}

/** One row per group and the total row last: counts first, then the shares in percent; the header in the reader's language. */
export function typologySheet(report: TypologyReport, by: ReportDimension, language: Language = "en"): ReportSheet {
  const say = (key: Parameters<typeof text>[0], params?: Parameters<typeof text>[1]) => render(language, text(key, params));
  const types = CONTINUUM_TYPES.map((type) => say(`report.type.${type}`));
  return {
    name: `typology by ${by}`,
    header: [
      say(`report.column.${by}`),
      say("report.column.total"),
      ...types,
      ...types.map((type) => say("report.column.percent", { type })),
    ],
    rows: [...report.groups, report.total].map(groupRow),
  };
}

/** Table 1: one row per indicator, the lead's figures, the partner's, and the gap. */
export function involvementSheet(report: InvolvementReport, language: Language = "en"): ReportSheet {
  const columns = [
    "indicator",
    "leadYes",
    "leadAnswered",
    "leadPercent",
    "partnerYes",
    "partnerAnswered",
    "partnerPercent",
    "gap",
  ] as const;
  return {
    name: "involvement",
    header: columns.map((column) => render(language, text(`report.column.${column}`))),
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
export function involvementNotesSheet(report: InvolvementReport, language: Language = "en"): ReportSheet {
  const say = (
    key: `report.note.${"item" | "value" | "round" | "program" | "region" | "leadRecords" | "partnerRecords" | "rule" | "all"}`,
  ) => render(language, text(key));
  return {
    name: "notes",
    header: [say("report.note.item"), say("report.note.value")],
    rows: [
      [say("report.note.round"), report.round],
      [
        say("report.note.program"),
        report.filters.program ? `${report.filters.program.code} (${report.filters.program.name})` : say("report.note.all"),
      ],
      [say("report.note.region"), report.filters.region ?? say("report.note.all")],
      [say("report.note.leadRecords"), report.records.lead],
      [say("report.note.partnerRecords"), report.records.partner],
      [say("report.note.rule"), report.rule],
    ],
  };
}
