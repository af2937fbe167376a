import { IMPORT_LISTED_PROBLEMS, type ImportProblem, type RegistryEntity } from "../../../contracts/imports.js";
import { render, type Language, type Text } from "../../messages/render.js";

/** A problem as an import finds it: where, and what, to be written in the reader's language. */
export type ProblemRecord = { entity: RegistryEntity | null; line: number | null; column: string | null; text: Text };

/**
 * The problems a report lists; past these it only counts them. A file of a hundred thousand bad rows
 * then answers with the first thousand problems and the number of the others, not with a report of
 * hundreds of megabytes: what a person can act on before trying again.
 */
export const LISTED_PROBLEMS = IMPORT_LISTED_PROBLEMS;

type Store = { listed: ProblemRecord[]; total: number };

/**
 * The problems of an import, in the order they are found: the first LISTED_PROBLEMS of them, and how
 * many there are. An import collects every problem before deciding anything, so that one run reports them all.
 */
export class Problems {
  private readonly store: Store;

  constructor(
    readonly entity: RegistryEntity | null = null,
    store?: Store,
  ) {
    this.store = store ?? { listed: [], total: 0 };
  }

  /** The same list, for the problems of one sheet or file of a registry. */
  in(entity: RegistryEntity): Problems {
    return new Problems(entity, this.store);
  }

  add(line: number | null, column: string | null, text: Text): void {
    this.push({ entity: this.entity, line, column, text });
  }

  push(record: ProblemRecord): void {
    this.store.total += 1;
    if (this.store.listed.length < LISTED_PROBLEMS) this.store.listed.push(record);
  }

  /** The problems listed: the first LISTED_PROBLEMS found. */
  get records(): readonly ProblemRecord[] {
    return this.store.listed;
  }

  /** Every problem found, listed or not. */
  get count(): number {
    return this.store.total;
  }

  /** The problems in English. */
  get list(): ImportProblem[] {
    return renderProblems(this.records, "en");
  }

  get isEmpty(): boolean {
    return this.store.total === 0;
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
