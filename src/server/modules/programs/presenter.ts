import type { Program } from "../../../contracts/programs.js";
import type { ProgramRow } from "../../db/schema.js";

export function presentProgram(row: ProgramRow & { partnership_count: number | null }): Program {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameFr: row.name_fr,
    description: row.description,
    partnershipCount: Number(row.partnership_count ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
