// The charter laid out to be printed and signed, in the reader's language: the document is described
// here as plain data and laid out by pdfmake on a worker thread (files/pdf.ts).
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { Charter } from "../../../contracts/charter.js";
import type { Language } from "../../../domain/vocabulary.js";
import { layOutPdf } from "../../files/pdf.js";
import { render, text, type MessageKey, type MessageParams } from "../../messages/render.js";

const LOCALE: Record<Language, string> = { en: "en-CA", fr: "fr-CA" };

/** A date the way the reader writes it: "December 1, 2026", « 1 décembre 2026 ». */
export function longDate(language: Language, isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(LOCALE[language], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

/** The document as plain data (no function, so that it crosses to the worker), and the page footer's words with {page} and {pages}. */
export function charterDefinition(
  charter: Charter,
  language: Language,
  today: string,
): { definition: TDocumentDefinitions; pageLabel: string } {
  const t = (key: MessageKey, params?: MessageParams) => render(language, text(key, params));
  const none = t("charter.pdf.none");
  const program = language === "fr" && charter.program.nameFr ? charter.program.nameFr : charter.program.name;
  const dated =
    charter.version === 0
      ? t("charter.pdf.draft")
      : t("charter.pdf.versionOn", { version: charter.version, date: longDate(language, charter.updatedAt ?? today) });
  const section = (heading: MessageKey, body: string | null): Content[] => [
    { text: t(heading), style: "heading" },
    { text: body && body.length > 0 ? body : none, style: "body" },
  ];
  const members = charter.members.filter((member) => member.inCharter);
  const header = (key: MessageKey): TableCell => ({ text: t(key), style: "cellHeading" });
  const memberTable: Content = {
    table: {
      headerRows: 1,
      widths: ["25%", "25%", "15%", "35%"],
      dontBreakRows: true,
      body: [
        [header("charter.pdf.member"), header("charter.pdf.gains"), header("charter.pdf.role"), header("charter.pdf.expectations")],
        ...members.map((member): TableCell[] => [
          { text: member.organization.name, bold: true },
          member.gains ?? none,
          member.intendedRole ? t(`charter.role.${member.intendedRole}`) : none,
          member.expectations ?? none,
        ]),
      ],
    },
    layout: "lightHorizontalLines",
    style: "table",
  };
  const signature = (organization: string): Content => ({
    unbreakable: true,
    margin: [0, 14, 0, 0],
    stack: [
      { text: t("charter.pdf.signatureFor", { organization }), bold: true },
      {
        columns: [
          { width: "40%", stack: [{ text: " ", margin: [0, 18, 0, 0] }, line(), { text: t("charter.pdf.name"), style: "small" }] },
          { width: "35%", stack: [{ text: " ", margin: [0, 18, 0, 0] }, line(), { text: t("charter.pdf.signature"), style: "small" }] },
          { width: "25%", stack: [{ text: " ", margin: [0, 18, 0, 0] }, line(), { text: t("charter.pdf.date"), style: "small" }] },
        ],
        columnGap: 14,
      },
    ],
  });
  const structure: [MessageKey, string | null][] = [
    ["charter.pdf.formality", charter.formality ? t(`charter.formality.${charter.formality}`) : null],
    ["charter.pdf.governance", charter.governance ? t(`charter.governance.${charter.governance}`) : null],
    ["charter.pdf.decisionMaking", charter.decisionMaking],
    ["charter.pdf.conflictResolution", charter.conflictResolution],
  ];
  const definition: TDocumentDefinitions = {
    info: { title: `${t("charter.pdf.title")} — ${charter.partnership.name}`, subject: program, creator: "Convene" },
    language: LOCALE[language],
    tagged: true,
    displayTitle: true,
    version: "1.7",
    pageSize: "LETTER",
    pageMargins: [56, 56, 56, 56],
    content: [
      { text: t("charter.pdf.title"), style: "title" },
      { text: charter.partnership.name, style: "subtitle" },
      { text: t("charter.pdf.program", { program }), style: "meta" },
      { text: dated, style: "meta", margin: [0, 0, 0, 12] },
      ...section("charter.pdf.need", charter.need),
      ...section("charter.pdf.vision", charter.vision),
      ...section("charter.pdf.mission", charter.mission),
      ...section("charter.pdf.values", charter.values),
      { text: t("charter.pdf.structure"), style: "heading" },
      ...structure.map(([key, value]): Content => ({
        text: [{ text: language === "fr" ? `${t(key)}\u00a0: ` : `${t(key)}: `, bold: true }, value ?? none],
        style: "body",
      })),
      { text: t("charter.pdf.members"), style: "heading" },
      members.length > 0 ? memberTable : { text: none, style: "body" },
      { text: t("charter.pdf.signatures"), style: "heading", pageBreak: members.length > 6 ? "before" : undefined },
      ...members.map((member) => signature(member.organization.name)),
    ],
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 14, margin: [0, 0, 0, 4] },
      meta: { fontSize: 10, color: "#444444" },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      body: { margin: [0, 0, 0, 4] },
      table: { margin: [0, 4, 0, 8], fontSize: 9 },
      cellHeading: { bold: true },
      small: { fontSize: 8, color: "#444444" },
    },
  };
  return { definition, pageLabel: t("charter.pdf.page", { page: "{page}", pages: "{pages}" }) };
}

function line(): Content {
  return { canvas: [{ type: "line", x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.7 }] };
}

/** The printable charter as PDF bytes; today (YYYY-MM-DD) dates a charter saved without a date. */
export function charterPdf(charter: Charter, language: Language, today: string): Promise<Buffer> {
  const { definition, pageLabel } = charterDefinition(charter, language, today);
  return layOutPdf(definition, pageLabel);
}
