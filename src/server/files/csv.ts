// CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, comma or semicolon (the
// separator of spreadsheets set to a French or other decimal-comma locale), quoted fields that may
// hold separators, quotes and line breaks.
import { CsvError, parse, type Options } from "csv-parse";
import { stringify } from "csv-stringify/sync";
import { text as message } from "../messages/render.js";
import { Pacer } from "../pacing.js";
import { FileFormatError, TooManyRowsError, type Cell, type ReadLimits, type Table, type TableRow } from "./table.js";

export type Separator = "," | ";";

const BOM = "\uFEFF";

/** Bytes decoded at a time, between two turns of the event loop. */
const DECODE_BYTES = 1024 * 1024;

/**
 * The file's text without a byte-order mark, its line breaks made uniform ("\r\n" and "\r" read as
 * "\n") so that line counting and field contents agree on every platform. Decoded a megabyte at a
 * time, giving the event loop a turn between two.
 */
async function decodeUtf8(data: Uint8Array): Promise<string> {
  // fatal: a file saved in another encoding is refused rather than read with garbled accents.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  const pacer = new Pacer();
  const pieces: string[] = [];
  // A carriage return at the end of a piece may be the first half of a CRLF cut in two.
  let carriageReturn = false;
  try {
    for (let start = 0; start < data.length || start === 0; start += DECODE_BYTES) {
      const end = Math.min(start + DECODE_BYTES, data.length);
      let piece: string = (carriageReturn ? "\r" : "") + decoder.decode(data.subarray(start, end), { stream: end < data.length });
      if (start === 0) piece = piece.replace(/^\uFEFF/, "");
      carriageReturn = end < data.length && piece.endsWith("\r");
      if (carriageReturn) piece = piece.slice(0, -1);
      pieces.push(piece.replace(/\r\n?/g, "\n"));
      if (end < data.length) await pacer.turn();
    }
  } catch {
    throw new FileFormatError(message("file.notUtf8"));
  }
  return pieces.join("");
}

/**
 * The separator of a CSV text: whichever of comma and semicolon appears more often in its first
 * line outside quotes; comma when neither does.
 * @example detectSeparator("name;sector\n") === ";"
 */
export function detectSeparator(text: string): Separator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n") break;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

// Spreadsheets run a cell that starts with one of these as a formula. Exports put an apostrophe in
// front (what spreadsheets themselves do to mark text), and reading takes it off again, so that a
// name typed as "=HYPERLINK(…)" stays text and an export still reads back to the same data.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not run as a formula, e.g. guardFormula("=1+1") === "'=1+1". */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value guardFormula was given, e.g. unguardFormula("'=1+1") === "=1+1". */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function isBlank(values: string[]): boolean {
  return values.every((value) => value.trim() === "");
}

function countLineBreaks(values: string[]): number {
  let count = 0;
  for (const value of values) for (const char of value) if (char === "\n") count += 1;
  return count;
}

/** `lastLine` is where the last record read ends: an unclosed quote opens on the record after it. */
function formatError(error: unknown, lastLine: number): FileFormatError {
  if (!(error instanceof CsvError)) return new FileFormatError(message("file.notCsv"));
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return new FileFormatError(message("file.unclosedQuote", { line: lastLine + 1 }), lastLine + 1);
  }
  const line = typeof error.lines === "number" ? error.lines : null;
  const reason = message(
    error.code === "INVALID_OPENING_QUOTE" || error.code === "CSV_INVALID_CLOSING_QUOTE" ? "file.strayQuote" : "file.invalidCsv",
  );
  return new FileFormatError(
    line === null ? message("file.unreadable", { reason }) : message("file.unreadableOnLine", { line, reason }),
    line,
  );
}

/**
 * Characters handed to the parser at a time. Small, so that a chunk is parsed in a few milliseconds
 * whatever its rows look like (16K characters are 8K records when each is one character and a line
 * break); the event loop gets a turn whenever the chunks since the last one have lasted a slice.
 */
const CHUNK_CHARS = 16 * 1024;

/**
 * csv-parse expects every record to have as many cells as the first, and for each one that does not,
 * even with relax_column_count, builds an error it then drops: an Error with its stack trace and a
 * JSON copy of the parser's whole context. A file of short rows under a long header (a million one-cell
 * rows) spent most of its reading there. Expecting each record to be as long as the one before keeps
 * that to the records whose length changes. Where the state is not there, parsing is only slower.
 */
function expectLengthOf(parser: object, values: string[]): void {
  const state: unknown = "state" in parser ? parser.state : null;
  if (typeof state === "object" && state !== null && "expectedRecordLength" in state && typeof state.expectedRecordLength === "number")
    state.expectedRecordLength = values.length;
}

/** Parses the text in chunks, giving the event loop a turn between them; stops early when `onRecord` says so. */
async function parseInChunks(
  text: string,
  options: Options & { on_record: (values: string[], context: { lines: number }) => null },
  shouldStop: () => boolean,
): Promise<void> {
  const onRecord = options.on_record;
  const parser = parse({
    ...options,
    on_record: (values: string[], context: { lines: number }) => {
      expectLengthOf(parser, values);
      return onRecord(values, context);
    },
  });
  let failure: unknown = null;
  parser.on("error", (error) => (failure ??= error));
  // Every record is taken by on_record, so nothing is ever pushed; reading keeps the stream flowing to its end.
  parser.resume();
  const ended = new Promise<void>((resolve) => {
    parser.on("end", resolve);
    parser.on("error", () => resolve());
  });
  // A look at the clock after every chunk: each is some milliseconds of work.
  const pacer = new Pacer(1);
  for (let start = 0; start < text.length && failure === null && !shouldStop(); start += CHUNK_CHARS) {
    parser.write(text.slice(start, start + CHUNK_CHARS));
    await pacer.pause();
  }
  if (failure === null && !shouldStop()) {
    parser.end();
    await ended;
  } else parser.destroy();
  if (failure !== null) throw failure;
}

/**
 * A CSV file as a table. Blank lines and rows of empty cells are skipped; each row keeps the line it
 * starts on, also when a quoted field before it spans several lines. Parsing gives the event loop a
 * turn every few milliseconds, and stops at the first row past `limits.maxRows`.
 */
export async function readCsv(data: Uint8Array, limits: ReadLimits = { maxRows: Number.POSITIVE_INFINITY }): Promise<Table> {
  const text = await decodeUtf8(data);
  const records: TableRow[] = [];
  let lastLine = 0;
  // The header and one row past the limit are enough to know that a file is too long.
  const isTooLong = () => records.length > limits.maxRows + 1;
  try {
    await parseInChunks(
      text,
      {
        delimiter: detectSeparator(text),
        relax_column_count: true,
        skip_empty_lines: true,
        on_record: (values: string[], context: { lines: number }) => {
          // context.lines is the line a record ends on; the breaks inside its quoted fields lead back to its start.
          lastLine = context.lines;
          if (!isTooLong() && !isBlank(values))
            records.push({ line: context.lines - countLineBreaks(values), values: values.map(unguardFormula) });
          return null;
        },
      },
      isTooLong,
    );
  } catch (error) {
    throw formatError(error, lastLine);
  }
  if (isTooLong()) throw new TooManyRowsError(limits.maxRows);
  const [header, ...rows] = records;
  if (!header) throw new FileFormatError(message("file.empty"), 1);
  return { header: header.values.map((name) => name.trim()), rows };
}

function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return typeof cell === "number" ? String(cell) : guardFormula(cell);
}

/**
 * A CSV file: UTF-8 with a byte-order mark (so spreadsheets open accents correctly), comma-separated,
 * fields quoted when they need it, lines ended with CRLF as RFC 4180 has it.
 * @example writeCsv(["name"], [["Ville de Lévis"]]).toString("utf8") === "\uFEFFname\r\nVille de Lévis\r\n"
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly Cell[])[], options: { separator?: Separator } = {}): Buffer {
  const body = stringify([[...header], ...rows.map((row) => row.map(cellText))], {
    delimiter: options.separator ?? ",",
    record_delimiter: "windows",
    // By default only the record delimiter itself forces quotes; a bare line feed must too.
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(`${BOM}${body}`, "utf8");
}
