import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { readCsv } from "../../files/csv.js";
import { newId } from "../../ids.js";

type Change = { field: string; before: unknown; after: unknown; recorded: boolean; masked: boolean };
type Event = {
  id: string;
  at: string;
  user: { id: string; name: string } | null;
  action: string;
  entity: string;
  entityId: string;
  partnership: { id: string; name: string | null } | null;
  organization: { id: string; name: string | null } | null;
  changes: Change[];
  abilities: { readPersonalData: boolean };
};
type Page = { data: Event[]; pagination: { page: number; pageSize: number; total: number; totalPages: number } };

const AUDIT = "/api/v1/audit-events";

for (const dialect of DIALECTS) {
  describe(`audit trail on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const page = async (who: Parameters<typeof t.as>[0], query = "") => {
      const res = await t.as(who).get(`${AUDIT}?pageSize=100${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Page>();
    };
    const changeOf = (event: Event | undefined, field: string) => event?.changes.find((change) => change.field === field);

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      const { partnerships, organizations, contacts, memberships } = t.world;
      const own = `/api/v1/partnerships/${partnerships.own.id}`;
      const foreign = `/api/v1/partnerships/${partnerships.foreign.id}`;
      expect((await t.as("coordinator").patch(own, { name: "Own Partnership Renamed", region: "Prairies" })).statusCode).toBe(200);
      expect((await t.as("coordinator").patch(`${own}/members/${memberships.own.id}`, { notes: "Chairs the table" })).statusCode).toBe(200);
      expect((await t.as("admin").patch(foreign, { name: "Foreign Partnership Renamed" })).statusCode).toBe(200);
      expect((await t.as("admin").patch(`${foreign}/members/${memberships.foreign.id}`, { notes: "Hidden" })).statusCode).toBe(200);
      const contactUrl = (organizationId: string, contactId: string) => `/api/v1/organizations/${organizationId}/contacts/${contactId}`;
      expect(
        (await t.as("admin").patch(contactUrl(organizations.foreignMember.id, contacts.foreign.id), { email: "new.foreign@example.org" }))
          .statusCode,
      ).toBe(200);
      expect(
        (await t.as("coordinator").patch(contactUrl(organizations.ownMember.id, contacts.own.id), { phone: "514-555-0100" })).statusCode,
      ).toBe(200);
      expect((await t.as("admin").patch(`/api/v1/programs/${t.world.programs.foreign.id}`, { name: "Business Action" })).statusCode).toBe(
        200,
      );
    });
    afterAll(() => t.close());

    it("shows an administrator every event, newest first, with who made it and each field before and after", async () => {
      const { data, pagination } = await page("admin");
      expect(pagination.total).toBe(7);
      expect(data.map((event) => event.entity)).toEqual([
        "program",
        "contact",
        "contact",
        "membership",
        "partnership",
        "membership",
        "partnership",
      ]);
      const renamed = data.find((event) => event.entity === "partnership" && event.entityId === t.world.partnerships.own.id);
      expect(renamed).toMatchObject({
        action: "update",
        user: { id: t.world.users.coordinator.id, name: t.world.users.coordinator.email },
        partnership: { id: t.world.partnerships.own.id, name: "Own Partnership Renamed" },
      });
      expect(renamed?.changes).toEqual([
        { field: "name", before: "Own Partnership", after: "Own Partnership Renamed", recorded: true, masked: false },
        { field: "region", before: "Ontario", after: "Prairies", recorded: true, masked: false },
      ]);
      const times = data.map((event) => event.at);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it("shows a coordinator its partnership's events and the registry's, never another partnership's or a program's", async () => {
      const { data } = await page("coordinator");
      const partnershipIds = new Set(data.flatMap((event) => (event.partnership ? [event.partnership.id] : [])));
      expect([...partnershipIds]).toEqual([t.world.partnerships.own.id]);
      expect(data.map((event) => event.entity).sort()).toEqual(["contact", "contact", "membership", "partnership"]);
      expect(data.some((event) => event.entityId === t.world.memberships.foreign.id)).toBe(false);
      expect((await t.as("coordinator").get(`${AUDIT}?partnershipId=${t.world.partnerships.foreign.id}`)).statusCode).toBe(404);
      expect((await t.as("coordinator").get(`${AUDIT}?partnershipId=${newId()}`)).statusCode).toBe(404);
      // An administrator reads any partnership's trail, even one that no longer exists (and so holds nothing here).
      expect((await page("admin", `&partnershipId=${newId()}`)).pagination.total).toBe(0);
      const history = await page("coordinator", `&partnershipId=${t.world.partnerships.own.id}`);
      expect(history.data.map((event) => event.entity).sort()).toEqual(["membership", "partnership"]);
    });

    it("shows a program officer the events of its programs' partnerships only", async () => {
      const { data } = await page("programOfficer");
      expect(data.filter((event) => event.partnership).every((event) => event.partnership?.id === t.world.partnerships.own.id)).toBe(true);
      expect(data.some((event) => event.entity === "program")).toBe(false);
    });

    it("refuses evaluators and partners, who read no trail", async () => {
      expect((await t.as("evaluator").get(AUDIT)).statusCode).toBe(403);
      expect((await t.as("partner").get(`${AUDIT}.csv`)).statusCode).toBe(403);
      expect((await t.app.inject({ method: "GET", url: AUDIT })).statusCode).toBe(401);
    });

    it("withholds a contact's personal data from a reader who may not read that organization's contacts", async () => {
      const foreignEvent = (events: Event[]) => events.find((event) => event.entityId === t.world.contacts.foreign.id);
      const masked = foreignEvent((await page("coordinator")).data);
      expect(masked?.abilities.readPersonalData).toBe(false);
      expect(changeOf(masked, "email")).toEqual({ field: "email", before: null, after: null, recorded: true, masked: true });
      expect(JSON.stringify(masked)).not.toContain("foreign@example.org");

      const shown = foreignEvent((await page("admin")).data);
      expect(changeOf(shown, "email")).toMatchObject({ before: "foreign@example.org", after: "new.foreign@example.org", masked: false });
      const own = (await page("coordinator")).data.find((event) => event.entityId === t.world.contacts.own.id);
      expect(changeOf(own, "phone")).toMatchObject({ before: null, after: "514-555-0100", masked: false });
    });

    it("filters by entity, record, person and dates", async () => {
      const contacts = await page("admin", "&entity=contact");
      expect(contacts.data.map((event) => event.entityId).sort()).toEqual([t.world.contacts.foreign.id, t.world.contacts.own.id].sort());
      const one = await page("admin", `&entity=partnership&entityId=${t.world.partnerships.foreign.id}`);
      expect(one.data.map((event) => event.entityId)).toEqual([t.world.partnerships.foreign.id]);
      const byCoordinator = await page("admin", `&userId=${t.world.users.coordinator.id}`);
      expect(byCoordinator.data.map((event) => event.entity).sort()).toEqual(["contact", "membership", "partnership"]);
      const today = new Date().toISOString().slice(0, 10);
      expect((await page("admin", `&from=${today}&to=${today}`)).pagination.total).toBe(7);
      expect((await page("admin", "&from=2999-01-01")).pagination.total).toBe(0);
      expect((await page("admin", "&to=2000-01-01")).pagination.total).toBe(0);
      const backwards = await t.as("admin").get(`${AUDIT}?from=2026-02-01&to=2026-01-01`);
      expect(backwards.statusCode).toBe(400);
      expect((await t.as("admin").get(`${AUDIT}?entity=sandwich`)).statusCode).toBe(400);
    });

    it("pages through the trail without repeating or skipping an event", async () => {
      const all = (await page("admin")).data.map((event) => event.id);
      const seen: string[] = [];
      for (let number = 1; number <= 4; number += 1) {
        const res = (await t.as("admin").get(`${AUDIT}?pageSize=2&page=${number}`)).json<Page>();
        expect(res.pagination).toEqual({ page: number, pageSize: 2, total: 7, totalPages: 4 });
        seen.push(...res.data.map((event) => event.id));
      }
      expect(seen).toEqual(all);
    });

    it("exports the filtered trail as CSV with headers in the reader's language and personal data withheld", async () => {
      const res = await t
        .as("coordinator")
        .request({ method: "GET", url: `${AUDIT}.csv?entity=contact`, headers: { "accept-language": "fr" } });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/csv");
      expect(res.headers["x-total-count"]).toBe("2");
      const table = await readCsv(res.rawPayload);
      expect(table.header).toEqual([
        "Date (UTC)",
        "Auteur",
        "Action",
        "Fiche",
        "Identifiant de la fiche",
        "Partenariat",
        "Organisme",
        "Champ",
        "Avant",
        "Après",
      ]);
      const email = table.rows.find((row) => row.values[7] === "email");
      expect(email?.values.slice(2, 4)).toEqual(["Modification", "Personne-ressource"]);
      expect(email?.values.slice(8)).toEqual(["(masqué)", "(masqué)"]);
      expect(res.body).not.toContain("foreign@example.org");
      const english = await t
        .as("admin")
        .request({ method: "GET", url: `${AUDIT}.csv?entity=program&lang=en`, headers: { "accept-language": "fr" } });
      expect(english.body.split("\r\n")[0]).toBe(
        "\uFEFFWhen (UTC),Who,Action,Record,Record id,Partnership,Organization,Field,Before,After",
      );
      expect(english.body).toContain("Business Action Program,Business Action");
    });
  });

  // These change the trail, so they have a world of their own and the counts above stay put.
  describe(`saved lines and older events on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const page = async (who: Parameters<typeof t.as>[0], query = "") => {
      const res = await t.as(who).get(`${AUDIT}?pageSize=100${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Page>();
    };
    const changeOf = (event: Event | undefined, field: string) => event?.changes.find((change) => change.field === field);
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      expect(
        (await t.as("coordinator").patch(`/api/v1/partnerships/${t.world.partnerships.own.id}`, { region: "Prairies" })).statusCode,
      ).toBe(200);
    });
    afterAll(() => t.close());

    it("reads events recorded before values were kept, naming their fields only", async () => {
      await t.database.db
        .insertInto("audit_events")
        .values({
          id: newId(),
          at: "2026-01-05T10:00:00.000Z",
          user_id: null,
          action: "update",
          entity: "partnership",
          entity_id: t.world.partnerships.own.id,
          partnership_id: t.world.partnerships.own.id,
          organization_id: null,
          details: JSON.stringify({ fields: ["status"] }),
        })
        .execute();
      const old = await page("coordinator", "&to=2026-01-05");
      expect(old.data).toMatchObject([{ user: null, changes: [{ field: "status", before: null, after: null, recorded: false }] }]);
    });

    it("says who last saved an organization, a partnership and an involvement record", async () => {
      const { partnerships, organizations, memberships, users } = t.world;
      const partnership = (await t.as("coordinator").get(`/api/v1/partnerships/${partnerships.own.id}`)).json();
      expect(partnership.updatedBy).toEqual({ id: users.coordinator.id, name: users.coordinator.email });
      expect((await t.as("admin").get(`/api/v1/organizations/${organizations.ownLead.id}`)).json().updatedBy).toBeNull();
      await t.as("programOfficer").patch(`/api/v1/organizations/${organizations.ownLead.id}`, { notes: "Hosts the meetings" });
      const listed = (await t.as("admin").get("/api/v1/organizations?pageSize=100")).json();
      expect(listed.data.find((row: { id: string }) => row.id === organizations.ownLead.id).updatedBy).toEqual({
        id: users.programOfficer.id,
        name: users.programOfficer.email,
      });
      const member = `/api/v1/partnerships/${partnerships.own.id}/members/${memberships.own.id}`;
      const saved = await t.as("coordinator").put(`${member}/involvement/lead/baseline`, { indicators: { proposal_copy: true } });
      expect(saved.json().updatedBy).toEqual({ id: users.coordinator.id, name: users.coordinator.email });
      await t.as("admin").put(`${member}/involvement/lead/baseline`, { indicators: { proposal_copy: false } });
      const records = (await t.as("coordinator").get(`${member}/involvement`)).json();
      expect(records.data[0].updatedBy).toEqual({ id: users.admin.id, name: users.admin.email });
      const trail = await page("admin", `&entity=involvement_record`);
      expect(changeOf(trail.data[0], "proposalCopy")).toMatchObject({ before: 1, after: 0 });
    });
  });
}
