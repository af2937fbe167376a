import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { recordAudit } from "../audit/repository.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { assertFitsInvolvementRecords, rubricFor, rubricForProgram } from "../typology/service.js";
import * as repo from "./repository.js";
import { answersOf, storedClassification } from "./stored-classification.js";

/**
 * Classifies every involvement record of a partnership again, with the given rubric or the program's
 * current one. Stored results change only here and when answers are saved, never because a rubric did.
 */
export async function reclassifyPartnership(db: Kysely<DB>, actor: Actor, partnershipId: string, rubricId: string | undefined) {
  return db.transaction().execute(async (trx) => {
    const partnership = await loadPartnershipAccess(trx, actor, partnershipId);
    if (partnership.can_classify !== 1) throw AppError.forbidden(text("involvement.reclassifyForbidden"));
    const rubric =
      rubricId === undefined ? await rubricForProgram(trx, partnership.program_id) : await rubricFor(trx, rubricId, "rubricId");
    assertFitsInvolvementRecords(rubric, "rubricId");
    const records = await repo.listRecordsOfPartnership(trx, partnershipId);
    const at = now();
    let changed = 0;
    for (const record of records) {
      const classification = storedClassification(rubric, answersOf(record), at);
      if (classification.type !== record.type) changed += 1;
      await repo.updateRecord(trx, record.id, classification);
    }
    const result = { rubric: { id: rubric.id, version: rubric.version }, reclassified: records.length, changed };
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "partnership",
      entityId: partnershipId,
      partnershipId,
      details: { reclassifiedInvolvement: result },
    });
    return result;
  });
}
