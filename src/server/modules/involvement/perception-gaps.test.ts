import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndicatorAnswers } from "../../../domain/typology/indicators.js";
import { byGapSize } from "../../../domain/typology/perception-gap.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization } from "../../../../test/support/factories.js";
import { buildInvolvementRecord } from "../../../../test/support/involvement-factories.js";

const COLLABORATION: IndicatorAnswers = { shared_decision_making: true, responsible_implementation: true, fiscal_management: true };
const COORDINATION: IndicatorAnswers = { coordinated_activities: true };
const COOPERATION: IndicatorAnswers = { human_resources: true, fiscal_management: false };
const NONE: IndicatorAnswers = {};

type Gap = {
  organization: { name: string };
  lead: { type: string };
  partner: { type: string };
  difference: number;
  disagreements: { indicator: string }[];
};

for (const dialect of DIALECTS) {
  describe(`perception gaps on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let gaps: string;

    async function memberWith(name: string, lead: IndicatorAnswers | null, partner: IndicatorAnswers | null, round = "baseline") {
      const organization = await buildOrganization(t.database.db, { name });
      const membership = await buildMembership(t.database.db, t.world.partnerships.own.id, organization.id);
      if (lead) await buildInvolvementRecord(t.database.db, membership.id, { perspective: "lead", round, answers: lead });
      if (partner) await buildInvolvementRecord(t.database.db, membership.id, { perspective: "partner", round, answers: partner });
    }

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      gaps = `/api/v1/partnerships/${t.world.partnerships.own.id}/perception-gaps`;
      await memberWith("Alpha Housing", COLLABORATION, COOPERATION);
      await memberWith("Bravo Clinic", NONE, COORDINATION);
      await memberWith("Charlie Library", COORDINATION, COORDINATION);
      await memberWith("Delta Church", COLLABORATION, null);
      await memberWith("Echo Court", NONE, COLLABORATION, "final");
      await memberWith("Aspen Hall", COORDINATION, { human_resources: true }, "midterm");
      await memberWith("Birch Hall", { human_resources: true }, { ...COORDINATION, proposal_copy: true, support_letter: true }, "midterm");
      await memberWith("Cedar Hall", { ...COORDINATION, proposal_copy: true, support_letter: true }, COORDINATION, "midterm");
      await memberWith("Dune Hall", NONE, NONE, "midterm");
      const own = t.world.memberships.own.id;
      await buildInvolvementRecord(t.database.db, own, { perspective: "lead", answers: COOPERATION });
      await buildInvolvementRecord(t.database.db, own, { perspective: "partner", answers: COOPERATION });
    });
    afterAll(() => t.close());

    it("lists members seen from both sides, widest gap first, with the indicators they disagree on", async () => {
      const res = await t.as("coordinator").get(gaps);
      expect(res.statusCode).toBe(200);
      const data: Gap[] = res.json().data;
      expect(data.map((gap) => `${gap.organization.name}: ${gap.lead.type} vs ${gap.partner.type} (${gap.difference})`)).toEqual([
        "Bravo Clinic: none vs coordination (-3)",
        "Alpha Housing: collaboration vs cooperation (2)",
        "Charlie Library: coordination vs coordination (0)",
        "Own Member School Board: cooperation vs cooperation (0)",
      ]);
      expect(res.json().data[1]).toMatchObject({
        round: "baseline",
        lead: { complete: false, rubric: { id: "partnership-study-2002", version: 1 } },
        disagreements: [
          { indicator: "responsible_implementation", lead: true, partner: null },
          { indicator: "human_resources", lead: null, partner: true },
          { indicator: "shared_decision_making", lead: true, partner: null },
          { indicator: "fiscal_management", lead: true, partner: false },
        ],
      });
      expect(data[2]?.disagreements).toEqual([]);
    });

    it("orders gaps of the same width by the number of indicators in disagreement, whichever side is higher", async () => {
      const data: Gap[] = (await t.as("coordinator").get(`${gaps}?round=midterm`)).json().data;
      expect(data.map((gap) => [gap.organization.name, gap.difference, gap.disagreements.length])).toEqual([
        ["Birch Hall", -1, 4],
        ["Aspen Hall", 1, 2],
        ["Cedar Hall", 0, 2],
        ["Dune Hall", 0, 0],
      ]);
      expect([...data].sort(byGapSize)).toEqual(data);
    });

    it("reads one round at a time, and pages", async () => {
      const final = (await t.as("admin").get(`${gaps}?round=final`)).json();
      expect(final.data.map((gap: Gap) => [gap.organization.name, gap.difference])).toEqual([["Echo Court", -4]]);
      const page = (await t.as("evaluator").get(`${gaps}?pageSize=1&page=2`)).json();
      expect(page.pagination).toEqual({ page: 2, pageSize: 1, total: 4, totalPages: 4 });
      expect(page.data[0].organization.name).toBe("Alpha Housing");
      expect((await t.as("admin").get(`${gaps}?round=no%20such`)).statusCode).toBe(400);
    });

    it("shows a partner only its own organization's gap", async () => {
      const data: Gap[] = (await t.as("partner").get(gaps)).json().data;
      expect(data.map((gap) => gap.organization.name)).toEqual(["Own Member School Board"]);
    });

    it("keeps other partnerships' gaps out of reach", async () => {
      const foreign = `/api/v1/partnerships/${t.world.partnerships.foreign.id}/perception-gaps`;
      expect((await t.as("coordinator").get(foreign)).statusCode).toBe(404);
      expect((await t.as("partner").get(foreign)).statusCode).toBe(404);
      expect((await t.as("admin").get(foreign)).json().data).toEqual([]);
    });
  });
}
