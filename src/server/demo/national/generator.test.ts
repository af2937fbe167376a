// The generator's pure parts: exact totals, answers that classify as intended, the study's skews.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PARTNERSHIP_STUDY_RUBRIC } from "../../../domain/typology/built-in-rubrics.js";
import { classify } from "../../../domain/typology/classify.js";
import { answersFor } from "./answers.js";
import { LEVELS } from "./distributions.js";
import { planNationalPortfolio, type NationalSize } from "./plan.js";
import { idMaker, seededRandom } from "./random.js";
import { recordMaker } from "./records.js";
import { apportion, MAX_MEMBERS, membershipSizes, MIN_MEMBERS, organizationsPerRegion } from "./sizes.js";

const TODAY = new Date("2026-11-22T12:00:00Z");
const SMALL: NationalSize = { partnerships: 400, organizations: 3_200, memberships: 4_800 };

function plan(seed: number, size = SMALL) {
  const newId = idMaker(seededRandom(seed, "ids"), Date.UTC(2026, 10, 22));
  return {
    newId,
    plan: planNationalPortfolio({ random: seededRandom(seed, "structure"), newId, today: TODAY, at: "2026-11-22T12:00:00.000Z" }, size),
  };
}

function records(seed: number, size = SMALL) {
  const { newId, plan: portfolio } = plan(seed, size);
  const make = recordMaker(seededRandom(seed, "answers"), newId, "2026-11-22T12:00:00.000Z");
  return portfolio.members.flatMap(make);
}

function shares(rows: { type: string }[]) {
  const result = { none: 0, consultation: 0, cooperation: 0, coordination: 0, collaboration: 0 };
  for (const level of LEVELS) result[level] = rows.filter((row) => row.type === level).length / rows.length;
  return result;
}

describe("national portfolio generator", () => {
  it("splits totals exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        },
      ),
    );
    const random = seededRandom(1);
    const sizes = membershipSizes(random.next, 5_000, 60_000);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(60_000);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_MEMBERS);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_MEMBERS);
    expect(organizationsPerRegion(100, [90, 10], [5, 30])).toEqual([70, 30]);
    expect(() => organizationsPerRegion(10, [1, 1], [6, 6])).toThrow(RangeError);
  });

  it("lays out the asked counts, each partnership led by a member, each member once per partnership", () => {
    const { plan: portfolio } = plan(7);
    expect(portfolio.programs.map((program) => program.code)).toEqual(["CPPP", "CMP", "BAP", "CPIF"]);
    expect([portfolio.partnerships.length, portfolio.organizations.length, portfolio.memberships.length]).toEqual([400, 3_200, 4_800]);
    expect(new Set(portfolio.partnerships.map((row) => row.region)).size).toBe(13);
    const pairs = new Set(portfolio.memberships.map((row) => `${row.partnership_id} ${row.organization_id}`));
    expect(pairs.size).toBe(portfolio.memberships.length);
    for (const partnership of portfolio.partnerships) expect(pairs.has(`${partnership.id} ${partnership.lead_organization_id}`)).toBe(true);
    const names = new Set(portfolio.organizations.map((row) => `${row.sector} ${row.name_key}`));
    expect(names.size).toBe(portfolio.organizations.length);
    expect(new Set(portfolio.partnerships.map((row) => row.name_key)).size).toBe(portfolio.partnerships.length);
  });

  it("gives the same portfolio for the same seed and another for another seed", () => {
    const tiny = { partnerships: 40, organizations: 320, memberships: 480 };
    expect(plan(11, tiny).plan).toEqual(plan(11, tiny).plan);
    expect(records(11, tiny)).toEqual(records(11, tiny));
    expect(plan(12).plan.organizations[0]?.name).not.toBe(plan(11).plan.organizations[0]?.name);
  });

  it("makes answers the built-in rubric classifies as the level asked for", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(...LEVELS),
        fc.constantFrom("lead" as const, "partner" as const),
        (seed, level, perspective) => {
          expect(classify(answersFor(seededRandom(seed), perspective, level), PARTNERSHIP_STUDY_RUBRIC).type).toBe(level);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("skews the lead's view to collaboration (Table 3) and the partner's to coordination (Table 4), closer at the end than at baseline", () => {
    const all = records(3);
    // Every member but the 400 leads, from both views, in both rounds.
    expect(all).toHaveLength(4 * (4_800 - 400));
    const of = (perspective: string, round: string) => shares(all.filter((row) => row.perspective === perspective && row.round === round));
    const leadFinal = of("lead", "final");
    const partnerFinal = of("partner", "final");
    expect(leadFinal.collaboration).toBeGreaterThan(0.6);
    expect(Math.max(...Object.values(partnerFinal))).toBe(partnerFinal.coordination);
    expect(partnerFinal.none).toBeGreaterThan(0.05);
    expect(of("lead", "baseline").collaboration).toBeLessThan(leadFinal.collaboration);
    // A few questions are left unanswered, which leaves the type as it is and the record incomplete.
    const incomplete = all.filter((row) => row.complete === 0).length / all.length;
    expect(incomplete).toBeGreaterThan(0.05);
    expect(incomplete).toBeLessThan(0.6);
  });
});
