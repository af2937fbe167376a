import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp, clientFor } from "../../../../test/support/app.js";
import { buildCommitment, type CommitmentMove } from "../../../../test/support/accountability-factories.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildUser, tokenFor } from "../../../../test/support/factories.js";
import { addDays } from "../../../domain/attention/attention.js";
import { AXIS_STAGES } from "../../../domain/coverage/axis.js";
import { readXlsx } from "../../files/xlsx.js";

const D = "2026-06-15";
const none = { pledged: 0, delivered: 0 };
const zero = { pledged: 0, delivered: 0, withdrawn: 0, open: 0, overdue: 0, dueSoon: 0, onTime: 0, late: 0, slipped: 0, keptRate: null };
const noAxis = { prevention: none, intervention: none, enforcement: none, reentry: none };

const memberFigures = {
  pledged: 4,
  delivered: 2,
  withdrawn: 0,
  open: 2,
  overdue: 1,
  dueSoon: 1,
  onTime: 1,
  late: 1,
  slipped: 1,
  keptRate: 33.3,
  axis: { ...noAxis, prevention: { pledged: 3, delivered: 1 }, intervention: { pledged: 1, delivered: 1 } },
};
const leadFigures = {
  pledged: 4,
  delivered: 0,
  withdrawn: 1,
  open: 3,
  overdue: 1,
  dueSoon: 1,
  onTime: 0,
  late: 0,
  slipped: 0,
  keptRate: 0,
  axis: {
    ...noAxis,
    prevention: { pledged: 2, delivered: 0 },
    intervention: { pledged: 1, delivered: 0 },
    enforcement: { pledged: 1, delivered: 0 },
  },
};
const ownFigures = {
  pledged: 8,
  delivered: 2,
  withdrawn: 1,
  open: 5,
  overdue: 2,
  dueSoon: 2,
  onTime: 1,
  late: 1,
  slipped: 1,
  keptRate: 25,
  axis: {
    prevention: { pledged: 5, delivered: 1 },
    intervention: { pledged: 2, delivered: 1 },
    enforcement: { pledged: 1, delivered: 0 },
    reentry: none,
  },
};
const otherFigures = {
  ...zero,
  pledged: 1,
  delivered: 1,
  onTime: 1,
  keptRate: 100,
  axis: { ...noAxis, reentry: { pledged: 1, delivered: 1 } },
};

for (const dialect of DIALECTS) {
  describe(`accountability on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let other: Awaited<ReturnType<typeof buildPartnership>>;
    let outsider: ReturnType<typeof clientFor>;
    let mixed: Awaited<ReturnType<typeof buildPartnership>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      const db = t.database.db;
      const { partnerships, organizations } = t.world;
      const own = partnerships.own.id;
      const member = organizations.ownMember.id;
      const lead = organizations.ownLead.id;
      const pledge = (
        organizationId: string,
        description: string,
        fields: { axis?: (typeof AXIS_STAGES)[number]; pledgedOn: string; dueOn: string; moves?: CommitmentMove[] },
      ) => buildCommitment(db, { partnershipId: own, organizationId, description, ...fields });
      await pledge(member, "Delivered early", {
        pledgedOn: "2026-02-01",
        dueOn: "2026-05-01",
        moves: [{ to: "delivered", on: "2026-04-30" }],
      });
      await pledge(member, "Slipped then delivered", {
        axis: "intervention",
        pledgedOn: "2026-02-01",
        dueOn: "2026-05-01",
        moves: [
          { to: "in_progress", on: "2026-03-01" },
          { to: "slipped", on: "2026-04-20", dueOn: "2026-06-01" },
          { to: "delivered", on: "2026-06-01" },
        ],
      });
      await pledge(member, "Due yesterday", { pledgedOn: "2026-03-01", dueOn: "2026-06-14" });
      await pledge(member, "Due today", { pledgedOn: "2026-03-01", dueOn: D });
      await pledge(lead, "Withdrawn once overdue", {
        axis: "enforcement",
        pledgedOn: "2026-01-15",
        dueOn: "2026-04-01",
        moves: [{ to: "withdrawn", on: "2026-05-10" }],
      });
      await pledge(lead, "Pledged on the day, due in a week", { pledgedOn: D, dueOn: "2026-06-22" });
      await pledge(lead, "Pledged after the day", { pledgedOn: "2026-06-16", dueOn: "2026-07-01" });
      await pledge(lead, "Due in eight days", { axis: "intervention", pledgedOn: "2026-04-01", dueOn: "2026-06-23" });
      await pledge(lead, "Delivered after the day", {
        pledgedOn: "2026-01-10",
        dueOn: "2026-03-01",
        moves: [{ to: "delivered", on: "2026-06-20" }],
      });

      other = await buildPartnership(db, { programId: t.world.programs.own.id, name: "Other Partnership" });
      await buildCommitment(db, {
        partnershipId: other.id,
        organizationId: other.leadOrganizationId,
        axis: "reentry",
        pledgedOn: "2026-02-01",
        dueOn: "2026-03-01",
        moves: [{ to: "delivered", on: "2026-03-01" }],
      });
      await buildCommitment(db, {
        partnershipId: partnerships.foreign.id,
        organizationId: organizations.foreignMember.id,
        axis: "enforcement",
        pledgedOn: "2026-02-01",
        dueOn: "2026-07-01",
      });
      const lonely = await buildOrganization(db);
      outsider = clientFor(t.app, await tokenFor(db, (await buildUser(db, { role: "partner", organizationId: lonely.id })).id));

      // A partnership with many commitments in every state, to check the report's statement against the view's figures.
      mixed = await buildPartnership(db, { programId: t.world.programs.foreign.id, name: "Mixed Partnership" });
      const second = await buildOrganization(db);
      await buildMembership(db, mixed.id, second.id);
      let seed = 7;
      const next = (n: number) => {
        seed = (seed * 48271) % 2147483647;
        return seed % n;
      };
      for (let index = 0; index < 40; index += 1) {
        const pledgedOn = addDays("2026-01-01", next(150));
        const dueOn = addDays(pledgedOn, next(60));
        const moves: CommitmentMove[] = [];
        let due = dueOn;
        let on = pledgedOn;
        for (let slip = next(3); slip > 0; slip -= 1) {
          on = addDays(on, next(30));
          due = addDays(due, 1 + next(30));
          moves.push({ to: "slipped", on, dueOn: due });
        }
        const end = next(3);
        if (end === 1) moves.push({ to: "delivered", on: addDays(on, next(60)) });
        if (end === 2) moves.push({ to: "withdrawn", on: addDays(on, next(60)) });
        await buildCommitment(db, {
          partnershipId: mixed.id,
          organizationId: index % 2 === 0 ? second.id : mixed.leadOrganizationId,
          axis: AXIS_STAGES[next(4)] ?? "prevention",
          pledgedOn,
          dueOn,
          moves,
          withoutSlipEvents: index % 7 === 0,
        });
      }
    });
    afterAll(() => t.close());

    it("counts per program as of a day, in the administrator's whole scope", async () => {
      const res = await t.as("admin").get(`/api/v1/reports/accountability?by=program&asOf=${D}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.asOf).toBe(D);
      expect(body.by).toBe("program");
      const cmp = body.groups.find((group: { key: string }) => group.key === "CMP");
      expect(cmp).toEqual({
        key: "CMP",
        program: "CMP",
        pledged: 9,
        delivered: 3,
        withdrawn: 1,
        open: 5,
        overdue: 2,
        dueSoon: 2,
        onTime: 2,
        late: 1,
        slipped: 1,
        keptRate: 40,
        axis: { ...ownFigures.axis, reentry: { pledged: 1, delivered: 1 } },
      });
      expect(body.groups.map((group: { key: string }) => group.key)).toEqual(["BAP", "CMP"]);
    });

    it("counts per member with the partnership and organization, and a total", async () => {
      const res = await t.as("coordinator").get(`/api/v1/reports/accountability?by=member&asOf=${D}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        asOf: D,
        by: "member",
        groups: [
          {
            key: `${t.world.partnerships.own.id}/${t.world.organizations.ownLead.id}`,
            program: "CMP",
            partnership: "Own Partnership",
            organization: "Own Lead Agency",
            ...leadFigures,
          },
          {
            key: `${t.world.partnerships.own.id}/${t.world.organizations.ownMember.id}`,
            program: "CMP",
            partnership: "Own Partnership",
            organization: "Own Member School Board",
            ...memberFigures,
          },
        ],
        total: ownFigures,
      });
    });

    it("shows a program officer and an evaluator their programs' partnerships, and a partner its own", async () => {
      const own = { key: t.world.partnerships.own.id, program: "CMP", partnership: "Own Partnership", ...ownFigures };
      const others = { key: other.id, program: "CMP", partnership: "Other Partnership", ...otherFigures };
      for (const who of ["programOfficer", "evaluator"] as const) {
        const res = await t.as(who).get(`/api/v1/reports/accountability?by=partnership&asOf=${D}`);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().groups).toEqual([others, own]);
      }
      const partner = await t.as("partner").get(`/api/v1/reports/accountability?by=partnership&asOf=${D}`);
      expect(partner.json().groups).toEqual([own]);
    });

    it("shows a user with no partnership nothing", async () => {
      const res = await outsider.get(`/api/v1/reports/accountability?by=member&asOf=${D}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ asOf: D, by: "member", groups: [], total: { ...zero, axis: noAxis } });
      expect((await outsider.get(`/api/v1/partnerships/${t.world.partnerships.own.id}/accountability`)).statusCode).toBe(404);
    });

    it("narrows to a program or a partnership, and finds none outside the caller's scope", async () => {
      const byProgram = await t
        .as("admin")
        .get(`/api/v1/reports/accountability?by=program&asOf=${D}&program=${t.world.programs.foreign.id}`);
      expect(byProgram.json().groups.map((group: { key: string }) => group.key)).toEqual(["BAP"]);
      expect(byProgram.json().groups[0].pledged).toBe(41);
      const byPartnership = await t.as("programOfficer").get(`/api/v1/reports/accountability?by=member&asOf=${D}&partnership=${other.id}`);
      expect(byPartnership.json().total).toEqual(otherFigures);
      const foreignProgram = await t
        .as("programOfficer")
        .get(`/api/v1/reports/accountability?by=program&program=${t.world.programs.foreign.id}`);
      expect(foreignProgram.statusCode).toBe(404);
      const foreignPartnership = await t.as("partner").get(`/api/v1/reports/accountability?by=program&partnership=${other.id}`);
      expect(foreignPartnership.statusCode).toBe(404);
    });

    it("takes a program by its code and a partnership by its name, as the command does, within the caller's scope", async () => {
      const byId = (await t.as("admin").get(`/api/v1/reports/accountability?by=member&asOf=${D}&partnership=${other.id}`)).json();
      const byName = await t
        .as("admin")
        .get(`/api/v1/reports/accountability?by=member&asOf=${D}&program=CMP&partnership=${encodeURIComponent(other.name.toUpperCase())}`);
      expect(byName.statusCode, byName.body).toBe(200);
      expect(byName.json()).toEqual(byId);
      const byCode = await t.as("admin").get(`/api/v1/reports/accountability?by=program&asOf=${D}&program=bap`);
      expect(byCode.json().groups.map((group: { key: string }) => group.key)).toEqual(["BAP"]);
      // The partner does not read that partnership: its name finds nothing, as its id does.
      expect(
        (await t.as("partner").get(`/api/v1/reports/accountability?by=program&partnership=${encodeURIComponent(other.name)}`)).statusCode,
      ).toBe(404);
      expect((await t.as("admin").get(`/api/v1/reports/accountability?by=program&program=NOPE`)).statusCode).toBe(404);
      // The same name in two programs: the program tells them apart.
      await buildPartnership(t.database.db, { programId: t.world.programs.foreign.id, name: other.name });
      const ambiguous = await t.as("admin").get(`/api/v1/reports/accountability?by=program&partnership=${encodeURIComponent(other.name)}`);
      expect(ambiguous.statusCode).toBe(400);
      expect(ambiguous.json().error.details[0].field).toBe("partnership");
      const narrowed = await t
        .as("admin")
        .get(`/api/v1/reports/accountability?by=member&asOf=${D}&program=CMP&partnership=${encodeURIComponent(other.name)}`);
      expect(narrowed.json()).toEqual(byId);
    });

    it("refuses a day that is not a date and a grouping it does not know, naming the field", async () => {
      const badDay = await t.as("admin").get("/api/v1/reports/accountability?by=member&asOf=2026-02-30");
      expect(badDay.statusCode).toBe(400);
      expect(badDay.body).toContain("asOf");
      const badBy = await t.as("admin").get("/api/v1/reports/accountability?by=region");
      expect(badBy.statusCode).toBe(400);
      expect(badBy.body).toContain("by");
    });

    it("reads a past day as it stood then: the due date then in force, deliveries not yet made", async () => {
      const res = await t.as("partner").get("/api/v1/reports/accountability?by=member&asOf=2026-05-31");
      const member = res.json().groups.find((group: { organization: string }) => group.organization === "Own Member School Board");
      // Slipped on 20 April to 1 June: open, due within the week, and come due against its original date.
      expect(member).toMatchObject({
        pledged: 4,
        delivered: 1,
        open: 3,
        overdue: 0,
        dueSoon: 1,
        onTime: 1,
        late: 0,
        slipped: 1,
        keptRate: 50,
      });
      const before = await t.as("partner").get("/api/v1/reports/accountability?by=member&asOf=2026-04-25");
      const then = before.json().groups.find((group: { organization: string }) => group.organization === "Own Member School Board");
      // The early delivery (due 1 May) is due within the week; the slipped one is not, being due 1 June by then.
      expect(then).toMatchObject({ pledged: 4, delivered: 0, open: 4, dueSoon: 1, overdue: 0, slipped: 1 });
    });

    it("gives the same figures in the report's statement as in the partnership's view, on any day", async () => {
      for (const day of ["2026-01-01", "2026-02-14", "2026-03-31", "2026-05-20", "2026-07-04", "2026-09-30", "2027-01-01"]) {
        const report = await t.as("admin").get(`/api/v1/reports/accountability?by=member&asOf=${day}&partnership=${mixed.id}`);
        const view = await t.as("admin").get(`/api/v1/partnerships/${mixed.id}/accountability?asOf=${day}`);
        expect(view.statusCode, view.body).toBe(200);
        const { trend: _trend, ...total } = view.json().total;
        expect(report.json().total, day).toEqual(total);
        const members = view.json().members.filter((entry: { pledged: number }) => entry.pledged > 0);
        expect(report.json().groups.map((group: { organization: string; pledged: number }) => [group.organization, group.pledged])).toEqual(
          members.map((entry: { organization: { name: string }; pledged: number }) => [entry.organization.name, entry.pledged]),
        );
      }
    });

    it("shows one partnership's overdue items, members, trends and uncovered stages", async () => {
      const res = await t.as("partner").get(`/api/v1/partnerships/${t.world.partnerships.own.id}/accountability?asOf=${D}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.partnership).toEqual({
        id: t.world.partnerships.own.id,
        name: "Own Partnership",
        program: { id: t.world.programs.own.id, code: "CMP", name: "Community Mobilization Program" },
      });
      expect(
        body.overdue.map((item: { description: string; currentDueOn: string; daysOverdue: number }) => [
          item.description,
          item.currentDueOn,
          item.daysOverdue,
        ]),
      ).toEqual([
        ["Delivered after the day", "2026-03-01", 106],
        ["Due yesterday", "2026-06-14", 1],
      ]);
      expect(body.overdue[0].organization).toEqual({ id: t.world.organizations.ownLead.id, name: "Own Lead Agency" });
      expect(body.members.map((entry: { organization: { name: string } }) => entry.organization.name)).toEqual([
        "Own Lead Agency",
        "Own Member School Board",
      ]);
      const { trend, organization: _organization, ...school } = body.members[1];
      expect(school).toEqual(memberFigures);
      expect(trend).toHaveLength(12);
      expect(trend[11]).toEqual({ month: "2026-06", asOf: D, figures: memberFigures });
      expect(trend[10].asOf).toBe("2026-05-31");
      expect(trend[10].figures).toMatchObject({ delivered: 1, open: 3, keptRate: 50 });
      expect(trend[0]).toEqual({ month: "2025-07", asOf: "2025-07-31", figures: { ...zero, axis: noAxis } });
      const { trend: totalTrend, ...total } = body.total;
      expect(total).toEqual(ownFigures);
      expect(totalTrend).toHaveLength(12);
      expect(body.axis.uncovered).toEqual(["enforcement", "reentry"]);
      expect(body.axis.stages[0]).toEqual({ stage: "prevention", pledged: 5, delivered: 1, open: 4, covered: true });
    });

    it("answers not found for a partnership outside the caller's scope", async () => {
      for (const who of ["partner", "coordinator", "programOfficer", "evaluator"] as const) {
        expect((await t.as(who).get(`/api/v1/partnerships/${t.world.partnerships.foreign.id}/accountability`)).statusCode).toBe(404);
      }
      expect((await t.as("programOfficer").get(`/api/v1/partnerships/${other.id}/accountability`)).statusCode).toBe(200);
      expect((await t.as("coordinator").get(`/api/v1/partnerships/${other.id}/accountability`)).statusCode).toBe(404);
    });

    it("downloads the report as CSV and XLSX, with the header in the reader's language", async () => {
      const csv = await t.as("coordinator").get(`/api/v1/reports/accountability?by=partnership&asOf=${D}&format=csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.headers["content-disposition"]).toBe(`attachment; filename="accountability-by-partnership-${D}.csv"`);
      expect(csv.body.replace(/^\uFEFF/, "").split("\r\n")).toEqual([
        "key,program,partnership,pledged,delivered,withdrawn,open,overdue,due within 7 days,on time,late,slipped,kept on time %," +
          "prevention pledged,prevention delivered,intervention pledged,intervention delivered,enforcement pledged,enforcement delivered,re-entry pledged,re-entry delivered",
        `${t.world.partnerships.own.id},CMP,Own Partnership,8,2,1,5,2,2,1,1,1,25,5,1,2,1,1,0,0,0`,
        "total,,,8,2,1,5,2,2,1,1,1,25,5,1,2,1,1,0,0,0",
        "",
      ]);
      const xlsx = await t.as("coordinator").request({
        method: "GET",
        url: `/api/v1/reports/accountability?by=member&asOf=${D}&format=xlsx`,
        headers: { "accept-language": "fr" },
      });
      expect(xlsx.statusCode).toBe(200);
      const [sheet] = await readXlsx(xlsx.rawPayload);
      expect(sheet?.table.header.slice(0, 6)).toEqual(["clé", "programme", "partenariat", "organisme", "engagés", "réalisés"]);
      expect(sheet?.table.rows.map((row) => row.values.slice(3, 5))).toEqual([
        ["Own Lead Agency", "4"],
        ["Own Member School Board", "4"],
        ["", "8"],
      ]);
      expect(sheet?.table.rows[1]?.values[13]).toBe("33.3");
    });
  });
}
