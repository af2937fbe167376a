import { describe, expect, it } from "vitest";
import { contactCreateSchema } from "../../contracts/contacts.js";
import { membershipCreateSchema } from "../../contracts/memberships.js";
import { organizationCreateSchema } from "../../contracts/organizations.js";
import { partnershipCreateSchema } from "../../contracts/partnerships.js";
import { programCreateSchema } from "../../contracts/programs.js";
import { GOVERNMENT_LEVELS, SECTORS } from "../../domain/vocabulary.js";
import { newId } from "../ids.js";
import { buildDemoRows, emailFor } from "./build.js";
import { DEMO_PORTFOLIO } from "./portfolio/index.js";
import { DEMO_REGIONS } from "./portfolio/types.js";
import { dayOfMonth, endOfTerm, monthsBefore } from "./dates.js";

const today = new Date("2026-11-22T12:00:00Z");
const todayText = "2026-11-22";
let counter = 0;
const rows = buildDemoRows(DEMO_PORTFOLIO, { today, at: "2026-11-22T12:00:00.000Z", passwordHash: "hash", newId: () => `id-${++counter}` });

describe("demo calendar", () => {
  it("moves by whole months and clamps the day", () => {
    expect(dayOfMonth(today, -2, 1)).toBe("2026-09-01");
    expect(dayOfMonth(today, 3, 31)).toBe("2027-02-28");
    expect(monthsBefore(today, 12)).toBe("2025-11-22");
    expect(endOfTerm("2026-01-01", 12)).toBe("2026-12-31");
    expect(endOfTerm("2025-03-01", 24)).toBe("2027-02-28");
  });
});

describe("demo portfolio", () => {
  it("has the four programs, 60 to 80 organizations and about a dozen partnerships", () => {
    expect(rows.programs.map((program) => program.code).sort()).toEqual(["BAP", "CMP", "CPIF", "CPPP"]);
    expect(rows.organizations.length).toBeGreaterThanOrEqual(60);
    expect(rows.organizations.length).toBeLessThanOrEqual(80);
    expect(rows.partnerships.length).toBeGreaterThanOrEqual(10);
    expect(rows.partnerships.length).toBeLessThanOrEqual(15);
  });

  it("covers every sector, every government level, both languages, every program and every region", () => {
    expect(new Set(rows.organizations.map((org) => org.sector))).toEqual(new Set(SECTORS));
    expect(new Set(rows.organizations.map((org) => org.government_level).filter((level) => level !== null))).toEqual(
      new Set(GOVERNMENT_LEVELS),
    );
    expect(new Set(rows.contacts.map((contact) => contact.preferred_language))).toEqual(new Set(["en", "fr"]));
    expect(new Set(rows.partnerships.map((partnership) => partnership.program_id))).toEqual(
      new Set(rows.programs.map((program) => program.id)),
    );
    expect(new Set(rows.partnerships.map((partnership) => partnership.region))).toEqual(new Set(DEMO_REGIONS));
    expect(new Set(rows.partnerships.map((partnership) => partnership.status))).toEqual(
      new Set(["planning", "active", "completed", "suspended"]),
    );
  });

  it("keeps organization names unique within a sector, as the registry requires", () => {
    const keys = rows.organizations.map((org) => `${org.sector}/${org.name_key}`);
    expect(new Set(keys).size).toBe(keys.length);
    const handKeys = DEMO_PORTFOLIO.organizations.map((org) => org.key);
    expect(new Set(handKeys).size).toBe(handKeys.length);
  });

  it("gives every organization one or two contacts with fictional addresses and numbers", () => {
    const perOrganization = new Map<string, number>();
    for (const contact of rows.contacts) {
      perOrganization.set(contact.organization_id, (perOrganization.get(contact.organization_id) ?? 0) + 1);
      expect(contact.email).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+@[a-z0-9.-]+\.example\.(ca|org)$/);
      expect(contact.phone).toMatch(/^\(\d{3}\) 555-01\d\d$/);
      if (contact.verified_on) expect(contact.verified_on <= todayText).toBe(true);
    }
    expect(perOrganization.size).toBe(rows.organizations.length);
    expect(Math.min(...perOrganization.values())).toBeGreaterThanOrEqual(1);
    expect(Math.max(...perOrganization.values())).toBeLessThanOrEqual(2);
    expect(emailFor("Jean-François Beaudry", "x.example.ca")).toBe("jean-francois.beaudry@x.example.ca");
    expect(emailFor("Maureen O'Neill", "x.example.org")).toBe("maureen.oneill@x.example.org");
  });

  it("gives each partnership its lead as a member and three to eight partners, each represented by one of its contacts", () => {
    for (const partnership of rows.partnerships) {
      const members = rows.memberships.filter((membership) => membership.partnership_id === partnership.id);
      const partners = members.filter((m) => m.organization_id !== partnership.lead_organization_id);
      expect(partners.length, partnership.name).toBeGreaterThanOrEqual(3);
      expect(partners.length, partnership.name).toBeLessThanOrEqual(8);
      expect(new Set(members.map((m) => m.organization_id)).size).toBe(members.length);
      const lead = members.filter((m) => m.organization_id === partnership.lead_organization_id);
      expect(lead, partnership.name).toHaveLength(1);
      expect(lead[0]?.origin, "the lead did not come in: it has no origin").toBeNull();
      for (const membership of members) {
        const contact = rows.contacts.find((c) => c.id === membership.representative_contact_id);
        expect(contact?.organization_id).toBe(membership.organization_id);
      }
    }
    expect(rows.memberships.some((m) => m.is_new_partner === 1)).toBe(true);
    expect(new Set(rows.memberships.map((m) => m.origin))).toEqual(
      new Set([null, "lead_approached", "partner_approached", "inter_agency"]),
    );
  });

  it("answers the checklist for the partners only, never for the lead about itself", () => {
    const leadMemberships = new Set(
      rows.memberships
        .filter((m) => rows.partnerships.some((p) => p.id === m.partnership_id && p.lead_organization_id === m.organization_id))
        .map((m) => m.id),
    );
    expect(leadMemberships.size).toBe(rows.partnerships.length);
    expect(rows.involvementRecords.filter((record) => leadMemberships.has(record.membership_id))).toEqual([]);
  });

  it("dates each partnership in line with its status", () => {
    for (const p of rows.partnerships) {
      const [start, end, funding] = [p.start_date ?? "", p.end_date ?? "", p.funding_end_date ?? ""];
      expect(start < end && funding <= end, p.name).toBe(true);
      if (p.status === "planning") expect(start > todayText, p.name).toBe(true);
      if (p.status === "completed") expect(end < todayText, p.name).toBe(true);
      if (p.status === "active" || p.status === "suspended") expect(start <= todayText && end >= todayText, p.name).toBe(true);
      for (const m of rows.memberships.filter((membership) => membership.partnership_id === p.id)) {
        expect((m.joined_on ?? "") <= todayText, `${p.name} member joined in the future`).toBe(true);
        if (m.left_on) expect(m.left_on > (m.joined_on ?? "") && m.left_on <= end).toBe(true);
      }
    }
  });

  it("has one account per role, all with the shared password hash", () => {
    expect(rows.users.map((user) => user.role).sort()).toEqual(["admin", "coordinator", "evaluator", "partner", "program_officer"]);
    expect(rows.users.every((user) => user.password_hash === "hash")).toBe(true);
    const byRole = (role: string) => rows.users.find((user) => user.role === role);
    expect(byRole("admin")?.email).toBe("admin@convene.example");
    expect(rows.userPrograms.filter((a) => a.user_id === byRole("program_officer")?.id)).toHaveLength(2);
    expect(rows.userPrograms.filter((a) => a.user_id === byRole("evaluator")?.id)).toHaveLength(4);
    expect(rows.coordinators.filter((a) => a.user_id === byRole("coordinator")?.id)).toHaveLength(2);
    const partnerOrganization = byRole("partner")?.organization_id;
    const coordinated = new Set(rows.coordinators.map((a) => a.partnership_id));
    expect(rows.memberships.some((m) => m.organization_id === partnerOrganization && coordinated.has(m.partnership_id))).toBe(true);
  });

  it("is made only of records the API itself would accept", () => {
    const real = buildDemoRows(DEMO_PORTFOLIO, { today, at: "2026-11-22T12:00:00.000Z", passwordHash: "hash", newId });
    const problems: string[] = [];
    const check = (label: string, result: { success: boolean; error?: { message: string } }) => {
      if (!result.success) problems.push(`${label}: ${result.error?.message}`);
    };
    for (const p of real.programs) {
      check(p.code, programCreateSchema.safeParse({ code: p.code, name: p.name, nameFr: p.name_fr, description: p.description }));
    }
    for (const o of real.organizations) {
      check(
        o.name,
        organizationCreateSchema.safeParse({
          name: o.name,
          sector: o.sector,
          governmentLevel: o.government_level,
          hasCrimePreventionMandate: o.has_crime_prevention_mandate === 1,
          website: o.website,
          notes: o.notes,
        }),
      );
    }
    for (const c of real.contacts) {
      check(
        c.name,
        contactCreateSchema.safeParse({
          name: c.name,
          title: c.title,
          email: c.email,
          phone: c.phone,
          preferredLanguage: c.preferred_language,
          verifiedOn: c.verified_on,
        }),
      );
    }
    for (const p of real.partnerships) {
      check(
        p.name,
        partnershipCreateSchema.safeParse({
          name: p.name,
          programId: p.program_id,
          leadOrganizationId: p.lead_organization_id,
          region: p.region,
          priorityGroups: JSON.parse(p.priority_groups ?? "[]"),
          focusIssues: JSON.parse(p.focus_issues ?? "[]"),
          startDate: p.start_date,
          endDate: p.end_date,
          fundingEndDate: p.funding_end_date,
          status: p.status,
          description: p.description,
        }),
      );
    }
    for (const m of real.memberships) {
      check(
        m.id,
        membershipCreateSchema.safeParse({
          organizationId: m.organization_id,
          joinedOn: m.joined_on,
          leftOn: m.left_on,
          representativeContactId: m.representative_contact_id,
          origin: m.origin,
          isNewPartner: m.is_new_partner === 1,
          notes: m.notes,
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  it("refuses a portfolio that refers to an organization it does not define", () => {
    const broken = {
      ...DEMO_PORTFOLIO,
      accounts: [{ email: "x@convene.example", name: "X", role: "partner" as const, organization: "nowhere" }],
    };
    expect(() => buildDemoRows(broken, { today, at: "", passwordHash: "", newId: () => `id-${++counter}` })).toThrow(
      /unknown organization "nowhere"/,
    );
  });
});
