import type { Kysely } from "kysely";
import type { CoverageQuery } from "../../../contracts/coverage.js";
import type { Composition } from "../../../domain/coverage/composition.js";
import { computeCoverage } from "../../../domain/coverage/coverage.js";
import { withLead } from "../../../domain/coverage/members.js";
import { DEFAULT_COMPOSITION } from "../../../domain/coverage/default-composition.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { now } from "../../ids.js";
import { text } from "../../messages/render.js";
import * as scope from "../access/scope.js";
import { recordAudit } from "../audit/repository.js";
import { coverageLeadOf, coverageMemberOf, focusOf, presentCoverage, presentProgramComposition, storedComposition } from "./presenter.js";
import * as repo from "./repository.js";

/**
 * A partnership's members, and its lead organization, against its program's composition. Two queries
 * whatever the size: the partnership with its lead and its program's composition, then every
 * membership with its organization.
 */
export async function getCoverage(db: Kysely<DB>, actor: Actor, partnershipId: string, query: CoverageQuery) {
  const partnership = await repo.findPartnershipForCoverage(db, partnershipId, scope.rowScope(db, actor, "partnership", "read", partnershipId));
  if (!partnership) throw AppError.notFound("partnership");
  const members = withLead((await repo.listCoverageMembers(db, partnershipId)).map(coverageMemberOf), coverageLeadOf(partnership));
  const stored = partnership.composition_document;
  const composition = stored === null ? DEFAULT_COMPOSITION : storedComposition(stored, partnership.program_id);
  const asOf = query.asOf ?? now().slice(0, 10);
  return presentCoverage(computeCoverage(members, composition, focusOf(partnership), asOf), {
    partnershipId,
    programId: partnership.program_id,
    isDefault: stored === null,
    updatedAt: partnership.composition_updated_at,
  });
}

async function loadProgramComposition(db: Kysely<DB>, actor: Actor, programId: string) {
  const row = await repo.findProgramComposition(
    db,
    programId,
    scope.rowScope(db, actor, "program", "read", programId),
    scope.rowScope(db, actor, "program", "editComposition", programId),
  );
  if (!row) throw AppError.notFound("program");
  return row;
}

/** The composition a program recommends: its own, or the built-in one (flagged isDefault). */
export async function getProgramComposition(db: Kysely<DB>, actor: Actor, programId: string) {
  const row = await loadProgramComposition(db, actor, programId);
  const viewer = { canUpdate: row.can_edit === 1, seesEditor: scope.may(actor, "seeProgramEditors") };
  if (row.document === null) return presentProgramComposition(programId, DEFAULT_COMPOSITION, null, viewer);
  const updatedBy = row.updated_by !== null && row.updated_by_name !== null ? { id: row.updated_by, name: row.updated_by_name } : null;
  return presentProgramComposition(programId, storedComposition(row.document, programId), { updatedAt: row.updated_at, updatedBy }, viewer);
}

/** The keys of a stored composition's slots, for the audit trail. */
function slotKeys(document: string | null): string[] | null {
  if (document === null) return null;
  const parsed = JSON.parse(document) as { slots?: { key: string }[] };
  return (parsed.slots ?? []).map((slot) => slot.key);
}

async function loadEditableProgram(db: Kysely<DB>, actor: Actor, programId: string) {
  const row = await loadProgramComposition(db, actor, programId);
  if (row.can_edit !== 1) throw AppError.forbidden(text("composition.changeForbidden"));
  return row;
}

export async function setProgramComposition(db: Kysely<DB>, actor: Actor, programId: string, composition: Composition) {
  await db.transaction().execute(async (trx) => {
    const current = await loadEditableProgram(trx, actor, programId);
    const document = JSON.stringify(composition);
    // The composition as stored already: nothing to write, and no event in the trail.
    if (current.document === document) return;
    await repo.saveProgramComposition(trx, programId, document, actor.userId, now());
    await recordAudit(trx, {
      userId: actor.userId,
      action: current.document === null ? "create" : "update",
      entity: "program_composition",
      entityId: programId,
      changes: { slots: [slotKeys(current.document), composition.slots.map((slot) => slot.key)] },
    });
  });
  return getProgramComposition(db, actor, programId);
}

/** Returns the program to the built-in composition. Nothing stored is not an error: the result is the same. */
export async function resetProgramComposition(db: Kysely<DB>, actor: Actor, programId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await loadEditableProgram(trx, actor, programId);
    if (await repo.deleteProgramComposition(trx, programId)) {
      await recordAudit(trx, { userId: actor.userId, action: "delete", entity: "program_composition", entityId: programId });
    }
  });
}
