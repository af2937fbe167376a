import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../contracts/common.js";
import { isBuiltInRubricId, latestBuiltInRubrics } from "../../../domain/typology/built-in-rubrics.js";
import { mayAddRubricVersion } from "../../../domain/typology/rubric-ownership.js";
import type { RubricDraft } from "../../../domain/typology/rubric-schema.js";
import type { Rubric } from "../../../domain/typology/rubric.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { now } from "../../ids.js";
import { text } from "../../messages/render.js";
import * as scope from "../access/scope.js";
import { recordAudit } from "../audit/repository.js";
import { presentDefaultRubric, presentRubric } from "./presenter.js";
import * as repo from "./repository.js";
import { assertFitsInvolvementRecords, findRubric, rubricForProgram, storedRubric } from "./service.js";

/** Built-in rubrics first, then stored ones by id; the latest version of each. */
export async function listRubrics(db: Kysely<DB>, query: PaginationQuery) {
  const builtIn = latestBuiltInRubrics();
  const offset = offsetOf(query);
  const shown = builtIn.slice(offset, offset + query.pageSize).map((rubric) => presentRubric(rubric, null));
  const { rows, total } = await repo.listLatestRubrics(db, query.pageSize - shown.length, Math.max(0, offset - builtIn.length));
  const stored = rows.map((row) => presentRubric(storedRubric(row), { createdAt: row.created_at }));
  return pageFrom([...shown, ...stored], builtIn.length + total, query);
}

export async function getRubric(db: Kysely<DB>, id: string, version?: number) {
  if (isBuiltInRubricId(id)) {
    const rubric = await findRubric(null, id, version);
    if (!rubric) throw AppError.notFound("rubric");
    return presentRubric(rubric, null);
  }
  const row = await repo.findRubricRow(db, id, version);
  if (!row) throw AppError.notFound("rubric");
  return presentRubric(storedRubric(row), { createdAt: row.created_at });
}

/** A new version changes how every program using the rubric classifies: it needs a say over each of them. */
async function assertMayAddVersion(db: Kysely<DB>, actor: Actor, rubricId: string): Promise<void> {
  const uses = await repo.programsUsingRubric(db, rubricId, scope.scopeOf(db, actor, "program", "chooseRubric"));
  if (!mayAddRubricVersion(uses.map((use) => ({ programId: use.program_id, mayChooseRubric: use.can_choose === 1 })))) {
    throw AppError.forbidden(text("rubric.versionForbidden"));
  }
}

/**
 * Saves a new rubric or the next version of a stored one. Versions are never edited in place: every
 * stored result names the version it came from.
 */
export async function createRubric(db: Kysely<DB>, actor: Actor, draft: RubricDraft) {
  if (!scope.may(actor, "authorRubrics")) throw AppError.forbidden(text("rubric.authorForbidden"));
  if (isBuiltInRubricId(draft.id)) {
    throw new AppError("conflict", text("rubric.builtIn", { id: draft.id }), [{ field: "id", message: text("rubric.builtInId") }]);
  }
  const version = await db.transaction().execute(async (trx) => {
    const next = ((await repo.latestRubricVersion(trx, draft.id)) ?? 0) + 1;
    if (next > 1) await assertMayAddVersion(trx, actor, draft.id);
    if (draft.version !== undefined && draft.version !== next) {
      throw new AppError("conflict", text("rubric.nextVersion", { id: draft.id, next }), [
        { field: "version", message: text("rubric.nextVersionField", { next }) },
      ]);
    }
    const rubric: Rubric = { ...draft, version: next };
    await repo.insertRubric(trx, {
      id: rubric.id,
      version: next,
      document: JSON.stringify(rubric),
      created_by: actor.userId,
      created_at: now(),
    });
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "rubric",
      entityId: rubric.id,
      changes: { version: [null, next] },
    });
    return next;
  });
  return getRubric(db, draft.id, version);
}

async function loadProgramRubric(db: Kysely<DB>, actor: Actor, programId: string) {
  const program = await repo.findProgramRubric(
    db,
    programId,
    scope.rowScope(db, actor, "program", "read", programId),
    scope.rowScope(db, actor, "program", "chooseRubric", programId),
  );
  if (!program) throw AppError.notFound("program");
  return program;
}

export async function getProgramRubric(db: Kysely<DB>, actor: Actor, programId: string) {
  const program = await loadProgramRubric(db, actor, programId);
  return presentDefaultRubric(programId, await rubricForProgram(db, programId), program.set_at, program.can_choose === 1);
}

/** Chooses the rubric that new classifications in a program use; results already stored keep theirs. */
export async function setProgramRubric(db: Kysely<DB>, actor: Actor, programId: string, rubricId: string) {
  await db.transaction().execute(async (trx) => {
    const program = await loadProgramRubric(trx, actor, programId);
    if (program.can_choose !== 1) throw AppError.forbidden(text("rubric.chooseForbidden"));
    const rubric = await findRubric(trx, rubricId);
    if (!rubric) throw AppError.invalid("rubricId", text("field.noSuchRubric"));
    assertFitsInvolvementRecords(rubric, "rubricId");
    // The rubric already chosen: nothing to write, and no event in the trail.
    if (program.rubric_id === rubricId) return;
    await repo.saveProgramRubric(trx, programId, rubricId, actor.userId, now());
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "program",
      entityId: programId,
      changes: { defaultRubric: [program.rubric_id, rubricId] },
    });
  });
  return getProgramRubric(db, actor, programId);
}
