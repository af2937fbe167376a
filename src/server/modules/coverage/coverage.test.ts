import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sector } from "../../../domain/vocabulary.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildOrganization, buildPartnership } from "../../../../test/support/factories.js";
import { newId, now } from "../../ids.js";
import { getCoverage } from "./service.js";

type Slot = { key: string; present: boolean; members: { name: string; isLead: boolean }[] };
type Stage = { stage: string; members: { name: string; source: string }[] };

for (const dialect of DIALECTS) {
  describe(`membership coverage on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    /** A member organization of the sector, with the membership details coverage reads. */
    async function addMember(
      partnershipId: string,
      sector: Sector,
      options: { name?: string; mandate?: boolean; isNew?: boolean; leftOn?: string | null; critic?: boolean } = {},
    ) {
      const organization = await buildOrganization(t.database.db, { name: options.name, sector, mandate: options.mandate ?? true });
      const id = newId();
      const at = now();
      await t.database.db
        .insertInto("memberships")
        .values({
          id,
          partnership_id: partnershipId,
          organization_id: organization.id,
          joined_on: "2026-01-15",
          left_on: options.leftOn ?? null,
          representative_contact_id: null,
          origin: null,
          is_new_partner: options.isNew ? 1 : 0,
          is_critic: options.critic ? 1 : 0,
          notes: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return { id, name: organization.name };
    }

    it("compares a partnership's members with the default composition", async () => {
      const res = await t.as("coordinator").get(`/api/v1/partnerships/${t.world.partnerships.own.id}/coverage`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ partnershipId: t.world.partnerships.own.id, programId: t.world.programs.own.id, composition: { isDefault: true, updatedAt: null } });
      expect(body.asOf).toBe(new Date().toISOString().slice(0, 10));
      // The lead organization is a member marked as the lead: it fills its sector's seat.
      expect(body.members.map((member: { name: string; isLead: boolean; membershipId: string | null }) => [member.name, member.isLead, member.membershipId === null])).toEqual([
        ["Own Lead Agency", true, false],
        ["Own Member School Board", false, false],
      ]);
      expect(body.slots.find((slot: Slot) => slot.key === "schools")).toMatchObject({ present: true, members: [{ name: "Own Member School Board", isLead: false }] });
      expect(body.slots.find((slot: Slot) => slot.key === "municipality")).toMatchObject({ present: true, members: [{ name: "Own Lead Agency", isLead: true, membershipId: t.world.partnerships.own.leadMembershipId }] });
      expect(body.missing.required).toContain("police");
      expect(body.affectedGroups).toMatchObject([{ key: "youth_organizations", present: false, reasons: [{ source: "priority_group", key: "youth" }, { source: "focus_issue", key: "youth_violence" }] }]);
      expect(body.balance).toMatchObject({ sectorsPossible: 18, sectorsPresent: 2, range: { min: 0, max: 1 } });
      expect(body.balance.counts).toEqual(expect.arrayContaining([{ sector: "schools", count: 1 }, { sector: "municipal_government", count: 1 }]));
      expect(body.balance.index).toBeCloseTo(Math.log(2) / Math.log(18), 4);
      expect(body.newPartners).toEqual({ count: 0, total: 1, share: 0 });
      expect(body.balance.formula).toContain("J = H / ln(S)");
      expect(body.checklist.map((item: { question: string; answer: string }) => [item.question, item.answer])).toEqual([
        ["most_affected", "no"],
        ["stake", "partly"],
        ["skills", "partly"],
      ]);
    });

    it("counts only current members, reads critics and recorded stages, and reports shares", async () => {
      const lead = await buildOrganization(t.database.db, { name: "Harbour City Hall", sector: "municipal_government", mandate: false });
      const partnership = await buildPartnership(t.database.db, { programId: t.world.programs.own.id, leadOrganizationId: lead.id, name: "Coverage Partnership" });
      const police = await addMember(partnership.id, "police", { name: "Harbour Police" });
      await addMember(partnership.id, "courts", { name: "Old Court", leftOn: "2026-03-01" });
      await addMember(partnership.id, "faith", { name: "St. Mark's", mandate: false, isNew: true, leftOn: "2026-12-31" });
      await addMember(partnership.id, "community_residents", { name: "Tenants' Union", mandate: false, critic: true });
      await addMember(partnership.id, "youth_organizations", { name: "Youth Hub", isNew: true });
      // Recorded through the membership route, as the web app does.
      const patched = await t.as("admin").patch(`/api/v1/partnerships/${partnership.id}/members/${police.id}`, { axisStages: ["reentry", "enforcement"] });
      expect(patched.json()).toMatchObject({ axisStages: ["enforcement", "reentry"], isCritic: false });

      const body = (await t.as("admin").get(`/api/v1/partnerships/${partnership.id}/coverage?asOf=2026-06-01`)).json();
      expect(body.asOf).toBe("2026-06-01");
      expect(body.members.map((member: { name: string }) => member.name)).toEqual(["Harbour City Hall", "Harbour Police", "St. Mark's", "Tenants' Union", "Youth Hub"]);
      expect(body.formerMemberCount).toBe(1);
      expect(body.slots.find((slot: Slot) => slot.key === "critic")).toMatchObject({ present: true, members: [{ name: "Tenants' Union" }] });
      expect(body.slots.find((slot: Slot) => slot.key === "justice").present).toBe(false);
      expect(body.affectedGroups[0].present).toBe(true);
      expect(body.axis.stages.map((entry: Stage) => [entry.stage, entry.members.map((member) => `${member.name}:${member.source}`)])).toEqual([
        ["prevention", ["Harbour City Hall:sector", "St. Mark's:sector", "Tenants' Union:sector", "Youth Hub:sector"]],
        ["intervention", ["Youth Hub:sector"]],
        ["enforcement", ["Harbour Police:membership"]],
        ["reentry", ["Harbour Police:membership", "St. Mark's:sector"]],
      ]);
      // The shares are of the partners: the lead, without a crime-prevention mandate itself, is not among them.
      expect(body.nonTraditional).toEqual({ count: 2, total: 4, share: 0.5 });
      expect(body.newPartners).toEqual({ count: 2, total: 4, share: 0.5 });
      expect(body.balance.index).toBeCloseTo(Math.log(5) / Math.log(18), 4);

      const later = (await t.as("admin").get(`/api/v1/partnerships/${partnership.id}/coverage?asOf=2027-01-01`)).json();
      expect(later.members).toHaveLength(4);
      expect(later.newPartners).toEqual({ count: 1, total: 3, share: 0.3333 });
    });

    it("follows the composition the program wrote", async () => {
      const program = t.world.programs.foreign.id;
      const text = { en: "Researchers", fr: "Chercheurs" };
      const put = await t.as("admin").put(`/api/v1/programs/${program}/composition`, {
        slots: [{ kind: "sectors", key: "research", label: text, why: text, required: true, sectors: ["research"] }],
      });
      expect(put.statusCode).toBe(200);
      const body = (await t.as("admin").get(`/api/v1/partnerships/${t.world.partnerships.foreign.id}/coverage`)).json();
      expect(body.composition.isDefault).toBe(false);
      expect(body.slots.map((slot: Slot) => slot.key)).toEqual(["research"]);
      expect(body.checklist[1].gaps[0].text.en).toBe('No member fills the seat "Researchers"; look for a research partner.');
      expect((await t.as("admin").delete(`/api/v1/programs/${program}/composition`)).statusCode).toBe(204);
    });

    it("answers in two queries however many members there are", async () => {
      const partnership = await buildPartnership(t.database.db, { programId: t.world.programs.own.id });
      const actor = { userId: t.world.users.programOfficer.id, email: t.world.users.programOfficer.email, name: "Officer", role: "program_officer" as const, organizationId: null, locale: "en" as const };
      const queriesFor = async () => {
        let queries = 0;
        // transformResult runs once per executed statement; transformQuery also sees subqueries.
        const counter: KyselyPlugin = {
          transformQuery: (args) => args.node,
          transformResult: async (args) => {
            queries += 1;
            return args.result;
          },
        };
        await getCoverage(t.database.db.withPlugin(counter), actor, partnership.id, {});
        return queries;
      };
      await addMember(partnership.id, "police");
      expect(await queriesFor()).toBe(2);
      for (let index = 0; index < 20; index += 1) await addMember(partnership.id, index % 2 === 0 ? "schools" : "faith");
      expect(await queriesFor()).toBe(2);
    });

    it("keeps other partnerships' coverage out of reach", async () => {
      const foreign = `/api/v1/partnerships/${t.world.partnerships.foreign.id}/coverage`;
      for (const who of ["programOfficer", "evaluator", "coordinator", "partner"] as const) expect((await t.as(who).get(foreign)).statusCode).toBe(404);
      expect((await t.as("partner").get(`/api/v1/partnerships/${t.world.partnerships.own.id}/coverage`)).statusCode).toBe(200);
      expect((await t.as("admin").get("/api/v1/partnerships/01890000-0000-7000-8000-000000000000/coverage")).statusCode).toBe(404);
    });

    it("names the asOf parameter when it is not a date", async () => {
      const res = await t.as("admin").get(`/api/v1/partnerships/${t.world.partnerships.own.id}/coverage?asOf=tomorrow`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([{ field: "asOf", message: "must be a date in the form YYYY-MM-DD" }]);
    });
  });
}
