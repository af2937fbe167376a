// A round's results as a table (the CSV file, the XLSX sheet): one row for the round, one per score
// and perspective, one per option of each counted item, each with the round's response rate. A withheld
// figure's cells stay empty and its note says why; its number is never written.
import type { ItemResult, ScoreFigure, ScoreResult, SurveyResults } from "../../../contracts/surveys.js";
import { itemsOf, type Instrument } from "../../../domain/surveys/instrument.js";
import type { Language } from "../../../domain/vocabulary.js";
import { writeCsv } from "../../files/csv.js";
import type { Cell } from "../../files/table.js";
import { writeWorkbook } from "../../files/xlsx.js";
import { render, text, type MessageKey, type MessageParams } from "../../messages/render.js";

export type ResultsFile = { body: Buffer; contentType: string; filename: string };
export type ResultsFormat = "csv" | "xlsx";

export const CONTENT_TYPES: Record<ResultsFormat | "pdf", string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

const COLUMNS = [
  "kind",
  "key",
  "title",
  "view",
  "option",
  "mean",
  "band",
  "answers",
  "responses",
  "count",
  "percent",
  "1",
  "2",
  "3",
  "4",
  "5",
  "dontKnow",
  "previousMean",
  "change",
  "responseRate",
  "note",
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, Cell>>;

export function sayer(language: Language) {
  return (key: MessageKey, params?: MessageParams) => render(language, text(key, params));
}

/** The file's header in the reader's language; the spread's columns are the scale's points. */
export function resultsHeader(language: Language): string[] {
  const say = sayer(language);
  return COLUMNS.map((column) => (/^[1-5]$/.test(column) ? column : say(`surveyResults.column.${column}` as MessageKey)));
}

/** A band's label in the reader's language. */
export function bandLabel(results: SurveyResults, key: string | null, language: Language): string | null {
  if (key === null) return null;
  return results.bands.find((band) => band.key === key)?.label[language] ?? key;
}

function figureRow(results: SurveyResults, figure: ScoreFigure, language: Language): Row {
  if (figure.withheld) return { note: sayer(language)("surveyResults.withheld", { count: results.threshold }) };
  return {
    mean: figure.mean,
    band: bandLabel(results, figure.band, language),
    answers: figure.answers,
    responses: figure.responses,
    ...(figure.spread
      ? {
          "1": figure.spread["1"],
          "2": figure.spread["2"],
          "3": figure.spread["3"],
          "4": figure.spread["4"],
          "5": figure.spread["5"],
          dontKnow: figure.spread.dont_know,
        }
      : {}),
  };
}

function scoreRows(results: SurveyResults, score: ScoreResult, language: Language): Row[] {
  const say = sayer(language);
  const base = { kind: say("surveyResults.kind.score"), key: score.key, title: score.title[language] };
  const rows: Row[] = [
    {
      ...base,
      view: say("surveyResults.view.all"),
      ...figureRow(results, score, language),
      ...(score.change ? { previousMean: score.change.previousMean, change: score.change.difference } : {}),
    },
  ];
  if (score.perspectives) {
    for (const view of ["lead", "partner"] as const) {
      rows.push({ ...base, view: say(`surveyResults.view.${view}`), ...figureRow(results, score.perspectives[view], language) });
    }
  }
  return rows;
}

function itemRows(results: SurveyResults, item: ItemResult, language: Language, optionLabel: (id: string, key: string) => string): Row[] {
  const say = sayer(language);
  const base = { kind: say("surveyResults.kind.item"), key: item.id, title: item.text[language], view: say("surveyResults.view.all") };
  if (item.withheld || !item.counts || !item.percent)
    return [{ ...base, note: say("surveyResults.withheld", { count: results.threshold }) }];
  const percent = item.percent;
  return Object.entries(item.counts).map(([key, count]) => ({
    ...base,
    option: optionLabel(item.id, key),
    answers: item.answered,
    responses: item.answered,
    count,
    percent: percent[key] ?? 0,
  }));
}

/** Every row of the table; `optionLabel` names an option in the reader's language. */
export function resultsRows(results: SurveyResults, language: Language, optionLabel: (itemId: string, key: string) => string): Cell[][] {
  const say = sayer(language);
  const round: Row = {
    kind: say("surveyResults.kind.round"),
    key: results.round.label,
    title: results.round.instrument.title[language],
    responses: results.submitted,
    count: results.invited,
    note: results.withheld ? say("surveyResults.roundWithheld", { submitted: results.submitted, count: results.threshold }) : null,
  };
  const rows = [
    round,
    ...results.scores.flatMap((score) => scoreRows(results, score, language)),
    ...results.items.flatMap((item) => itemRows(results, item, language, optionLabel)),
  ];
  return rows.map((row) => COLUMNS.map((column) => (column === "responseRate" ? results.responseRate : (row[column] ?? null))));
}

/** A file name a browser keeps as it is: the partnership's name and the round's label in plain letters. */
export function fileStem(...parts: string[]): string {
  return parts
    .map((part) =>
      part
        .normalize("NFD")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .toLowerCase()
        .slice(0, 40),
    )
    .filter((part) => part.length > 0)
    .join("-");
}

/** A table as a CSV or XLSX download. */
export async function tableFile(
  sheet: string,
  header: string[],
  rows: Cell[][],
  format: ResultsFormat,
  stem: string,
): Promise<ResultsFile> {
  const body = format === "csv" ? writeCsv(header, rows) : await writeWorkbook([{ name: sheet.slice(0, 31), header, rows }]);
  return { body, contentType: CONTENT_TYPES[format], filename: `${stem}.${format}` };
}

/** Names an option of a counted item in the reader's language: its label, or yes and no. */
export function optionNamer(instrument: Instrument, language: Language): (itemId: string, key: string) => string {
  const say = sayer(language);
  const items = new Map(itemsOf(instrument).map((item) => [item.id, item]));
  return (itemId, key) => {
    const item = items.get(itemId);
    if (item?.type === "yesno") return key === "yes" ? say("surveyResults.answer.yes") : say("surveyResults.answer.no");
    return item?.options?.find((option) => option.key === key)?.label[language] ?? key;
  };
}

/** The round's results as a CSV or XLSX download, in the reader's language. */
export function resultsFile(
  results: SurveyResults,
  instrument: Instrument,
  format: ResultsFormat,
  language: Language,
): Promise<ResultsFile> {
  const rows = resultsRows(results, language, optionNamer(instrument, language));
  const stem = fileStem("survey-results", results.round.partnership.name, results.round.label);
  return tableFile(sayer(language)("surveyResults.sheet.results"), resultsHeader(language), rows, format, stem);
}
