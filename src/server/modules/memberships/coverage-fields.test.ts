import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildOrganization } from "../../../../test/support/factories.js";

for (const dialect of DIALECTS) {
  describe(`a membership's critic flag and axis stages on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let members: string;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      members = `/api/v1/partnerships/${t.world.partnerships.own.id}/members`;
    });
    afterAll(() => t.close());

    it("starts as no critic with the sector's usual stages", async () => {
      const org = await buildOrganization(t.database.db);
      const res = await t.as("coordinator").post(members, { organizationId: org.id });
      expect(res.json()).toMatchObject({ isCritic: false, axisStages: null });
    });

    it("takes both on creation and changes them through PATCH, keeping what is omitted", async () => {
      const org = await buildOrganization(t.database.db);
      const created = (
        await t.as("coordinator").post(members, { organizationId: org.id, isCritic: true, axisStages: ["reentry", "prevention"] })
      ).json();
      expect(created).toMatchObject({ isCritic: true, axisStages: ["prevention", "reentry"] });
      const url = `${members}/${created.id}`;
      expect((await t.as("coordinator").patch(url, { notes: "Keeps the rest" })).json()).toMatchObject({
        isCritic: true,
        axisStages: ["prevention", "reentry"],
      });
      expect((await t.as("programOfficer").patch(url, { isCritic: false, axisStages: [] })).json()).toMatchObject({
        isCritic: false,
        axisStages: [],
      });
      // null hands the member back to its sector's usual stages.
      expect((await t.as("admin").patch(url, { axisStages: null })).json().axisStages).toBeNull();
      const audit = await t.database.db
        .selectFrom("audit_events")
        .select("details")
        .where("entity_id", "=", created.id)
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.details ?? "{}").changes).toEqual({ axisStages: [[], null] });
    });

    it("names the field of a bad flag or stage and changes nothing", async () => {
      const url = `${members}/${t.world.memberships.own.id}`;
      const before = (await t.as("admin").get(members)).json();
      const res = await t.as("admin").patch(url, { isCritic: "sometimes", axisStages: ["prevention", "punishment", "prevention"] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([
        { field: "isCritic", message: "must be true or false" },
        { field: "axisStages.1", message: "must be one of prevention, intervention, enforcement, reentry" },
      ]);
      const twice = await t.as("admin").patch(url, { axisStages: ["prevention", "prevention"] });
      expect(twice.json().error.details).toEqual([{ field: "axisStages.1", message: "is listed twice" }]);
      expect((await t.as("admin").get(members)).json()).toEqual(before);
    });

    it("lets only those who manage the partnership change them", async () => {
      const url = `${members}/${t.world.memberships.own.id}`;
      for (const who of ["evaluator", "partner"] as const) expect((await t.as(who).patch(url, { isCritic: true })).statusCode).toBe(403);
      expect((await t.as("admin").get(members)).json().data.find((m: { id: string }) => m.id === t.world.memberships.own.id).isCritic).toBe(
        false,
      );
    });
  });
}
