import { FileFormatError, type Sheet, type Table } from "../../files/table.js";
import { readSheets, readTable } from "../../files/read.js";
import { text } from "../../messages/render.js";
import type { Problems } from "./problems.js";

/** A file as it arrives, by upload or from disk: its name (which tells CSV from XLSX) and its bytes. */
export type ImportFile = { name: string; data: Buffer };

/** The file's first table, or null with the reason among the problems when it cannot be read. */
export async function readFileTable(file: ImportFile, problems: Problems): Promise<Table | null> {
  try {
    return await readTable(file.data, file.name);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    problems.add(error.line, null, error.text);
    return null;
  }
}

/** Every table of a file, or null with the reason among the problems. */
export async function readFileSheets(file: ImportFile, problems: Problems): Promise<Sheet[] | null> {
  try {
    return await readSheets(file.data, file.name);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    problems.add(error.line, null, text("file.inFile", { file: file.name, problem: error.text }));
    return null;
  }
}
