// Charters written straight to the database at version 1 with their first revision, for tests that
// need one in place before the request under test.
import type { Kysely } from "kysely";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { insertCharter, insertRevision } from "../../src/server/modules/charter/repository.js";

export const CHARTER_TEXT = {
  need: "Break-ins near the schools fell for no one agency alone.",
  vision: "A neighbourhood where children walk to school safely.",
  mission: "Prevent, intervene and follow up together.",
  values: "Trust, openness, accountability.",
};

export async function buildCharter(db: Kysely<DB>, partnershipId: string): Promise<{ version: number }> {
  const at = now();
  const fields = { ...CHARTER_TEXT, formality: null, governance: null, decision_making: null, conflict_resolution: null };
  await insertCharter(db, partnershipId, fields, null, at);
  const content = { ...CHARTER_TEXT, formality: null, governance: null, decisionMaking: null, conflictResolution: null, members: [] };
  await insertRevision(db, {
    id: newId(),
    partnership_id: partnershipId,
    version: 1,
    content: JSON.stringify(content),
    saved_at: at,
    saved_by: null,
  });
  return { version: 1 };
}
