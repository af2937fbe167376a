// XLSX workbooks through ExcelJS: every sheet read as text the way a person sees it, and sheets
// written with a bold, frozen header row.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { text } from "../messages/render.js";
import { FileFormatError, isZip, TooManyRowsError, type Cell, type ReadLimits, type Sheet, type TableRow } from "./table.js";
import { workbookDataRows } from "./xlsx-rows.js";

/** A date as YYYY-MM-DD. Workbooks store dates without a time zone; ExcelJS hands them over as UTC. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function isoDateTime(date: Date): string {
  const text = date.toISOString();
  return text.endsWith("T00:00:00.000Z") ? isoDate(date) : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The largest workbook read: loading one takes some hundred times its size in memory
 * (a 3.5 MB sheet of 60,000 rows, about 350 MB).
 */
export const XLSX_LIMIT_BYTES = 10 * 1024 * 1024;

/** The text of a cell value of any kind ExcelJS gives: plain, date, formula result, rich text, hyperlink, error. */
export function cellValueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return isoDateTime(value);
  if (!isRecord(value)) return "";
  if (Array.isArray(value.richText))
    return value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : "")).join("");
  if ("result" in value) return cellValueText(value.result);
  if ("text" in value) return cellValueText(value.text);
  if (typeof value.error === "string") return value.error;
  return "";
}

function sheetRows(worksheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    // Cells are numbered from 1; a gap (an empty cell) must still take its place.
    for (let column = 1; column <= row.cellCount; column += 1) values.push(cellValueText(row.getCell(column).value));
    if (values.some((value) => value.trim() !== "")) rows.push({ line, values });
  });
  return rows;
}

/**
 * Every sheet of a workbook that has a header row, in workbook order. The whole workbook is loaded:
 * ExcelJS's streaming reader decodes each chunk of a sheet on its own and garbles a character that
 * straddles two chunks, which accented names would hit. XLSX_LIMIT_BYTES and the rows counted
 * beforehand (at most `limits.maxRows` data rows over all sheets) bound what loading costs.
 */
export async function readXlsx(data: Uint8Array, limits: ReadLimits = { maxRows: Number.POSITIVE_INFINITY }): Promise<Sheet[]> {
  if (!isZip(data)) throw new FileFormatError(text("file.notXlsx"));
  if (data.length > XLSX_LIMIT_BYTES) {
    throw new FileFormatError(text("file.workbookTooLarge", { size: XLSX_LIMIT_BYTES / 1024 / 1024 }));
  }
  const counted = await workbookDataRows(Buffer.from(data.buffer, data.byteOffset, data.byteLength), limits.maxRows);
  if (counted !== null && counted > limits.maxRows) throw new TooManyRowsError(limits.maxRows);
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy into a plain ArrayBuffer, the input ExcelJS's declarations ask for.
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    throw new FileFormatError(text("file.notXlsx"));
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const [header, ...body] = sheetRows(worksheet);
    if (!header) continue;
    if (header.line !== 1) {
      throw new FileFormatError(text("file.headerNotFirst", { sheet: worksheet.name, line: header.line }), header.line);
    }
    sheets.push({ name: worksheet.name, table: { header: header.values.map((name) => name.trim()), rows: body } });
  }
  if (sheets.reduce((total, sheet) => total + sheet.table.rows.length, 0) > limits.maxRows) throw new TooManyRowsError(limits.maxRows);
  return sheets;
}

export type SheetData = { name: string; header: readonly string[]; rows: readonly (readonly Cell[])[] };

/**
 * A workbook with one sheet per entry, in order. Cells are typed values, so nothing is read as a
 * formula. Rows are streamed out as they are added: a 60,000-row sheet takes some 200 MB of memory
 * this way, against well over a gigabyte for ExcelJS's whole-workbook writer.
 */
export async function writeWorkbook(sheets: readonly SheetData[]): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    // Widths must be set before the first row is committed.
    worksheet.columns = sheet.header.map((name) => ({ width: Math.min(40, Math.max(10, name.length + 2)) }));
    const header = worksheet.addRow([...sheet.header]);
    header.font = { bold: true };
    header.commit();
    for (const row of sheet.rows) worksheet.addRow([...row]).commit();
    worksheet.commit();
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * A workbook of one sheet.
 * @example await writeXlsx("organizations", ["name", "sector"], [["Ville de Lévis", "municipal_government"]])
 */
export function writeXlsx(sheetName: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Promise<Buffer> {
  return writeWorkbook([{ name: sheetName, header, rows }]);
}
