import type { Program } from "../../../contracts/programs.js";
import type { ProgramDetailRow } from "./repository.js";

export function presentProgram(row: ProgramDetailRow): Program {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameFr: row.name_fr,
    description: row.description,
    surveyThreshold: row.survey_threshold,
    partnershipCount: Number(row.partnership_count ?? 0),
    abilities: {
      update: row.can_update === 1,
      openPartnerships: row.can_open_partnerships === 1,
      chooseRubric: row.can_choose_rubric === 1,
      editComposition: row.can_edit_composition === 1,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
