import type { ImportProblem, RegistryEntity } from "../../../contracts/imports.js";
import { render, type Language, type Text } from "../../messages/render.js";

/** A problem as an import finds it: where, and what, to be written in the reader's language. */
export type ProblemRecord = { entity: RegistryEntity | null; line: number | null; column: string | null; text: Text };

/**
 * The problems of one file or sheet, in the order they are found. An import collects every problem
 * before deciding anything, so that one run reports them all.
 */
export class Problems {
  readonly records: ProblemRecord[] = [];

  constructor(readonly entity: RegistryEntity | null = null) {}

  add(line: number | null, column: string | null, text: Text): void {
    this.records.push({ entity: this.entity, line, column, text });
  }

  /** The problems in English. */
  get list(): ImportProblem[] {
    return renderProblems(this.records, "en");
  }

  get isEmpty(): boolean {
    return this.records.length === 0;
  }
}

export function renderProblems(records: readonly ProblemRecord[], language: Language): ImportProblem[] {
  return records.map(({ text, ...place }) => ({ ...place, message: render(language, text) }));
}

/** How a cell's value is quoted in a message: short, on one line. */
export function quoted(value: string): string {
  const flat = value.replace(/\s+/g, " ");
  return `'${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}'`;
}
