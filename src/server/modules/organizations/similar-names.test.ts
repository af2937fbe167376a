import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildOrganization } from "../../../../test/support/factories.js";

for (const dialect of DIALECTS) {
  describe(`similar organization names on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let diversion: { id: string };
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      diversion = await buildOrganization(t.database.db, { name: "Hamilton Youth Justice Diversion Program", sector: "courts" });
      await buildOrganization(t.database.db, { name: "Hamilton Police Service — Community Mobilization Division", sector: "police" });
      await buildOrganization(t.database.db, { name: "Hamilton Public Library", sector: "other" });
    });
    afterAll(() => t.close());

    const similar = (role: "coordinator" | "partner", query: string) => t.as(role).get(`/api/v1/organizations/similar?${query}`);

    it("asks about a registered name close to the one being typed, with the id to link to", async () => {
      const res = await similar("coordinator", "name=Hamilton%20Youth%20Justice%20Diversion");
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toEqual([
        { id: diversion.id, name: "Hamilton Youth Justice Diversion Program", sector: "courts", score: expect.any(Number) },
      ]);
      const police = (await similar("coordinator", "name=Hamilton%20Police%20Service")).json().data;
      expect(police.map((o: { name: string }) => o.name)).toEqual(["Hamilton Police Service — Community Mobilization Division"]);
    });

    it("finds nothing close for a name unlike any other, and leaves out the organization being renamed", async () => {
      expect((await similar("coordinator", "name=Escarpment%20Food%20Bank")).json().data).toEqual([]);
      const renamed = await similar("coordinator", `name=Hamilton%20Youth%20Justice%20Diversion&exceptId=${diversion.id}`);
      expect(renamed.json().data).toEqual([]);
    });

    it("only looks among the organizations the caller can see", async () => {
      expect((await similar("partner", "name=Hamilton%20Youth%20Justice%20Diversion")).json().data).toEqual([]);
    });

    it("requires a name", async () => {
      expect((await similar("coordinator", "name=")).statusCode).toBe(400);
    });
  });
}
