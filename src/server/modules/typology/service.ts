// Classification as a use case: finding the rubric to use and checking the answers against it. The
// API, the involvement records and the command line all classify through here.
import type { Kysely } from "kysely";
import type { ClassifyRequest } from "../../../contracts/typology.js";
import { DEFAULT_RUBRIC_ID, findBuiltInRubric, isBuiltInRubricId } from "../../../domain/typology/built-in-rubrics.js";
import { classify, type Classification } from "../../../domain/typology/classify.js";
import { INDICATOR_KEYS, PROJECT_INDICATOR_KEYS, type IndicatorAnswers, type IndicatorKey } from "../../../domain/typology/indicators.js";
import { rubricDocumentSchema } from "../../../domain/typology/rubric-schema.js";
import type { Rubric } from "../../../domain/typology/rubric.js";
import type { DB, RubricRow } from "../../db/schema.js";
import { AppError, validationError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import * as repo from "./repository.js";

/** A stored document is parsed again on the way out: a row changed by hand must not reach classify(). */
export function storedRubric(row: RubricRow): Rubric {
  const parsed = rubricDocumentSchema.safeParse(JSON.parse(row.document));
  if (!parsed.success || parsed.data.id !== row.id || parsed.data.version !== row.version) {
    throw new Error(`The stored rubric ${row.id} version ${row.version} is not a valid rubric document`);
  }
  return parsed.data;
}

/**
 * A rubric by id, the given version or the latest. Built-in rubrics need no database, so `db` may be
 * null when only those are wanted.
 */
export async function findRubric(db: Kysely<DB> | null, id: string, version?: number): Promise<Rubric | undefined> {
  if (isBuiltInRubricId(id)) return findBuiltInRubric(id, version);
  if (!db) return undefined;
  const row = await repo.findRubricRow(db, id, version);
  return row ? storedRubric(row) : undefined;
}

/** The named rubric (or the built-in default), or a validation error on `field`. */
export async function rubricFor(db: Kysely<DB> | null, id: string | undefined, field: string): Promise<Rubric> {
  const rubric = await findRubric(db, id ?? DEFAULT_RUBRIC_ID);
  if (!rubric) throw AppError.invalid(field, text("field.noSuchRubric"));
  return rubric;
}

/** The rubric new classifications in a program use: the one it chose (latest version), else the built-in default. */
export async function rubricForProgram(db: Kysely<DB>, programId: string): Promise<Rubric> {
  const chosen = await repo.chosenRubricId(db, programId);
  const rubric = await findRubric(db, chosen ?? DEFAULT_RUBRIC_ID);
  if (!rubric) throw new Error(`Program ${programId} names the rubric ${chosen ?? DEFAULT_RUBRIC_ID}, which does not exist`);
  return rubric;
}

/** Involvement records hold the 13 project-level indicators; a rubric reading others cannot classify them. */
export function assertFitsInvolvementRecords(rubric: Rubric, field: string): void {
  const foreign = rubric.indicators.filter((key) => !PROJECT_INDICATOR_KEYS.some((own) => own === key));
  if (foreign.length > 0) {
    throw AppError.invalid(field, text("rubric.foreignIndicators", { indicators: foreign.join(", ") }));
  }
}

/**
 * Classifies answers after checking that the rubric reads every indicator answered: an answer it would
 * ignore is more likely a mistake than a choice. Problems are named `${fieldPrefix}.${key}`.
 */
export function classifyAnswers(rubric: Rubric, answers: IndicatorAnswers, fieldPrefix = "indicators"): Classification {
  const read = new Set<IndicatorKey>(rubric.indicators);
  const unread = INDICATOR_KEYS.filter((key) => answers[key] !== undefined && !read.has(key));
  if (unread.length > 0) {
    throw validationError(
      unread.map((key) => ({
        field: fieldPrefix ? `${fieldPrefix}.${key}` : key,
        message: text("rubric.unreadIndicator", { id: rubric.id }),
      })),
    );
  }
  return classify(answers, rubric);
}

export async function classifyRequest(db: Kysely<DB>, input: ClassifyRequest): Promise<Classification> {
  return classifyAnswers(await rubricFor(db, input.rubric, "rubric"), input.indicators);
}
