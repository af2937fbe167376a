// Involvement records for every member: the lead's and the partner's answers, at baseline and at the
// end, each classified with the built-in rubric and stored with the result, as the application would.
import { PARTNERSHIP_STUDY_RUBRIC } from "../../../domain/typology/built-in-rubrics.js";
import { PROJECT_INDICATOR_KEYS } from "../../../domain/typology/indicators.js";
import type { NewInvolvementRecord } from "../../db/schema.js";
import { indicatorColumns, storedClassification, type ClassificationColumns } from "../../modules/involvement/stored-classification.js";
import { answersFor, type Answers } from "./answers.js";
import { BASELINE_SHIFT, LEVELS, levelWeights, PERSPECTIVE_AGREEMENT, type Perspective } from "./distributions.js";
import type { MemberPlan } from "./plan.js";
import type { Random } from "./random.js";

export const ROUNDS = ["baseline", "final"] as const;
const PERSPECTIVES: readonly Perspective[] = ["lead", "partner"];
const RESPONDENTS: Record<Perspective, string> = { lead: "Project manager", partner: "Partner representative" };

/** The level whose share of the cumulative weights holds u, for u in [0, 1). */
function levelAt(weights: readonly number[], u: number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = u * total;
  for (let index = 0; index < weights.length; index += 1) {
    target -= weights[index] ?? 0;
    if (target < 0) return index;
  }
  return weights.length - 1;
}

function answerKey(answers: Answers): string {
  return PROJECT_INDICATOR_KEYS.map((key) => (answers[key] === true ? "y" : answers[key] === false ? "n" : "-")).join("");
}

/**
 * Makes records for members in order, drawing from one generator, so the records of a seed are the
 * same however the members are batched. Classifications are kept by answer pattern: the generator
 * meets a few thousand patterns among hundreds of thousands of records.
 */
export function recordMaker(random: Random, newId: () => string, at: string) {
  const classified = new Map<string, ClassificationColumns>();
  const classificationOf = (answers: Answers): ClassificationColumns => {
    const key = answerKey(answers);
    const known = classified.get(key);
    if (known) return known;
    const columns = storedClassification(PARTNERSHIP_STUDY_RUBRIC, answers, at);
    classified.set(key, columns);
    return columns;
  };

  return (member: MemberPlan): NewInvolvementRecord[] => {
    // Lead and partner read the same membership: often they agree on where it stands (one draw for
    // both), otherwise each draws its own. Either way each follows its own table.
    const shared = random.next();
    const finalLevel: Record<Perspective, number> = {
      lead: levelAt(levelWeights(member.program, "lead"), shared),
      partner: levelAt(levelWeights(member.program, "partner"), random.chance(PERSPECTIVE_AGREEMENT) ? shared : random.next()),
    };
    const drift = random.next();
    const shift = drift < BASELINE_SHIFT.down ? -1 : drift < BASELINE_SHIFT.down + BASELINE_SHIFT.up ? 1 : 0;
    return ROUNDS.flatMap((round) =>
      PERSPECTIVES.map((perspective) => {
        const index = Math.min(LEVELS.length - 1, Math.max(0, finalLevel[perspective] + (round === "baseline" ? shift : 0)));
        const answers = answersFor(random, perspective, LEVELS[index] ?? "none");
        return {
          id: newId(),
          membership_id: member.membershipId,
          perspective,
          round,
          respondent: RESPONDENTS[perspective],
          answered_on: member.answeredOn[round],
          ...indicatorColumns(answers),
          ...classificationOf(answers),
          created_by: null,
          created_at: at,
          updated_at: at,
        };
      }),
    );
  };
}
