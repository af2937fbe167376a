// Reading one row's cells into typed values, reporting each bad cell with its line and column.
// A bad cell reads as undefined: the row then has a problem, and an import with problems writes nothing.
import type { z } from "zod";
import { validationProblems } from "../../../domain/validation.js";
import type { RegistryEntity } from "../../../contracts/imports.js";
import type { TableRow } from "../../files/table.js";
import { text, type Text } from "../../messages/render.js";
import type { Columns } from "./header.js";
import { columnKey } from "./header.js";
import { quoted, type Problems } from "./problems.js";

const YES = new Set(["yes", "y", "true", "1", "oui"]);
const NO = new Set(["no", "n", "false", "0", "non"]);

/**
 * A yes/no answer in any of the spellings spreadsheets and people use; blank is "not answered".
 * @example parseYesNo(" OUI ") === true; parseYesNo("") === null; parseYesNo("maybe") === undefined
 */
export function parseYesNo(text: string): boolean | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === "") return null;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

/** A vocabulary key written as a key or as words, e.g. parseKey(SECTORS, "Public health") === "public_health". */
export function parseKey<T extends string>(vocabulary: readonly T[], text: string): T | undefined {
  const key = columnKey(text);
  return vocabulary.find((candidate) => candidate === key);
}

/** A cell a schema refused: the first rule it broke, by key, and the value. */
export function refusal(error: z.ZodError, cell: string): Text {
  const problem = validationProblems(error, { value: cell })[0];
  const reason = problem ? text(`validation.${problem.key}`, problem.values) : text("import.notValid");
  return cell === "" ? text("import.refused.blank", { reason }) : text("import.refused", { reason, got: quoted(cell) });
}

export class RowReader<K extends string> {
  constructor(
    readonly row: TableRow,
    private readonly columns: Columns<K>,
    private readonly problems: Problems,
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** Where a cell is, as a problem names it: its sheet, line and column label. */
  place(column: K): { entity: RegistryEntity | null; line: number; column: string } {
    return { entity: this.problems.entity, line: this.row.line, column: this.columns.label(column) };
  }

  report(column: K | null, problem: Text): void {
    this.problems.add(this.row.line, column === null ? null : this.columns.label(column), problem);
  }

  /** Whether the file has this column at all (a missing optional column leaves a stored value as it is). */
  has(column: K): boolean {
    return this.columns.has(column);
  }

  /** A cell that must be filled in. */
  required(column: K): string | undefined {
    const value = this.columns.cell(this.row, column);
    if (value === undefined || value === "") {
      this.report(column, text("import.required"));
      return undefined;
    }
    return value;
  }

  /** A cell that may be left empty: null when empty or when the file has no such column. */
  optional(column: K): string | null {
    return this.columns.filled(this.row, column);
  }

  /** yes/no, y/n, true/false, 1/0, oui/non in any case; null when empty; undefined when the column is missing or the value bad. */
  yesNo(column: K): boolean | null | undefined {
    const cell = this.columns.cell(this.row, column);
    if (cell === undefined) return undefined;
    const value = parseYesNo(cell);
    if (value === undefined) this.report(column, text("import.yesNo", { got: quoted(cell) }));
    return value;
  }

  /** A key of a vocabulary; null when empty; undefined when the column is missing or the value unknown. */
  key<T extends string>(column: K, vocabulary: readonly T[]): T | null | undefined {
    const cell = this.columns.cell(this.row, column);
    if (cell === undefined) return undefined;
    if (cell === "") return null;
    const value = parseKey(vocabulary, cell);
    if (value === undefined) this.report(column, text("import.oneOf", { values: vocabulary.join(", "), got: quoted(cell) }));
    return value;
  }

  /** Keys of a vocabulary separated by semicolons, commas or vertical bars; [] when empty. */
  keys<T extends string>(column: K, vocabulary: readonly T[]): T[] | undefined {
    const cell = this.columns.cell(this.row, column);
    if (cell === undefined) return undefined;
    const parts = cell
      .split(/[;,|]/)
      .map((part) => part.trim())
      .filter((part) => part !== "");
    const unknown = parts.filter((part) => parseKey(vocabulary, part) === undefined);
    if (unknown.length > 0) {
      this.report(column, text("import.listAmong", { values: vocabulary.join(", "), got: unknown.map(quoted).join(", ") }));
      return undefined;
    }
    return [...new Set(parts.map((part) => parseKey(vocabulary, part)).filter((key) => key !== undefined))];
  }

  /**
   * A cell checked by the same schema the API checks the field with, so that a value is accepted or
   * refused alike however it arrives. Undefined when the column is missing or the value refused.
   */
  parsed<S extends z.ZodType>(column: K, schema: S): z.output<S> | undefined {
    const cell = this.columns.cell(this.row, column);
    if (cell === undefined) return undefined;
    return this.checked(column, schema, cell);
  }

  /** A value read from a cell, checked by the API's schema for the field it fills; undefined (and a problem on the cell) when refused. */
  checked<S extends z.ZodType>(column: K, schema: S, value: string): z.output<S> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    this.report(column, refusal(result.error, value));
    return undefined;
  }
}
