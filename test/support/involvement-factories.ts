// Involvement records and rubrics written straight to the database, classified the way the service
// classifies them, for tests that need them in place before the request under test.
import type { Kysely } from "kysely";
import type { Perspective } from "../../src/contracts/involvement.js";
import { PARTNERSHIP_STUDY_RUBRIC } from "../../src/domain/typology/built-in-rubrics.js";
import type { IndicatorAnswers } from "../../src/domain/typology/indicators.js";
import type { Rubric } from "../../src/domain/typology/rubric.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { indicatorColumns, storedClassification } from "../../src/server/modules/involvement/stored-classification.js";

export async function buildInvolvementRecord(
  db: Kysely<DB>,
  membershipId: string,
  overrides: { perspective?: Perspective; round?: string; answers?: IndicatorAnswers; rubric?: Rubric } = {},
) {
  const id = newId();
  const at = now();
  const answers = overrides.answers ?? {};
  await db
    .insertInto("involvement_records")
    .values({
      id,
      membership_id: membershipId,
      perspective: overrides.perspective ?? "lead",
      round: overrides.round ?? "baseline",
      respondent: null,
      answered_on: null,
      ...indicatorColumns(answers),
      ...storedClassification(overrides.rubric ?? PARTNERSHIP_STUDY_RUBRIC, answers, at),
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id };
}

/** A stored rubric over the project indicators: "engaged" when shared decision-making is yes. */
export function sharedDecisionRubric(
  id: string,
  version = 1,
  indicator: "shared_decision_making" | "coordinated_activities" = "shared_decision_making",
): Rubric {
  const text = { en: "Text", fr: "Texte" };
  return {
    id,
    version,
    title: { en: `Rubric ${id}`, fr: `Grille ${id}` },
    indicators: ["shared_decision_making", "coordinated_activities"],
    levels: [
      { key: "engaged", label: { en: "Engaged", fr: "Engagé" }, condition: indicator, rationale: text },
      { key: "none", label: { en: "None", fr: "Aucun" }, condition: "always", rationale: text },
    ],
  };
}

export async function storeRubric(db: Kysely<DB>, rubric: Rubric): Promise<void> {
  await db
    .insertInto("rubrics")
    .values({ id: rubric.id, version: rubric.version, document: JSON.stringify(rubric), created_by: null, created_at: now() })
    .execute();
}
