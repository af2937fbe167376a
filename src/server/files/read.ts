// Reading any supported file: the format is chosen from the name, else from the content.
import { text } from "../messages/render.js";
import { readCsv } from "./csv.js";
import { baseName, FileFormatError, formatOf, type ReadLimits, type Sheet, type Table } from "./table.js";
import { readXlsx } from "./xlsx.js";

/**
 * The first table of a file: a CSV file, or the first sheet of an XLSX workbook.
 * @example (await readTable(Buffer.from("a;b\n1;2\n"), "x.csv")).rows[0] // { line: 2, values: ["1", "2"] }
 */
export async function readTable(data: Buffer, filename: string, limits?: ReadLimits): Promise<Table> {
  const [first] = await readSheets(data, filename, limits);
  if (!first) throw new FileFormatError(text("file.noSheet"));
  return first.table;
}

/**
 * Every table of a file: the one table of a CSV file, or each non-empty sheet of a workbook, in order.
 * TooManyRowsError when the file holds more data rows than `limits.maxRows`.
 */
export async function readSheets(data: Buffer, filename: string, limits?: ReadLimits): Promise<Sheet[]> {
  if (formatOf(filename, data) === "xlsx") return readXlsx(data, limits);
  return [{ name: baseName(filename), table: await readCsv(data, limits) }];
}
