// What an import may create and change, loaded once before the rows are read, so that checking a
// row costs no query. The rule: an import never does what its caller could not do one request at a
// time, and reads the same abilities table: the programs the caller may open partnerships in, the
// partnerships whose members they may manage, and whether an import may open a partnership at all
// (a coordinator's stays inside the partnerships they coordinate).
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { isOperator, userIdOf, type Caller } from "../../actor.js";
import { text, type Text } from "../../messages/render.js";
import * as scope from "../access/scope.js";
import * as repo from "./repository.js";

export type ImportRights = {
  /** Who the changes are recorded against; null for the operator. */
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

const within = (ids: ReadonlySet<string> | null) => (id: string) => ids === null || ids.has(id);

export async function loadImportRights(db: Kysely<DB>, caller: Caller): Promise<ImportRights> {
  const [programs, manageable] = await Promise.all([
    repo.idsInScope(db, scope.scopeOf(db, caller, "program", "openPartnerships")),
    repo.idsInScope(db, scope.scopeOf(db, caller, "partnership", "manageMembers")),
  ]);
  const mayUseProgram = within(programs);
  const opens = scope.may(caller, "importOpensPartnerships");
  return {
    userId: userIdOf(caller),
    canCreatePrograms: scope.may(caller, "createPrograms"),
    canCreateOrganizations: scope.may(caller, "createOrganizations"),
    mayUseProgram,
    mayOpenPartnershipIn: (id) => opens && mayUseProgram(id),
    mayManage: (partnership) => within(manageable)(partnership.id),
    programRefusal: programs === null || isOperator(caller) ? null : text("field.programNotAssigned"),
    partnershipRefusal: opens ? null : text("import.partnershipNotCoordinated"),
  };
}
