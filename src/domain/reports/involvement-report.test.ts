import { describe, expect, it } from "vitest";
import { PROJECT_INDICATOR_KEYS } from "../typology/indicators.js";
import { emptyTally, involvementRows, type PerspectiveTally } from "./involvement-report.js";

function tally(records: number, answers: Partial<Record<(typeof PROJECT_INDICATOR_KEYS)[number], [number, number]>>): PerspectiveTally {
  const base = emptyTally();
  for (const [key, [yes, answered]] of Object.entries(answers)) {
    const indicator = PROJECT_INDICATOR_KEYS.find((candidate) => candidate === key);
    if (indicator) base.indicators[indicator] = { yes, answered };
  }
  return { ...base, records };
}

describe("involvementRows", () => {
  it("lists the 13 indicators in the order of the study's Table 1, lead and partner side by side, with the gap", () => {
    const lead = tally(53, { proposal_copy: [39, 53], reporting_results: [19, 53] });
    const partner = tally(66, { proposal_copy: [37, 66], reporting_results: [31, 65] });
    const rows = involvementRows(lead, partner);
    expect(rows.map((row) => row.indicator)).toEqual([...PROJECT_INDICATOR_KEYS]);
    expect(rows[0]).toEqual({
      indicator: "proposal_copy",
      lead: { yes: 39, answered: 53, percent: 73.6 },
      partner: { yes: 37, answered: 66, percent: 56.1 },
      gap: 17.5,
    });
    expect(rows[12]).toMatchObject({ lead: { percent: 35.8 }, partner: { percent: 47.7 }, gap: -11.9 });
  });

  it("has no share and no gap for an indicator nobody answered from one side", () => {
    const rows = involvementRows(tally(4, { support_letter: [2, 4] }), tally(3, { support_letter: [0, 0] }));
    expect(rows[1]).toEqual({
      indicator: "support_letter",
      lead: { yes: 2, answered: 4, percent: 50 },
      partner: { yes: 0, answered: 0, percent: null },
      gap: null,
    });
  });
});
