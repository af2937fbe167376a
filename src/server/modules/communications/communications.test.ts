import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildCommunication } from "../../../../test/support/calendar-factories.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildUser, tokenFor } from "../../../../test/support/factories.js";
import { listRelations } from "./repository.js";

const today = () => new Date().toISOString().slice(0, 10);

for (const dialect of DIALECTS) {
  describe(`communication log on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let log: string;
    let lead: string;
    let member: string;
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom("communications")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      log = `/api/v1/partnerships/${t.world.partnerships.own.id}/communications`;
      lead = t.world.organizations.ownLead.id;
      member = t.world.organizations.ownMember.id;
    });
    afterAll(() => t.close());

    it("records a contact as relations between its parties, and audits it", async () => {
      const res = await t.as("coordinator").post(log, {
        occurredOn: "2026-03-04",
        organizationIds: [member, lead],
        channel: "site_visit",
        subject: "Visite de l’école — préparation de l’été",
      });
      expect(res.statusCode, res.body).toBe(201);
      const entry = res.json();
      expect(entry).toMatchObject({
        partnershipId: t.world.partnerships.own.id,
        occurredOn: "2026-03-04",
        channel: "site_visit",
        subject: "Visite de l’école — préparation de l’été",
        version: 1,
        abilities: { update: true, delete: true },
      });
      expect(entry.organizations.map((o: { name: string }) => o.name)).toEqual(["Own Lead Agency", "Own Member School Board"]);
      const parties = await t.database.db
        .selectFrom("communication_parties")
        .selectAll()
        .where("communication_id", "=", entry.id)
        .execute();
      expect(parties.map((p) => p.organization_id).sort()).toEqual([lead, member].sort());
      const audit = await t.database.db.selectFrom("audit_events").selectAll().where("entity_id", "=", entry.id).execute();
      expect(audit.map((e) => [e.entity, e.action])).toEqual([["communication", "create"]]);
    });

    it("names the party that is not a member, refuses one party and a date after tomorrow, and writes nothing", async () => {
      const outsider = await buildOrganization(t.database.db);
      const before = await count();
      const bad = await t
        .as("coordinator")
        .post(log, { occurredOn: today(), organizationIds: [lead, member, outsider.id], channel: "phone", subject: "x" });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details).toEqual([
        expect.objectContaining({ field: "organizationIds.2", message: "is not a member of this partnership" }),
      ]);
      const foreign = await t.as("coordinator").post(log, {
        occurredOn: today(),
        organizationIds: [lead, t.world.organizations.foreignMember.id],
        channel: "phone",
        subject: "x",
      });
      expect(foreign.json().error.details[0].field).toBe("organizationIds.1");
      const one = await t.as("coordinator").post(log, { occurredOn: today(), organizationIds: [lead], channel: "phone", subject: "x" });
      expect(one.statusCode).toBe(400);
      expect(one.json().error.details[0].field).toBe("organizationIds");
      const twice = await t
        .as("coordinator")
        .post(log, { occurredOn: today(), organizationIds: [lead, lead], channel: "phone", subject: "x" });
      expect(twice.json().error.details.map((d: { field: string }) => d.field)).toContain("organizationIds.1");
      const later = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      const future = await t
        .as("coordinator")
        .post(log, { occurredOn: later, organizationIds: [lead, member], channel: "phone", subject: "x" });
      expect(future.statusCode).toBe(400);
      expect(future.json().error.details[0].field).toBe("occurredOn");
      const wrong = await t
        .as("coordinator")
        .post(log, { occurredOn: "yesterday", organizationIds: [lead, member], channel: "fax", subject: "", extra: 1 });
      expect(
        wrong
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["(body)", "channel", "occurredOn", "subject"].sort());
      const french = await t.as("coordinator").request({
        method: "POST",
        url: log,
        headers: { "accept-language": "fr" },
        payload: { occurredOn: today(), organizationIds: [lead, outsider.id], channel: "phone", subject: "x" },
      });
      expect(french.json().error.details[0].message).toBe("n’est pas membre de ce partenariat");
      expect(await count()).toBe(before);
    });

    it("binds a partner to contacts its own organization took part in", async () => {
      const third = await buildOrganization(t.database.db, { name: "Third Member Youth Centre" });
      await buildMembership(t.database.db, t.world.partnerships.own.id, third.id);
      const without = await t
        .as("partner")
        .post(log, { occurredOn: today(), organizationIds: [lead, third.id], channel: "email", subject: "x" });
      expect(without.statusCode).toBe(400);
      expect(without.json().error.details[0]).toMatchObject({ field: "organizationIds", message: "must include your own organization" });
      const own = await t
        .as("partner")
        .post(log, { occurredOn: today(), organizationIds: [third.id, member], channel: "email", subject: "Partage du calendrier" });
      expect(own.statusCode).toBe(201);

      // An entry it was not party to, it reads but cannot change; its own, it can.
      const other = await buildCommunication(t.database.db, t.world.partnerships.own.id, [lead, third.id]);
      const list = (await t.as("partner").get(`${log}?pageSize=100`)).json();
      expect(list.data.find((e: { id: string }) => e.id === other.id).abilities).toEqual({ update: false, delete: false });
      expect(list.data.find((e: { id: string }) => e.id === own.json().id).abilities).toEqual({ update: true, delete: true });
      expect((await t.as("partner").patch(`/api/v1/communications/${other.id}`, { version: 1, subject: "Changed" })).statusCode).toBe(403);
      expect((await t.as("partner").delete(`/api/v1/communications/${other.id}?version=1`)).statusCode).toBe(403);
      // Nor may it take its own organization out of its own entry.
      const out = await t.as("partner").patch(`/api/v1/communications/${own.json().id}`, { version: 1, organizationIds: [lead, third.id] });
      expect(out.statusCode).toBe(400);
    });

    it("lists newest first, filtered by channel, organization and dates", async () => {
      const partnership = await buildPartnership(t.database.db, { programId: t.world.programs.own.id, leadOrganizationId: lead });
      const other = await buildOrganization(t.database.db);
      await buildMembership(t.database.db, partnership.id, other.id);
      const third = await buildOrganization(t.database.db);
      await buildMembership(t.database.db, partnership.id, third.id);
      const a = await buildCommunication(t.database.db, partnership.id, [lead, other.id], { occurredOn: "2026-01-10", channel: "phone" });
      const b = await buildCommunication(t.database.db, partnership.id, [lead, third.id], { occurredOn: "2026-02-10", channel: "email" });
      const c = await buildCommunication(t.database.db, partnership.id, [other.id, third.id, lead], {
        occurredOn: "2026-03-10",
        channel: "phone",
      });
      const url = `/api/v1/partnerships/${partnership.id}/communications`;
      const ids = async (query: string) => (await t.as("admin").get(`${url}${query}`)).json().data.map((e: { id: string }) => e.id);
      expect(await ids("")).toEqual([c.id, b.id, a.id]);
      expect(await ids("?channel=phone")).toEqual([c.id, a.id]);
      expect(await ids(`?organizationId=${third.id}`)).toEqual([c.id, b.id]);
      expect(await ids("?from=2026-02-01&to=2026-02-28")).toEqual([b.id]);
      const page = (await t.as("admin").get(`${url}?pageSize=2&page=2`)).json();
      expect(page.data.map((e: { id: string }) => e.id)).toEqual([a.id]);
      expect(page.pagination).toEqual({ page: 2, pageSize: 2, total: 3, totalPages: 2 });
      expect((await t.as("admin").get(`${url}?channel=fax`)).statusCode).toBe(400);

      expect(await listRelations(t.database.db, partnership.id)).toEqual(
        [
          { a: lead, b: other.id, count: 2, channels: ["phone"] },
          { a: lead, b: third.id, count: 2, channels: ["email", "phone"] },
          { a: other.id, b: third.id, count: 1, channels: ["phone"] },
        ]
          .map((pair) => (pair.a < pair.b ? pair : { ...pair, a: pair.b, b: pair.a }))
          .sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1)),
      );
    });

    it("changes an entry against the version read, and the second writer gets a 409", async () => {
      const created = (
        await t
          .as("coordinator")
          .post(log, { occurredOn: "2026-05-01", organizationIds: [lead, member], channel: "chat", subject: "First" })
      ).json();
      const url = `/api/v1/communications/${created.id}`;
      const third = await buildOrganization(t.database.db);
      await buildMembership(t.database.db, t.world.partnerships.own.id, third.id);
      const first = await t.as("coordinator").patch(url, { version: 1, subject: "Second", organizationIds: [lead, member, third.id] });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ subject: "Second", version: 2 });
      expect(first.json().organizations).toHaveLength(3);
      const stale = await t.as("admin").patch(url, { version: 1, subject: "Third" });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe("conflict");
      expect((await t.as("admin").delete(`${url}?version=1`)).statusCode).toBe(409);
      expect((await t.as("admin").delete(`${url}?version=2`)).statusCode).toBe(204);
      expect((await t.as("admin").patch(url, { version: 2, subject: "Gone" })).statusCode).toBe(404);
      const audit = await t.database.db
        .selectFrom("audit_events")
        .select("action")
        .where("entity_id", "=", created.id)
        .orderBy("at")
        .execute();
      expect(audit.map((e) => e.action)).toEqual(["create", "update", "delete"]);
    });

    it("hides another partnership's log and its entries from those who do not read it", async () => {
      const foreignEntry = await buildCommunication(t.database.db, t.world.partnerships.foreign.id, [
        t.world.organizations.foreignLead.id,
        t.world.organizations.foreignMember.id,
      ]);
      expect((await t.as("coordinator").get(`/api/v1/partnerships/${t.world.partnerships.foreign.id}/communications`)).statusCode).toBe(
        404,
      );
      expect((await t.as("partner").patch(`/api/v1/communications/${foreignEntry.id}`, { version: 1, subject: "x" })).statusCode).toBe(404);
      const officer = await buildUser(t.database.db, { role: "program_officer", programIds: [t.world.programs.own.id] });
      const token = await tokenFor(t.database.db, officer.id);
      const read = await t.app.inject({ method: "GET", url: log, headers: { authorization: `Bearer ${token}` } });
      expect(read.statusCode).toBe(200);
      expect(read.json().data.every((e: { abilities: { update: boolean } }) => !e.abilities.update)).toBe(true);
    });
  });
}
