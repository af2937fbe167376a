import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../../domain/attention/attention.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization } from "../../../../test/support/factories.js";
import { buildInvolvementRecord } from "../../../../test/support/involvement-factories.js";
import { now } from "../../ids.js";

type Item = { kind: string; partnership: { name: string }; count: number; seats: { key: string }[]; fundingEndDate: string | null };

for (const dialect of DIALECTS) {
  describe(`what needs attention on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const ending = addDays(now().slice(0, 10), 30);

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      const db = t.database.db;
      const own = t.world.partnerships.own.id;
      await db.updateTable("partnerships").set({ funding_end_date: ending }).where("id", "=", own).execute();
      await db.updateTable("partnerships").set({ funding_end_date: ending }).where("id", "=", t.world.partnerships.foreign.id).execute();
      // One member with only the lead's view, one whose two views are three levels apart.
      const quiet = await buildMembership(db, own, (await buildOrganization(db, { name: "Quiet Library" })).id);
      await buildInvolvementRecord(db, quiet.id, { perspective: "lead", answers: { proposal_copy: true } });
      const apart = await buildMembership(db, own, (await buildOrganization(db, { name: "Apart Clinic" })).id);
      await buildInvolvementRecord(db, apart.id, { perspective: "lead", answers: { coordinated_activities: true } });
      await buildInvolvementRecord(db, apart.id, { perspective: "partner", answers: {} });
    });
    afterAll(() => t.close());

    it("tells a coordinator what its partnership needs, most pressing first, and nothing of others", async () => {
      const res = await t.as("coordinator").get("/api/v1/attention");
      expect(res.statusCode, res.body).toBe(200);
      const items: Item[] = res.json().data;
      const name = t.world.partnerships.own.name;
      expect(items.map((item) => [item.kind, item.partnership.name])).toEqual([
        ["empty_required_seats", name],
        ["wide_gaps", name],
        ["missing_partner_views", name],
        ["funding_ending", name],
      ]);
      expect(items[0]?.seats.length).toBe(items[0]?.count);
      expect(items[0]?.seats.map((seat) => seat.key)).toContain("police");
      expect(items.find((item) => item.kind === "wide_gaps")?.count).toBe(1);
      expect(items.find((item) => item.kind === "missing_partner_views")?.count).toBe(1);
      expect(items.find((item) => item.kind === "funding_ending")?.fundingEndDate).toBe(ending);
    });

    it("pages, and gives a partner, who manages no partnership, nothing", async () => {
      const page = (await t.as("admin").get("/api/v1/attention?pageSize=2&page=1")).json();
      expect(page.data).toHaveLength(2);
      expect(page.pagination.total).toBeGreaterThan(4);
      expect((await t.as("partner").get("/api/v1/attention")).json().data).toEqual([]);
    });
  });
}
