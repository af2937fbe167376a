// Spreadsheet files as plain tables, whatever their format: a header and rows of text, each row
// with the line it starts on, so that a problem can be pointed at where a person would look for it.
// Readers are in read.ts, csv.ts and xlsx.ts; writers are writeCsv (csv.ts) and writeXlsx/writeWorkbook (xlsx.ts).
import { render, type Text } from "../messages/render.js";

/** One record of a file: its cells as text, and the line it starts on (the header is line 1). */
export type TableRow = { line: number; values: string[] };

export type Table = { header: string[]; rows: TableRow[] };

/** A table with the name it goes by: the sheet's name in a workbook, the file's base name for CSV. */
export type Sheet = { name: string; table: Table };

/** A value a writer puts in a cell; null leaves the cell empty. */
export type Cell = string | number | boolean | null;

export type FileFormat = "csv" | "xlsx";

/** A file that cannot be read as a table at all (as opposed to a row with a bad value). */
export class FileFormatError extends Error {
  constructor(
    /** Why, to be written in the reader's language; `message` is the English. */
    readonly text: Text,
    /** The line the reader stopped at, when it knows. */
    readonly line: number | null = null,
  ) {
    super(render("en", text));
  }
}

/**
 * How much a reader takes in: at most `maxRows` data rows (headers not counted) over every table of
 * the file. A reader stops as soon as the file goes past it, so that the cost of a file that is
 * too long stays that of the limit.
 */
export type ReadLimits = { maxRows: number };

/** A file with more data rows than the reader was allowed to take in. */
export class TooManyRowsError extends Error {
  constructor(readonly limit: number) {
    super(`The file has more than ${limit} rows`);
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Whether the bytes start like a zip archive, which every XLSX workbook is. */
export function isZip(data: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => data[index] === byte);
}

/** The format of a file: by its extension, else by its first bytes. */
export function formatOf(filename: string, data: Uint8Array): FileFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  return isZip(data) ? "xlsx" : "csv";
}

/** The base name of a file without its extension, e.g. "contacts" for "exports/contacts.csv". */
export function baseName(filename: string): string {
  const name = filename.split(/[\\/]/).pop() ?? filename;
  return name.replace(/\.[^.]*$/, "");
}
