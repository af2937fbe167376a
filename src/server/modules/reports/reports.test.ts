import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization, buildPartnership } from "../../../../test/support/factories.js";
import { buildInvolvementRecord, sharedDecisionRubric } from "../../../../test/support/involvement-factories.js";
import { readXlsx } from "../../files/xlsx.js";

const collaboration = { shared_decision_making: true, responsible_implementation: true, reporting_results: true };
const coordination = { coordinated_activities: true, proposal_copy: false };
const cooperation = { human_resources: true, fiscal_management: null };
const FOLLOWUP = "followup";
const zero = { none: 0, consultation: 0, cooperation: 0, coordination: 0, collaboration: 0 };

for (const dialect of DIALECTS) {
  describe(`reports on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      const db = t.database.db;
      const { partnerships, memberships } = t.world;
      // Own partnership (CMP, Ontario): the partner's school board and two more members.
      const police = await buildOrganization(db, { sector: "police" });
      const faith = await buildOrganization(db, { sector: "faith" });
      const policeMember = await buildMembership(db, partnerships.own.id, police.id);
      const faithMember = await buildMembership(db, partnerships.own.id, faith.id);
      await buildInvolvementRecord(db, memberships.own.id, { perspective: "lead", answers: collaboration });
      await buildInvolvementRecord(db, memberships.own.id, { perspective: "partner", answers: coordination });
      await buildInvolvementRecord(db, policeMember.id, { perspective: "lead", answers: collaboration });
      await buildInvolvementRecord(db, policeMember.id, { perspective: "partner", answers: cooperation });
      await buildInvolvementRecord(db, faithMember.id, { perspective: "lead", answers: coordination });
      await buildInvolvementRecord(db, faithMember.id, { perspective: "lead", round: "final", answers: collaboration });
      // Another rubric's type is not on the continuum and is left out.
      await buildInvolvementRecord(db, faithMember.id, {
        perspective: "partner",
        answers: { shared_decision_making: true },
        rubric: sharedDecisionRubric("report-other"),
      });
      // What the lead recorded about itself (an import keeps such rows) is in no share: every figure below leaves it out.
      await buildInvolvementRecord(db, partnerships.own.leadMembershipId, { perspective: "lead", answers: collaboration });
      await buildInvolvementRecord(db, partnerships.own.leadMembershipId, { perspective: "partner", answers: { proposal_copy: true } });
      // Foreign partnership (BAP): its police member.
      await buildInvolvementRecord(db, memberships.foreign.id, { perspective: "lead", answers: {} });
      await buildInvolvementRecord(db, memberships.foreign.id, { perspective: "partner", answers: { proposal_copy: true } });
      // A follow-up round over three partnerships, to narrow by program and region: CMP in Ontario and
      // in Québec, BAP in Ontario.
      const quebec = await buildPartnership(db, { programId: t.world.programs.own.id, name: "Quebec Partnership", region: "Québec" });
      const quebecMember = await buildMembership(db, quebec.id, police.id);
      await buildInvolvementRecord(db, memberships.own.id, { perspective: "lead", round: FOLLOWUP, answers: collaboration });
      await buildInvolvementRecord(db, quebecMember.id, { perspective: "lead", round: FOLLOWUP, answers: cooperation });
      await buildInvolvementRecord(db, quebecMember.id, { perspective: "partner", round: FOLLOWUP, answers: coordination });
      await buildInvolvementRecord(db, memberships.foreign.id, { perspective: "lead", round: FOLLOWUP, answers: coordination });
    });
    afterAll(() => t.close());

    it("counts types per program with shares of each group and a total row", async () => {
      const res = await t.as("admin").get("/api/v1/reports/typology?by=program&perspective=lead");
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        perspective: "lead",
        round: "baseline",
        filters: { program: null, region: null },
        groups: [
          { key: "BAP", label: "Business Action Program", total: 1, counts: { ...zero, none: 1 }, percent: { ...zero, none: 100 } },
          {
            key: "CMP",
            label: "Community Mobilization Program",
            total: 3,
            counts: { ...zero, coordination: 1, collaboration: 2 },
            percent: { ...zero, coordination: 33.3, collaboration: 66.7 },
          },
        ],
        total: {
          key: "total",
          label: "total",
          total: 4,
          counts: { ...zero, none: 1, coordination: 1, collaboration: 2 },
          percent: { ...zero, none: 25, coordination: 25, collaboration: 50 },
        },
        // The Québec partnership has records in the follow-up round only: it is counted as missing.
        partnershipsWithoutRecords: 1,
      });
    });

    it("groups by the member's sector, the partnership's region or the partnership, for the round asked", async () => {
      const bySector = (await t.as("admin").get("/api/v1/reports/typology?by=sector&perspective=partner")).json();
      expect(bySector.groups.map((group: { key: string; total: number }) => [group.key, group.total])).toEqual([
        ["police", 2],
        ["schools", 1],
      ]);
      expect(bySector.total.total).toBe(3);
      const byRegion = (await t.as("admin").get("/api/v1/reports/typology?by=region&perspective=lead&round=FINAL")).json();
      expect(byRegion).toMatchObject({ round: "final", groups: [{ key: "Ontario", total: 1, counts: { collaboration: 1 } }] });
      const byPartnership = (await t.as("admin").get("/api/v1/reports/typology?by=partnership&perspective=lead")).json();
      expect(byPartnership.groups.map((group: { key: string }) => group.key)).toEqual(["Foreign Partnership", "Own Partnership"]);
    });

    it("covers only the involvement records the caller may read: a partner, its own organization's", async () => {
      const officer = (await t.as("programOfficer").get("/api/v1/reports/typology?by=program&perspective=lead")).json();
      expect(officer.groups.map((group: { key: string }) => group.key)).toEqual(["CMP"]);
      expect(officer.total.total).toBe(3);
      const partner = (await t.as("partner").get("/api/v1/reports/typology?by=program&perspective=lead")).json();
      expect(partner.total).toMatchObject({ total: 1, counts: { collaboration: 1 } });
      const partnerTable = (await t.as("partner").get("/api/v1/reports/involvement")).json();
      expect(partnerTable.records).toEqual({ lead: 1, partner: 1 });
    });

    it("gives Table 1 with answered questions as the denominator and the gap in points", async () => {
      const res = await t.as("evaluator").get("/api/v1/reports/involvement?round=baseline");
      expect(res.statusCode, res.body).toBe(200);
      const report = res.json();
      expect(report.records).toEqual({ lead: 3, partner: 3 });
      expect(report.rule).toContain("not answered");
      const row = (key: string) => report.indicators.find((entry: { indicator: string }) => entry.indicator === key);
      expect(report.indicators).toHaveLength(13);
      expect(row("shared_decision_making")).toEqual({
        indicator: "shared_decision_making",
        lead: { yes: 2, answered: 2, percent: 100 },
        partner: { yes: 1, answered: 1, percent: 100 },
        gap: 0,
      });
      expect(row("proposal_copy")).toEqual({
        indicator: "proposal_copy",
        lead: { yes: 0, answered: 1, percent: 0 },
        partner: { yes: 0, answered: 1, percent: 0 },
        gap: 0,
      });
      expect(row("fiscal_management")).toMatchObject({
        lead: { answered: 0, percent: null },
        partner: { answered: 0, percent: null },
        gap: null,
      });
    });

    it("downloads the same figures as CSV and XLSX, named after the report", async () => {
      const csv = await t.as("admin").get("/api/v1/reports/typology?by=program&perspective=lead&format=csv");
      expect(csv.statusCode).toBe(200);
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.headers["content-disposition"]).toBe('attachment; filename="typology-by-program-lead-baseline.csv"');
      expect(csv.body.replace(/^\uFEFF/, "").split("\r\n")).toEqual([
        "program,total,none,consultation,cooperation,coordination,collaboration,none %,consultation %,cooperation %,coordination %,collaboration %",
        "BAP,1,1,0,0,0,0,100,0,0,0,0",
        "CMP,3,0,0,0,1,2,0,0,0,33.3,66.7",
        "total,4,1,0,0,1,2,25,0,0,25,50",
        "",
      ]);
      const xlsx = await t.as("admin").get("/api/v1/reports/involvement?format=xlsx");
      expect(xlsx.headers["content-disposition"]).toBe('attachment; filename="involvement-baseline.xlsx"');
      const [figures, notes] = await readXlsx(xlsx.rawPayload);
      expect(figures?.table.header).toEqual([
        "indicator",
        "lead yes",
        "lead answered",
        "lead %",
        "partner yes",
        "partner answered",
        "partner %",
        "gap (points)",
      ]);
      expect(figures?.table.rows).toHaveLength(13);
      expect(figures?.table.rows[10]?.values).toEqual(["shared_decision_making", "2", "2", "100", "1", "1", "100", "0"]);
      expect(notes?.table.rows.map((row) => row.values[0])).toEqual([
        "round",
        "program",
        "region",
        "lead records",
        "partner records",
        "rule",
      ]);
    });

    it("writes the headers of report files in the reader's language", async () => {
      const french = { "accept-language": "fr-CA" };
      const csv = await t
        .as("admin")
        .request({ method: "GET", url: "/api/v1/reports/typology?by=program&perspective=lead&format=csv", headers: french });
      expect(csv.body.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
        "programme,total,aucun,consultation,coopération,coordination,collaboration,aucun %,consultation %,coopération %,coordination %,collaboration %",
      );
      const xlsx = await t.as("admin").request({ method: "GET", url: "/api/v1/reports/involvement?format=xlsx", headers: french });
      const [figures, notes] = await readXlsx(xlsx.rawPayload);
      expect(figures?.table.header[0]).toBe("indicateur");
      expect(figures?.table.header.at(-1)).toBe("écart (points)");
      expect(notes?.table.rows[1]?.values).toEqual(["programme", "tous"]);
    });

    it("answers empty reports for a round with no records", async () => {
      const partnerships = Number(
        (
          await t.database.db
            .selectFrom("partnerships")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
      expect(partnerships).toBeGreaterThan(0);
      const report = (await t.as("admin").get("/api/v1/reports/typology?by=sector&perspective=lead&round=midterm")).json();
      expect(report).toEqual({
        perspective: "lead",
        round: "midterm",
        filters: { program: null, region: null },
        groups: [],
        total: { key: "total", label: "total", total: 0, counts: zero, percent: zero },
        partnershipsWithoutRecords: partnerships,
      });
      const table = (await t.as("admin").get("/api/v1/reports/involvement?round=midterm")).json();
      expect(table.records).toEqual({ lead: 0, partner: 0 });
    });

    it("narrowed to a program or a region, gives the figures of that group of the whole report", async () => {
      for (const by of ["program", "region"] as const) {
        const whole = (await t.as("admin").get(`/api/v1/reports/typology?by=${by}&perspective=lead&round=${FOLLOWUP}`)).json();
        expect(whole.groups.length).toBeGreaterThan(1);
        for (const group of whole.groups) {
          const value =
            by === "program"
              ? [t.world.programs.own, t.world.programs.foreign].find((program) => program.code === group.key)?.id
              : group.key;
          const res = await t
            .as("admin")
            .get(`/api/v1/reports/typology?by=${by}&perspective=lead&round=${FOLLOWUP}&${by}=${encodeURIComponent(String(value))}`);
          expect(res.statusCode, res.body).toBe(200);
          const narrowed = res.json();
          expect(narrowed.groups).toEqual([group]);
          expect(narrowed.total).toEqual({ ...group, key: "total", label: "total" });
        }
      }
    });

    it("combines a program and a region, and echoes both in the answer", async () => {
      const cmp = t.world.programs.own;
      const byPartnership = (
        await t.as("admin").get(`/api/v1/reports/typology?by=partnership&perspective=lead&round=${FOLLOWUP}&program=${cmp.id}`)
      ).json();
      expect(byPartnership.filters).toEqual({ program: { id: cmp.id, code: "CMP", name: "Community Mobilization Program" }, region: null });
      expect(byPartnership.groups.map((group: { key: string; total: number }) => [group.key, group.total])).toEqual([
        ["Own Partnership", 1],
        ["Quebec Partnership", 1],
      ]);
      const both = (
        await t
          .as("admin")
          .get(`/api/v1/reports/typology?by=partnership&perspective=lead&round=${FOLLOWUP}&program=${cmp.id}&region=Ontario`)
      ).json();
      expect(both.filters.region).toBe("Ontario");
      expect(both.groups.map((group: { key: string }) => group.key)).toEqual(["Own Partnership"]);
      const table = (
        await t
          .as("evaluator")
          .get(`/api/v1/reports/involvement?round=${FOLLOWUP}&program=${cmp.id}&region=${encodeURIComponent("Québec")}`)
      ).json();
      expect(table.filters).toEqual({ program: { id: cmp.id, code: "CMP", name: "Community Mobilization Program" }, region: "Québec" });
      expect(table.records).toEqual({ lead: 1, partner: 1 });
      const row = table.indicators.find((entry: { indicator: string }) => entry.indicator === "human_resources");
      expect(row).toMatchObject({ lead: { yes: 1, answered: 1 }, partner: { answered: 0 } });
      const whole = (await t.as("admin").get("/api/v1/reports/involvement?program=" + t.world.programs.foreign.id)).json();
      expect(whole.records).toEqual({ lead: 1, partner: 1 });
    });

    it("names the program and region in the file name and on the workbook's notes", async () => {
      const cmp = t.world.programs.own;
      const csv = await t.as("admin").get(`/api/v1/reports/typology?by=partnership&perspective=lead&program=${cmp.id}&format=csv`);
      expect(csv.headers["content-disposition"]).toBe('attachment; filename="typology-by-partnership-lead-baseline-CMP.csv"');
      const xlsx = await t
        .as("admin")
        .get(`/api/v1/reports/involvement?round=${FOLLOWUP}&program=${cmp.id}&region=${encodeURIComponent("Québec")}&format=xlsx`);
      expect(xlsx.headers["content-disposition"]).toBe(`attachment; filename="involvement-${FOLLOWUP}-CMP-quebec.xlsx"`);
      const [, notes] = await readXlsx(xlsx.rawPayload);
      expect(notes?.table.rows.slice(0, 3).map((row) => row.values)).toEqual([
        ["round", FOLLOWUP],
        ["program", "CMP (Community Mobilization Program)"],
        ["region", "Québec"],
      ]);
    });

    it("answers not found for a program the caller does not follow or that does not exist, and names a malformed one", async () => {
      const foreign = await t
        .as("programOfficer")
        .get(`/api/v1/reports/typology?by=program&perspective=lead&program=${t.world.programs.foreign.id}`);
      expect(foreign.statusCode).toBe(404);
      const foreignTable = await t.as("evaluator").get(`/api/v1/reports/involvement?program=${t.world.programs.foreign.id}`);
      expect(foreignTable.statusCode).toBe(404);
      const partner = await t.as("partner").get(`/api/v1/reports/involvement?program=${t.world.programs.foreign.id}`);
      expect(partner.statusCode).toBe(404);
      expect((await t.as("partner").get(`/api/v1/reports/involvement?program=${t.world.programs.own.id}`)).statusCode).toBe(200);
      const unknown = await t.as("admin").get("/api/v1/reports/involvement?program=00000000-0000-4000-8000-000000000000");
      expect(unknown.statusCode).toBe(404);
      const malformed = await t.as("admin").get("/api/v1/reports/typology?by=program&perspective=lead&program=CMP");
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.details).toEqual([{ field: "program", message: "must be a valid identifier" }]);
    });

    it("names the parameter that is missing or wrong", async () => {
      const missing = await t.as("admin").get("/api/v1/reports/typology?perspective=lead");
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.details).toEqual([{ field: "by", message: "must be program, region, sector or partnership" }]);
      const wrong = await t.as("admin").get("/api/v1/reports/typology?by=program&perspective=funder&format=pdf");
      expect(
        wrong
          .json()
          .error.details.map((detail: { field: string }) => detail.field)
          .sort(),
      ).toEqual(["format", "perspective"]);
    });
  });
}
