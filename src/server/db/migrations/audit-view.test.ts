import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { buildWorld, type World } from "../../../../test/support/factories.js";
import { newId } from "../../ids.js";
import * as auditView from "./20261229200000-audit-view.js";

// The migration runs on a database of the previous schema holding events of both kinds: about rows
// still there, and about rows since deleted, whose details alone say where they belonged.
for (const dialect of DIALECTS) {
  describe(`the audit view migration on ${dialect}`, () => {
    let database: TestDatabase;
    let world: World;
    const deletedMembership = newId();
    const events = {
      partnership: newId(),
      membership: newId(),
      removedMembership: newId(),
      contact: newId(),
      organization: newId(),
      program: newId(),
    };

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      world = await buildWorld(database.db);
      await auditView.down(database.db);
      const event = (id: string, at: string, userId: string | null, action: string, entity: string, entityId: string, details: object) => ({
        id,
        at,
        user_id: userId,
        action,
        entity,
        entity_id: entityId,
        details: JSON.stringify(details),
      });
      const { users, partnerships, memberships, organizations, contacts } = world;
      await database.db
        .insertInto("audit_events")
        .values([
          event(events.partnership, "2026-12-01T10:00:00.000Z", users.coordinator.id, "update", "partnership", partnerships.own.id, {
            fields: ["name"],
          }),
          event(events.membership, "2026-12-01T11:00:00.000Z", users.admin.id, "create", "membership", memberships.own.id, {}),
          event(events.removedMembership, "2026-12-01T12:00:00.000Z", users.admin.id, "delete", "membership", deletedMembership, {
            partnershipId: partnerships.foreign.id,
            organizationId: organizations.foreignMember.id,
          }),
          event(events.contact, "2026-12-01T13:00:00.000Z", users.coordinator.id, "update", "contact", contacts.own.id, {
            fields: ["email"],
          }),
          event(
            events.organization,
            "2026-12-01T14:00:00.000Z",
            users.programOfficer.id,
            "update",
            "organization",
            organizations.ownMember.id,
            {},
          ),
          event(events.program, "2026-12-01T15:00:00.000Z", null, "update", "program", world.programs.own.id, { fields: ["name"] }),
        ])
        .execute();
      await auditView.up(database.db);
    });
    afterAll(() => database.close());

    it("ties each event to the partnership and organization it belongs to, from the rows or the details of deleted ones", async () => {
      const rows = await database.db.selectFrom("audit_events").select(["id", "partnership_id", "organization_id"]).execute();
      const byId = new Map(rows.map((row) => [row.id, { partnership: row.partnership_id, organization: row.organization_id }]));
      expect(byId.get(events.partnership)).toEqual({ partnership: world.partnerships.own.id, organization: null });
      expect(byId.get(events.membership)).toEqual({
        partnership: world.partnerships.own.id,
        organization: world.organizations.ownMember.id,
      });
      expect(byId.get(events.removedMembership)).toEqual({
        partnership: world.partnerships.foreign.id,
        organization: world.organizations.foreignMember.id,
      });
      expect(byId.get(events.contact)).toEqual({ partnership: null, organization: world.organizations.ownMember.id });
      expect(byId.get(events.organization)).toEqual({ partnership: null, organization: world.organizations.ownMember.id });
      expect(byId.get(events.program)).toEqual({ partnership: null, organization: null });
    });

    it("says who last saved each organization and partnership from their latest event, and nobody where none says", async () => {
      const organization = await database.db.selectFrom("organizations").select(["id", "updated_by"]).execute();
      expect(new Map(organization.map((row) => [row.id, row.updated_by]))).toEqual(
        new Map([
          [world.organizations.ownLead.id, null],
          [world.organizations.ownMember.id, world.users.programOfficer.id],
          [world.organizations.foreignLead.id, null],
          [world.organizations.foreignMember.id, null],
        ]),
      );
      const partnerships = await database.db.selectFrom("partnerships").select(["id", "updated_by"]).orderBy("name").execute();
      expect(partnerships).toEqual([
        { id: world.partnerships.foreign.id, updated_by: null },
        { id: world.partnerships.own.id, updated_by: world.users.coordinator.id },
      ]);
    });
  });
}
