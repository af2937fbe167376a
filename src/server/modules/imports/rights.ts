// What an import may create and change, loaded once before the rows are read, so that checking a
// row costs no query. The rule: an import never does what its caller could not do one request at a
// time, and a coordinator's import stays inside the partnerships they coordinate (a misspelt
// partnership name must not quietly open a new partnership).
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { text, type Text } from "../../messages/render.js";
import * as scope from "../access/scope.js";
import * as repo from "./repository.js";

export type ImportRights = {
  /** Who the changes are recorded against; null for the command line, which acts with full rights. */
  userId: string | null;
  canCreatePrograms: boolean;
  canCreateOrganizations: boolean;
  /** Whether rows may name partnerships of this program at all. */
  mayUseProgram: (programId: string) => boolean;
  mayOpenPartnershipIn: (programId: string) => boolean;
  /** Whether the caller may change this partnership's members and their involvement. */
  mayManage: (partnership: { id: string; programId: string }) => boolean;
  /** Why a program is refused, in the caller's terms. */
  programRefusal: Text | null;
  /** Why a partnership is refused, worded so that it does not tell whether the partnership exists. */
  partnershipRefusal: Text | null;
};

/** The command line: everything, recorded without a user. */
export const FULL_RIGHTS: ImportRights = {
  userId: null,
  canCreatePrograms: true,
  canCreateOrganizations: true,
  mayUseProgram: () => true,
  mayOpenPartnershipIn: () => true,
  mayManage: () => true,
  programRefusal: null,
  partnershipRefusal: null,
};

export async function loadImportRights(db: Kysely<DB>, actor: Actor | null): Promise<ImportRights> {
  if (actor === null) return FULL_RIGHTS;
  if (scope.isAdmin(actor)) return { ...FULL_RIGHTS, userId: actor.userId };
  const base = {
    userId: actor.userId,
    canCreatePrograms: false,
    canCreateOrganizations: scope.canCreateOrganizations(actor),
  };
  if (actor.role === "program_officer") {
    const programs = new Set(await repo.assignedProgramIds(db, actor.userId));
    return {
      ...base,
      mayUseProgram: (id) => programs.has(id),
      mayOpenPartnershipIn: (id) => programs.has(id),
      mayManage: (partnership) => programs.has(partnership.programId),
      programRefusal: text("field.programNotAssigned"),
      partnershipRefusal: null,
    };
  }
  const coordinated = actor.role === "coordinator" ? new Set(await repo.coordinatedPartnershipIds(db, actor.userId)) : new Set<string>();
  return {
    ...base,
    mayUseProgram: () => true,
    mayOpenPartnershipIn: () => false,
    mayManage: (partnership) => coordinated.has(partnership.id),
    programRefusal: null,
    partnershipRefusal: text("import.partnershipNotCoordinated"),
  };
}
