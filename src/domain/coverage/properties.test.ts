import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FOCUS_ISSUES, PRIORITY_GROUPS, SECTORS, type Sector } from "../vocabulary.js";
import { AXIS_STAGES, DEFAULT_SECTOR_STAGES, STAGE_TYPICAL_SECTORS, type AxisStage } from "./axis.js";
import { computeCoverage } from "./coverage.js";
import { DEFAULT_COMPOSITION } from "./default-composition.js";
import { sectorEvenness } from "./evenness.js";
import type { CoverageMember } from "./members.js";

const TODAY = "2026-05-01";
const sector = fc.constantFrom<Sector>(...SECTORS);
const stage = fc.constantFrom<AxisStage>(...AXIS_STAGES);
const date = fc.constantFrom(null, "2025-06-30", TODAY, "2026-05-02", "2027-01-01");

const memberArb: fc.Arbitrary<CoverageMember> = fc
  .record({
    sector,
    hasCrimePreventionMandate: fc.boolean(),
    isNewPartner: fc.boolean(),
    isCritic: fc.boolean(),
    axisStages: fc.option(fc.uniqueArray(stage), { nil: null }),
    leftOn: date,
    name: fc.string({ maxLength: 8 }),
  })
  .map((fields) => ({ ...fields, membershipId: "", isLead: false, organizationId: "", joinedOn: null }));
const members = fc.array(memberArb, { maxLength: 25 }).map((list) => list.map((entry, index) => ({ ...entry, membershipId: `m${index}`, organizationId: `o${index}` })));
const focus = fc.record({
  priorityGroups: fc.uniqueArray(fc.constantFrom(...PRIORITY_GROUPS)),
  focusIssues: fc.uniqueArray(fc.constantFrom(...FOCUS_ISSUES)),
});

describe("coverage properties", () => {
  it("keeps the evenness between 0 and 1", () => {
    fc.assert(
      fc.property(fc.array(sector, { maxLength: 60 }), (sectors) => {
        const { index } = sectorEvenness(sectors);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("does not depend on the order members are given in", () => {
    fc.assert(
      fc.property(members, focus, (list, f) => {
        const forward = computeCoverage(list, DEFAULT_COMPOSITION, f, TODAY);
        const backward = computeCoverage([...list].reverse(), DEFAULT_COMPOSITION, f, TODAY);
        expect(backward).toEqual(forward);
      }),
      { numRuns: 300 },
    );
  });

  it("never loses a filled seat or a covered stage when a member joins", () => {
    fc.assert(
      fc.property(members, memberArb, focus, (list, extra, f) => {
        const before = computeCoverage(list, DEFAULT_COMPOSITION, f, TODAY);
        const after = computeCoverage([...list, { ...extra, membershipId: "new", organizationId: "new" }], DEFAULT_COMPOSITION, f, TODAY);
        for (const key of after.missing.required) expect(before.missing.required).toContain(key);
        for (const empty of after.axis.empty) expect(before.axis.empty).toContain(empty);
      }),
      { numRuns: 300 },
    );
  });

  it("counts former members nowhere", () => {
    fc.assert(
      fc.property(members, focus, (list, f) => {
        const coverage = computeCoverage(list, DEFAULT_COMPOSITION, f, TODAY);
        const current = list.filter((entry) => entry.leftOn === null || entry.leftOn > TODAY);
        expect(coverage.members).toHaveLength(current.length);
        expect(coverage.formerMemberCount).toBe(list.length - current.length);
        expect(coverage.balance.memberCount).toBe(current.length);
        expect(coverage.newPartners.total).toBe(current.length);
      }),
      { numRuns: 300 },
    );
  });

  it("suggests for each stage only sectors that cover it by default", () => {
    for (const entry of AXIS_STAGES) {
      for (const suggested of STAGE_TYPICAL_SECTORS[entry]) expect(DEFAULT_SECTOR_STAGES[suggested]).toContain(entry);
    }
  });
});
