import { afterEach, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { migrateToLatest } from "../migrate.js";
import { planNameKeys } from "./20261228100000-name-key-folding.js";
import { newId } from "../../ids.js";
import type { DB } from "../schema.js";

const AT = "2026-12-01T00:00:00.000Z";

async function organization(db: Kysely<DB>, name: string, nameKey: string, sector = "social_services", createdAt = AT) {
  const id = newId();
  await db
    .insertInto("organizations")
    .values({
      id,
      name,
      name_key: nameKey,
      sector,
      government_level: null,
      has_crime_prevention_mandate: 0,
      website: null,
      notes: null,
      created_by: null,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .execute();
  return id;
}

async function partnership(db: Kysely<DB>, leadId: string, name = "Safe Streets", nameKey = "safe streets") {
  const programId = newId();
  await db
    .insertInto("programs")
    .values({ id: programId, code: `P${programId.slice(-6)}`, name: "Program", description: null, created_at: AT, updated_at: AT })
    .execute();
  const id = newId();
  await db
    .insertInto("partnerships")
    .values({
      id,
      program_id: programId,
      name,
      name_key: nameKey,
      lead_organization_id: leadId,
      region: null,
      priority_groups: "[]",
      focus_issues: "[]",
      start_date: "2026-02-01",
      end_date: null,
      funding_end_date: null,
      status: "active",
      description: null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

describe("name keys folded anew", () => {
  it("reports every organization that could not take its new key, naming the one that did", () => {
    const row = (id: string, name: string, name_key: string, created_at = AT) => ({ id, name, name_key, group: "police", created_at });
    const { updates, collisions } = planNameKeys(
      "organizations",
      [row("b", "Œuvre", "œuvre", "2026-02-01"), row("a", "Oeuvre", "oeuvre", "2026-03-01"), row("c", "ŒUVRE", "œuvre ", "2026-01-01")],
      true,
    );
    expect(updates.size, "the one already holding the key keeps it; the others keep theirs").toBe(0);
    expect(collisions.map((collision) => [collision.id, collision.keptKey, collision.collidesWith.id])).toEqual([
      ["c", "œuvre ", "a"],
      ["b", "œuvre", "a"],
    ]);
  });
});

for (const dialect of DIALECTS) {
  describe(`registry upgrades on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.close();
      database = undefined;
    });

    it("makes every partnership's lead a member once, joined when the partnership started", async () => {
      database = await createTestDatabase(dialect, { upTo: "20261220000000-report-indexes" });
      const db = database.db;
      const lead = await organization(db, "City of Hamilton", "city of hamilton");
      const otherLead = await organization(db, "Ville de Lévis", "ville de levis");
      const withoutLead = await partnership(db, lead);
      const withLead = await partnership(db, otherLead);
      await db
        .insertInto("memberships")
        .values({
          id: newId(),
          partnership_id: withLead,
          organization_id: otherLead,
          joined_on: "2026-03-01",
          left_on: null,
          representative_contact_id: null,
          origin: null,
          is_new_partner: 0,
          notes: "kept",
          created_at: AT,
          updated_at: AT,
        })
        .execute();

      await migrateToLatest(db);

      const rows = await db
        .selectFrom("memberships")
        .select(["partnership_id", "organization_id", "joined_on", "notes"])
        .orderBy("joined_on")
        .execute();
      expect(rows).toEqual([
        { partnership_id: withoutLead, organization_id: lead, joined_on: "2026-02-01", notes: null },
        { partnership_id: withLead, organization_id: otherLead, joined_on: "2026-03-01", notes: "kept" },
      ]);
    });

    it("gives the demo's programs their French names and leaves other programs with their one name", async () => {
      database = await createTestDatabase(dialect, { upTo: "20261228100000-name-key-folding" });
      const db = database.db;
      for (const [code, name] of [
        ["BAP", "Business Action Program"],
        ["BAP2", "Business Action Program"],
        ["CMP", "Our Own Program"],
      ] as const) {
        await db.insertInto("programs").values({ id: newId(), code, name, description: null, created_at: AT, updated_at: AT }).execute();
      }
      await migrateToLatest(db);
      const rows = await db.selectFrom("programs").select(["code", "name_fr"]).orderBy("code").execute();
      expect(rows).toEqual([
        { code: "BAP", name_fr: "Programme d’action des entreprises" },
        { code: "BAP2", name_fr: null },
        { code: "CMP", name_fr: null },
      ]);
    });

    it("folds stored name keys anew and leaves colliding organizations a key of their own instead of failing", async () => {
      database = await createTestDatabase(dialect, { upTo: "20261228000000-lead-membership" });
      const db = database.db;
      // Keys as the earlier folding stored them: curly apostrophes, ligatures and dashes kept.
      const straight = await organization(db, "Centre d'action", "centre d'action", "social_services", "2026-01-01T00:00:00.000Z");
      const curly = await organization(db, "Centre d’action", "centre d’action", "social_services", "2026-02-01T00:00:00.000Z");
      const ligature = await organization(db, "Œuvre de la soupe", "œuvre de la soupe");
      const dash = await organization(db, "Maison — Escale", "maison — escale", "housing");
      const otherSector = await organization(db, "Centre d’action", "centre d’action", "schools");
      const lead = await partnership(db, straight, "Table d’action", "table d’action");

      await migrateToLatest(db);

      const keys = new Map(
        (await db.selectFrom("organizations").select(["id", "name_key"]).execute()).map((row) => [row.id, row.name_key]),
      );
      expect(keys.get(straight)).toBe("centre d'action");
      expect(keys.get(curly), "the later of the two keeps a key of its own").toBe("centre d’action");
      expect(keys.get(ligature)).toBe("oeuvre de la soupe");
      expect(keys.get(dash)).toBe("maison - escale");
      expect(keys.get(otherSector), "another sector is no collision").toBe("centre d'action");
      const partnershipKey = await db.selectFrom("partnerships").select("name_key").where("id", "=", lead).executeTakeFirstOrThrow();
      expect(partnershipKey.name_key).toBe("table d'action");
    });
  });
}
