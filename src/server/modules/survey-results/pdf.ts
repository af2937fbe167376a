// A round's results as a printable report in the reader's language: per score its mean, its band in
// words (never colour alone), its spread and the change since the round before; the experience items'
// counts and shares; the response rate on every table. A withheld figure says so and why, never its number.
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { ScoreFigure, SurveyResults } from "../../../contracts/surveys.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import type { Language } from "../../../domain/vocabulary.js";
import { layOutPdf } from "../../files/pdf.js";
import { longDate } from "../charter/pdf.js";
import { bandLabel, optionNamer, sayer } from "./files.js";

const LOCALE: Record<Language, string> = { en: "en-CA", fr: "fr-CA" };

function decimal(language: Language, value: number, digits: number): string {
  return new Intl.NumberFormat(LOCALE[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: "auto",
  }).format(value);
}

export function resultsDefinition(
  results: SurveyResults,
  instrument: Instrument,
  language: Language,
): { definition: TDocumentDefinitions; pageLabel: string } {
  const say = sayer(language);
  const withheldNote = say("surveyResults.withheld", { count: results.threshold });
  const rate =
    results.responseRate === null
      ? say("surveyResults.pdf.rateNone", { submitted: results.submitted, invited: results.invited })
      : say("surveyResults.pdf.rate", {
          submitted: results.submitted,
          invited: results.invited,
          rate: decimal(language, results.responseRate, 1),
        });
  const heading = (value: string): TableCell => ({ text: value, style: "cellHeading" });
  const spreadOf = (figure: ScoreFigure) =>
    figure.spread
      ? `${figure.spread["1"]} · ${figure.spread["2"]} · ${figure.spread["3"]} · ${figure.spread["4"]} · ${figure.spread["5"]} · ${figure.spread.dont_know}`
      : "";
  const figureCells = (label: string, figure: ScoreFigure): TableCell[] =>
    figure.withheld
      ? [label, { text: withheldNote, colSpan: 4, italics: true }, "", "", ""]
      : [
          label,
          figure.mean === null ? say("surveyResults.pdf.noMean") : decimal(language, figure.mean, 2),
          bandLabel(results, figure.band, language) ?? "",
          String(figure.responses ?? 0),
          spreadOf(figure),
        ];
  const scoreRows = results.scores.flatMap((score): TableCell[][] => {
    const rows: TableCell[][] = [figureCells(score.title[language], score)];
    if (score.perspectives) {
      rows.push(figureCells(`   ${say("surveyResults.view.lead")}`, score.perspectives.lead));
      rows.push(figureCells(`   ${say("surveyResults.view.partner")}`, score.perspectives.partner));
    }
    if (score.change) {
      const change = score.change;
      const signed = `${change.difference > 0 ? "+" : ""}${decimal(language, change.difference, 2)}`;
      rows.push([
        {
          text: say("surveyResults.pdf.since", {
            label: change.label,
            change: signed,
            previous: change.previousResponses,
            current: change.responses,
          }),
          colSpan: 5,
          style: "small",
        },
        "",
        "",
        "",
        "",
      ]);
    }
    return rows;
  });
  const scoresTable: Content = {
    table: {
      headerRows: 1,
      widths: ["34%", "12%", "16%", "13%", "25%"],
      dontBreakRows: true,
      body: [
        [
          heading(say("surveyResults.pdf.scores")),
          heading(say("surveyResults.column.mean")),
          heading(say("surveyResults.column.band")),
          heading(say("surveyResults.column.responses")),
          heading(say("surveyResults.pdf.spread")),
        ],
        ...scoreRows,
      ],
    },
    layout: "lightHorizontalLines",
    style: "table",
  };
  const optionName = optionNamer(instrument, language);
  const items = results.items.flatMap((item): Content[] => {
    const title: Content = { text: item.text[language], style: "itemHeading" };
    if (item.withheld || !item.counts || !item.percent) return [title, { text: withheldNote, italics: true, style: "body" }];
    const percent = item.percent;
    return [
      title,
      { text: `${say("surveyResults.pdf.answered", { count: item.answered ?? 0 })} — ${rate}`, style: "small" },
      {
        table: {
          headerRows: 1,
          widths: ["60%", "20%", "20%"],
          body: [
            [
              heading(say("surveyResults.column.option")),
              heading(say("surveyResults.column.count")),
              heading(say("surveyResults.column.percent")),
            ],
            ...Object.entries(item.counts).map(([key, count]): TableCell[] => [
              optionName(item.id, key),
              String(count),
              `${decimal(language, percent[key] ?? 0, 1)}${language === "fr" ? "\u00a0%" : "%"}`,
            ]),
          ],
        },
        layout: "lightHorizontalLines",
        style: "table",
      },
    ];
  });
  const round = results.round;
  const body: Content[] = results.withheld
    ? [{ text: say("surveyResults.roundWithheld", { submitted: results.submitted, count: results.threshold }), style: "body", bold: true }]
    : [
        { text: say("surveyResults.pdf.scores"), style: "heading" },
        { text: rate, style: "small" },
        {
          text: say("surveyResults.pdf.bandLegend", {
            bands: results.bands.map((band) => `${band.label[language]} ≥ ${decimal(language, band.min, 1)}`).join(", "),
          }),
          style: "small",
        },
        scoresTable,
        ...(items.length > 0 ? [{ text: say("surveyResults.pdf.items"), style: "heading" }, ...items] : []),
      ];
  const definition: TDocumentDefinitions = {
    info: {
      title: `${say("surveyResults.pdf.title")} — ${round.partnership.name}`,
      subject: round.instrument.title[language],
      creator: "Convene",
    },
    language: LOCALE[language],
    tagged: true,
    displayTitle: true,
    version: "1.7",
    pageSize: "LETTER",
    pageMargins: [56, 56, 56, 56],
    content: [
      { text: say("surveyResults.pdf.title"), style: "title" },
      { text: round.partnership.name, style: "subtitle" },
      {
        text: say("surveyResults.pdf.round", {
          instrument: round.instrument.title[language],
          label: round.label,
          opensOn: longDate(language, round.opensOn),
          closesOn: longDate(language, round.closesOn),
        }),
        style: "meta",
      },
      { text: rate, style: "meta" },
      { text: say("surveyResults.pdf.threshold", { count: results.threshold }), style: "meta", margin: [0, 0, 0, 12] },
      ...body,
    ],
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 14, margin: [0, 0, 0, 4] },
      meta: { fontSize: 10, color: "#444444" },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      itemHeading: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      body: { margin: [0, 0, 0, 4] },
      table: { margin: [0, 4, 0, 8], fontSize: 9 },
      cellHeading: { bold: true },
      small: { fontSize: 8, color: "#444444" },
    },
  };
  return { definition, pageLabel: say("surveyResults.pdf.page", { page: "{page}", pages: "{pages}" }) };
}

/** The report's PDF bytes, laid out on the PDF worker. */
export function resultsPdf(results: SurveyResults, instrument: Instrument, language: Language): Promise<Buffer> {
  const { definition, pageLabel } = resultsDefinition(results, instrument, language);
  return layOutPdf(definition, pageLabel);
}
