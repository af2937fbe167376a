import type { Kysely } from "kysely";
import type { ProgramCreate, ProgramListQuery, ProgramUpdate } from "../../../contracts/programs.js";
import type { DB, ProgramPatch } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import type { ProgramAction } from "../../../domain/access/abilities.js";
import * as scope from "../access/scope.js";
import type { RowScope, Scope } from "../access/scope.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit, recordUpdate } from "../audit/repository.js";
import { presentProgram } from "./presenter.js";
import * as repo from "./repository.js";

async function assertCodeFree(db: Kysely<DB>, code: string, exceptId?: string): Promise<void> {
  const existing = await repo.findProgramByCode(db, code);
  if (existing && existing.id !== exceptId) {
    throw new AppError("name_taken", text("program.codeTaken", { code: existing.code }), [
      { field: "code", message: text("program.codeUsed") },
    ]);
  }
}

function abilityScopes<S extends Scope>(of: (action: ProgramAction) => S) {
  return {
    update: of("update"),
    openPartnerships: of("openPartnerships"),
    chooseRubric: of("chooseRubric"),
    editComposition: of("editComposition"),
  };
}

/** The caller's scopes narrowed to one program. */
function programRowScopes(db: Kysely<DB>, actor: Actor, id: string): repo.ProgramScopes<RowScope> {
  return {
    visible: scope.rowScope(db, actor, "program", "read", id),
    countable: scope.partnershipCondition(db, actor, "read"),
    ...abilityScopes((action) => scope.rowScope(db, actor, "program", action, id)),
  };
}

export async function listPrograms(db: Kysely<DB>, actor: Actor, query: ProgramListQuery) {
  const scopes = {
    visible: scope.scopeOf(db, actor, "program", "read"),
    countable: scope.partnershipCondition(db, actor, "read"),
    ...abilityScopes((action) => scope.scopeOf(db, actor, "program", action)),
  };
  const { rows, total } = await repo.listPrograms(db, query, scopes, query.pageSize, offsetOf(query));
  return pageFrom(rows.map(presentProgram), total, query);
}

export async function getProgram(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await repo.findProgram(db, id, programRowScopes(db, actor, id));
  if (!row) throw AppError.notFound("program");
  return presentProgram(row);
}

export async function createProgram(db: Kysely<DB>, actor: Actor, input: ProgramCreate) {
  if (!scope.may(actor, "createPrograms")) throw AppError.forbidden(text("auth.roleForbidden"));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await assertCodeFree(trx, input.code);
    const at = now();
    const row = {
      id,
      code: input.code,
      name: input.name,
      name_fr: input.nameFr ?? null,
      description: input.description ?? null,
      ...(input.surveyThreshold === undefined ? {} : { survey_threshold: input.surveyThreshold }),
      created_at: at,
      updated_at: at,
    };
    await repo.insertProgram(trx, row);
    await recordAudit(trx, { userId: actor.userId, action: "create", entity: "program", entityId: id, changes: insertChanges(row) });
  });
  return getProgram(db, actor, id);
}

export async function updateProgram(db: Kysely<DB>, actor: Actor, id: string, input: ProgramUpdate) {
  await db.transaction().execute(async (trx) => {
    const current = await repo.findProgram(trx, id, programRowScopes(trx, actor, id));
    if (!current) throw AppError.notFound("program");
    if (current.can_update !== 1) throw AppError.forbidden(text("auth.roleForbidden"));
    if (input.code !== undefined && input.code.toLowerCase() !== current.code.toLowerCase()) await assertCodeFree(trx, input.code, id);
    const patch: ProgramPatch = { updated_at: now() };
    if (input.code !== undefined) patch.code = input.code;
    if (input.name !== undefined) patch.name = input.name;
    if (input.nameFr !== undefined) patch.name_fr = input.nameFr;
    if (input.description !== undefined) patch.description = input.description;
    if (input.surveyThreshold !== undefined) patch.survey_threshold = input.surveyThreshold;
    await recordUpdate(trx, { userId: actor.userId, entity: "program", entityId: id, current, patch }, () =>
      repo.updateProgram(trx, id, patch),
    );
  });
  return getProgram(db, actor, id);
}
