// Columns are found by their header, not their position: "Support letter", "support-letter" and
// "SUPPORT_LETTER" all name the column support_letter.
import type { ColumnSet } from "../../../contracts/imports.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import type { TableRow } from "../../files/table.js";
import { text, type Text } from "../../messages/render.js";
import type { Problems } from "./problems.js";

/** The key a header is matched by, e.g. columnKey(" Support letter ") === "support_letter". */
export function columnKey(header: string): string {
  return nameKey(header).replace(/[\s-]+/g, "_");
}

/** Where each known column is in a file, and how the file itself spells it (for messages). */
export class Columns<K extends string> {
  constructor(
    private readonly positions: ReadonlyMap<K, { index: number; label: string }>,
    private readonly named: ReadonlySet<number>,
  ) {}

  has(column: K): boolean {
    return this.positions.has(column);
  }

  /** The column as the file's header writes it, or its own name when the file has no such column. */
  label(column: K): string {
    return this.positions.get(column)?.label ?? column;
  }

  /** The trimmed cell of a column; undefined when the file has no such column, "" when the cell is empty. */
  cell(row: TableRow, column: K): string | undefined {
    const position = this.positions.get(column);
    if (!position) return undefined;
    return (row.values[position.index] ?? "").trim();
  }

  /**
   * The cell of a column that is present and filled in, else null. A missing column and an empty
   * cell mean the same thing where a value is optional.
   */
  filled(row: TableRow, column: K): string | null {
    const value = this.cell(row, column);
    return value === undefined || value === "" ? null : value;
  }

  /** A value under no header (past the last column, or under an empty header cell) belongs to no column. */
  checkUnnamed(row: TableRow, problems: Problems): void {
    const index = row.values.findIndex((value, position) => !this.named.has(position) && value.trim() !== "");
    if (index >= 0) problems.add(row.line, null, text("import.unnamedValue", { index: index + 1 }));
  }
}

/**
 * Finds the columns of a set in a header. Every required column must be there; a column the set
 * does not know, or one named twice, is a problem on line 1 (a misspelt indicator would otherwise
 * read as "not answered" on every row).
 */
export function matchHeader<K extends string>(
  header: readonly string[],
  set: { required: readonly K[]; optional: readonly K[] },
  problems: Problems,
): Columns<K> | null {
  const known = new Map<string, K>([...set.required, ...set.optional].map((column) => [column, column]));
  const positions = new Map<K, { index: number; label: string }>();
  const before = problems.count;
  // An empty header cell is tolerated (spreadsheets often leave a trailing separator); a value under it is not.
  header.forEach((label, index) => {
    if (label === "") return;
    const column = known.get(columnKey(label));
    if (!column) {
      problems.add(1, label, text("import.unknownColumn", { columns: describeColumns(set) }));
    } else if (positions.has(column)) {
      problems.add(1, label, text("import.repeatedColumn"));
    } else {
      positions.set(column, { index, label });
    }
  });
  for (const column of set.required) {
    if (!positions.has(column)) problems.add(1, column, text("import.missingColumn"));
  }
  const named = new Set([...positions.values()].map((position) => position.index));
  return problems.count === before ? new Columns(positions, named) : null;
}

function describeColumns(set: ColumnSet): Text {
  const required = set.required.join(", ");
  return set.optional.length > 0
    ? text("import.columnsWithOptional", { required, optional: set.optional.join(", ") })
    : text("import.columns", { required });
}
