import type { ImportProblem, RegistryEntity } from "../../../contracts/imports.js";

/**
 * The problems of one file or sheet, in the order they are found. An import collects every problem
 * before deciding anything, so that one run reports them all.
 */
export class Problems {
  readonly list: ImportProblem[] = [];

  constructor(private readonly entity: RegistryEntity | null = null) {}

  add(line: number | null, column: string | null, message: string): void {
    this.list.push({ entity: this.entity, line, column, message });
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }
}

/** How a cell's value is quoted in a message: short, on one line. */
export function quoted(value: string): string {
  const flat = value.replace(/\s+/g, " ");
  return `'${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}'`;
}
