import { describe, expect, it } from "vitest";
import type { Composition } from "./composition.js";
import { computeCoverage } from "./coverage.js";
import { DEFAULT_COMPOSITION } from "./default-composition.js";
import { FULL_TABLE, member, withStages } from "../../../test/support/coverage-members.js";
import { isCurrentMember, withLead } from "./members.js";

const TODAY = "2026-05-01";
const YOUTH = { priorityGroups: ["youth"] as const, focusIssues: ["youth_violence"] as const };
const slotOf = (coverage: ReturnType<typeof computeCoverage>, key: string) => coverage.slots.find((slot) => slot.key === key);

describe("slots present and missing", () => {
  it("fills every seat of the default composition with one member per seat, a youth organization and a critic", () => {
    const members = [...FULL_TABLE.map((sector) => member(sector)), member("youth_organizations", { isCritic: true })];
    const coverage = computeCoverage(members, DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(coverage.missing).toEqual({ required: [], optional: [] });
    expect(coverage.slots.every((slot) => slot.present)).toBe(true);
  });

  it("names the missing seats and the members filling the others", () => {
    const police = member("police", { name: "City Police" });
    const court = member("courts", { name: "Youth Court" });
    const probation = member("corrections_probation", { name: "Probation Office" });
    const coverage = computeCoverage([police, court, probation], DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(coverage.missing.required).toEqual(["schools", "health", "social_services", "municipality", "faith", "business_security", "community", "most_affected"]);
    expect(coverage.missing.optional).toEqual(["critic"]);
    expect(slotOf(coverage, "police")?.members.map((ref) => ref.name)).toEqual(["City Police"]);
    // Either sector fills the justice seat; both are listed, by name.
    expect(slotOf(coverage, "justice")).toMatchObject({ present: true, sectors: ["courts", "corrections_probation"] });
    expect(slotOf(coverage, "justice")?.members.map((ref) => ref.name)).toEqual(["Probation Office", "Youth Court"]);
  });

  it("fills the critic seat only with a membership flagged as a critic", () => {
    const critic = member("community_residents", { isCritic: true, name: "Tenants' Union" });
    const coverage = computeCoverage([member("police"), critic], DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(slotOf(coverage, "critic")).toMatchObject({ present: true, sectors: [], members: [{ name: "Tenants' Union" }] });
    expect(slotOf(computeCoverage([member("police")], DEFAULT_COMPOSITION, YOUTH, TODAY), "critic")?.present).toBe(false);
  });

  it("draws the most-affected seat from the partnership's priority groups and issues", () => {
    const focus = { priorityGroups: ["youth", "indigenous_people"] as const, focusIssues: ["youth_violence"] as const };
    const coverage = computeCoverage([member("youth_organizations")], DEFAULT_COMPOSITION, focus, TODAY);
    const seat = slotOf(coverage, "most_affected");
    expect(seat?.present).toBe(false);
    expect(seat?.fill).toBe("partly");
    expect(seat?.sectors).toEqual(["youth_organizations", "indigenous_organizations"]);
    expect(seat?.groups.map((group) => [group.key, group.present, group.reasons.map((reason) => reason.key)])).toEqual([
      ["youth_organizations", true, ["youth", "youth_violence"]],
      ["indigenous_organizations", false, ["indigenous_people"]],
    ]);
  });

  it("assumes the community at large when the partnership names no group or issue", () => {
    const coverage = computeCoverage([member("community_residents")], DEFAULT_COMPOSITION, { priorityGroups: [], focusIssues: ["other"] }, TODAY);
    expect(coverage.affected).toMatchObject([{ key: "community_residents", assumed: true, present: true }]);
  });

  it("follows a program's own composition", () => {
    const text = { en: "Seat", fr: "Siège" };
    const own: Composition = { slots: [{ kind: "sectors", key: "researchers", label: text, why: text, required: true, sectors: ["research"] }] };
    const coverage = computeCoverage([member("police")], own, YOUTH, TODAY);
    expect(coverage.slots.map((slot) => slot.key)).toEqual(["researchers"]);
    expect(coverage.missing.required).toEqual(["researchers"]);
  });
});

describe("current members", () => {
  it("counts a member until the day it leaves, and one that has not joined yet", () => {
    expect(isCurrentMember({ leftOn: null }, TODAY)).toBe(true);
    expect(isCurrentMember({ leftOn: "2026-05-02" }, TODAY)).toBe(true);
    expect(isCurrentMember({ leftOn: TODAY }, TODAY)).toBe(false);
    expect(isCurrentMember({ leftOn: "2025-12-31" }, TODAY)).toBe(false);
  });

  it("leaves former members out of every measure", () => {
    const gone = member("police", { leftOn: "2026-02-01", isCritic: true, hasCrimePreventionMandate: false, isNewPartner: true });
    const future = member("schools", { joinedOn: "2026-09-01" });
    const coverage = computeCoverage([gone, future], DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(coverage.members.map((entry) => entry.sector)).toEqual(["schools"]);
    expect(coverage.formerMemberCount).toBe(1);
    expect(slotOf(coverage, "police")?.present).toBe(false);
    expect(slotOf(coverage, "critic")?.present).toBe(false);
    expect(coverage.axis.empty).toEqual(["intervention", "enforcement", "reentry"]);
    expect(coverage.balance.counts).toEqual([{ sector: "schools", count: 1 }]);
    expect(coverage.nonTraditional).toEqual({ count: 0, total: 1, share: 0 });
    expect(coverage.newPartners).toEqual({ count: 0, total: 1, share: 0 });
  });
});

describe("the prevention / intervention / enforcement / re-entry axis", () => {
  it("reads what members do from their sectors", () => {
    const coverage = computeCoverage([member("schools", { name: "School Board" }), member("courts", { name: "Court" })], DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(coverage.axis.stages.map((entry) => [entry.stage, entry.members.map((ref) => `${ref.name}:${ref.source}`)])).toEqual([
      ["prevention", ["School Board:sector"]],
      ["intervention", []],
      ["enforcement", ["Court:sector"]],
      ["reentry", ["Court:sector"]],
    ]);
    expect(coverage.axis.empty).toEqual(["intervention"]);
  });

  it("lets a membership override its sector, even to cover nothing", () => {
    const chapel = withStages("faith", ["reentry", "intervention"]);
    const police = withStages("police", []);
    const coverage = computeCoverage([chapel, police], DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(coverage.members.find((entry) => entry.sector === "faith")).toMatchObject({ stages: ["intervention", "reentry"], stagesSource: "membership" });
    expect(coverage.axis.empty).toEqual(["prevention", "enforcement"]);
  });
});

describe("balance and partner shares", () => {
  it("reports the evenness with its formula and the raw counts", () => {
    const coverage = computeCoverage([member("police"), member("police"), member("schools")], DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(coverage.balance).toMatchObject({ sectorsPresent: 2, memberCount: 3, counts: [{ sector: "police", count: 2 }, { sector: "schools", count: 1 }] });
    expect(coverage.balance.formula).toMatch(/^J = H \/ ln\(S\)/);
    expect(coverage.balance.index).toBeGreaterThan(0);
  });

  it("counts non-traditional partners (no crime-prevention mandate) and new partners", () => {
    const members = [
      member("police"),
      member("faith", { hasCrimePreventionMandate: false, isNewPartner: true }),
      member("business", { hasCrimePreventionMandate: false }),
      member("schools", { isNewPartner: true, hasCrimePreventionMandate: false }),
    ];
    const coverage = computeCoverage(members, DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(coverage.nonTraditional).toEqual({ count: 3, total: 4, share: 0.75 });
    expect(coverage.newPartners).toEqual({ count: 2, total: 4, share: 0.5 });
    expect(computeCoverage([], DEFAULT_COMPOSITION, YOUTH, TODAY).newPartners).toEqual({ count: 0, total: 0, share: 0 });
  });
});

describe("the lead organization", () => {
  const city = { organizationId: "o-city", name: "Riverton City Hall", sector: "municipal_government" as const, hasCrimePreventionMandate: false };

  it("sits at the table first, fills its sector's seat and covers its stages, but is not counted among the partners", () => {
    const members = withLead([member("police", { name: "Riverton Police", isNewPartner: true }), member("faith", { name: "Grace Church", hasCrimePreventionMandate: false })], city);
    const coverage = computeCoverage(members, DEFAULT_COMPOSITION, YOUTH, TODAY);
    expect(coverage.members.map((entry) => [entry.name, entry.isLead, entry.membershipId])).toEqual([
      ["Riverton City Hall", true, null],
      ["Grace Church", false, expect.any(String)],
      ["Riverton Police", false, expect.any(String)],
    ]);
    expect(slotOf(coverage, "municipality")).toMatchObject({ present: true, members: [{ name: "Riverton City Hall", isLead: true, membershipId: null }] });
    expect(coverage.axis.stages.find((entry) => entry.stage === "prevention")?.members.map((ref) => ref.name)).toContain("Riverton City Hall");
    expect(coverage.balance.sectorsPresent).toBe(3);
    expect(coverage.nonTraditional).toEqual({ count: 1, total: 2, share: 0.5 });
    expect(coverage.newPartners).toEqual({ count: 1, total: 2, share: 0.5 });
  });

  it("is counted once when it is also listed as a member", () => {
    const listed = member("municipal_government", { organizationId: city.organizationId, name: city.name });
    const members = withLead([listed, member("schools")], city);
    expect(members).toHaveLength(2);
    expect(members.find((entry) => entry.organizationId === city.organizationId)).toMatchObject({ isLead: true, membershipId: listed.membershipId });
    expect(computeCoverage(members, DEFAULT_COMPOSITION, YOUTH, TODAY).newPartners.total).toBe(1);
  });
});

describe("how full a seat is", () => {
  it("is filled, empty, or partly filled when some members sit in a seat that asks for more", () => {
    const focus = { priorityGroups: ["youth", "indigenous_people"] as const, focusIssues: [] };
    const fills = (members: ReturnType<typeof member>[]) =>
      Object.fromEntries(computeCoverage(members, DEFAULT_COMPOSITION, focus, TODAY).slots.map((slot) => [slot.key, slot.fill]));
    expect(fills([])).toMatchObject({ most_affected: "empty", police: "empty" });
    expect(fills([member("youth_organizations"), member("police")])).toMatchObject({ most_affected: "partly", police: "filled" });
    expect(fills([member("youth_organizations"), member("indigenous_organizations")])).toMatchObject({ most_affected: "filled" });
  });
});
