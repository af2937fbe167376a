import { FileFormatError, TooManyRowsError, type ReadLimits, type Sheet, type Table } from "../../files/table.js";
import { readSheets, readTable } from "../../files/read.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import type { Problems } from "./problems.js";

/** A file as it arrives, by upload or from disk: its name (which tells CSV from XLSX) and its bytes. */
export type ImportFile = { name: string; data: Buffer };

/** A file with more rows than an import takes is refused as a whole, before any row is checked: 413. */
function tooManyRows(error: TooManyRowsError): AppError {
  return new AppError("payload_too_large", text("upload.tooManyRows", { count: error.limit }));
}

/**
 * The file's first table, or null with the reason among the problems when it cannot be read. An
 * AppError (413) when it has more data rows than `limits.maxRows`.
 */
export async function readFileTable(file: ImportFile, problems: Problems, limits: ReadLimits): Promise<Table | null> {
  try {
    return await readTable(file.data, file.name, limits);
  } catch (error) {
    if (error instanceof TooManyRowsError) throw tooManyRows(error);
    if (!(error instanceof FileFormatError)) throw error;
    problems.add(error.line, null, error.text);
    return null;
  }
}

/** Every table of a file, or null with the reason among the problems; an AppError (413) past `limits.maxRows`. */
export async function readFileSheets(file: ImportFile, problems: Problems, limits: ReadLimits): Promise<Sheet[] | null> {
  try {
    return await readSheets(file.data, file.name, limits);
  } catch (error) {
    if (error instanceof TooManyRowsError) throw tooManyRows(error);
    if (!(error instanceof FileFormatError)) throw error;
    problems.add(error.line, null, text("file.inFile", { file: file.name, problem: error.text }));
    return null;
  }
}
