import { describe, expect, it } from "vitest";
import { addDays, attentionItems, isFundingEnding, type PartnershipFacts } from "./attention.js";

const TODAY = "2026-12-01";
const quiet: Omit<PartnershipFacts, "id" | "name"> = { emptyRequiredSeats: [], wideGaps: 0, missingPartnerViews: 0, fundingEndDate: null };
const seat = { key: "police", label: { en: "Police", fr: "Police" } };

describe("attention items", () => {
  it("lists nothing for a partnership with every seat filled, no wide gap, every view in and funding far off", () => {
    expect(attentionItems([{ id: "a", name: "Calm", ...quiet, fundingEndDate: "2028-01-01" }], TODAY)).toEqual([]);
  });

  it("lists the most pressing kind first, then partnerships by name, funding by the nearest end", () => {
    const items = attentionItems(
      [
        { id: "z", name: "Zeta", ...quiet, wideGaps: 1, fundingEndDate: addDays(TODAY, 10) },
        { id: "b", name: "Beta", ...quiet, missingPartnerViews: 3, emptyRequiredSeats: [seat], fundingEndDate: addDays(TODAY, 90) },
        { id: "a", name: "Alpha", ...quiet, wideGaps: 2 },
      ],
      TODAY,
    );
    expect(items.map((item) => [item.kind, item.partnership.name, item.count])).toEqual([
      ["empty_required_seats", "Beta", 1],
      ["wide_gaps", "Alpha", 2],
      ["wide_gaps", "Zeta", 1],
      ["missing_partner_views", "Beta", 3],
      ["funding_ending", "Zeta", 1],
      ["funding_ending", "Beta", 1],
    ]);
    expect(items[0]?.seats).toEqual([seat]);
  });

  it("flags funding that ends from today to 90 days from now, not before nor after", () => {
    expect(isFundingEnding(TODAY, TODAY)).toBe(true);
    expect(isFundingEnding(addDays(TODAY, 90), TODAY)).toBe(true);
    expect(isFundingEnding(addDays(TODAY, 91), TODAY)).toBe(false);
    expect(isFundingEnding(addDays(TODAY, -1), TODAY)).toBe(false);
    expect(isFundingEnding(null, TODAY)).toBe(false);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});
