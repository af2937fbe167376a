import { describe, expect, it } from "vitest";
import { accountabilityAddressChanges, typologyAddressChanges } from "./report-address.js";

describe("the reports' address changes", () => {
  it("write only the field that changed, so a quick second change keeps the first", () => {
    expect(typologyAddressChanges({ round: "baseline" })).toEqual({ round: null });
    expect(typologyAddressChanges({ by: "partnership" })).toEqual({ by: "partnership" });
    expect(typologyAddressChanges({ region: "Ontario" })).toEqual({ region: "Ontario" });
    expect(accountabilityAddressChanges({ asOf: "2026-03-31" })).toEqual({ asOf: "2026-03-31" });
  });

  it("leave a default or a cleared filter out of the address", () => {
    expect(typologyAddressChanges({ by: "program", perspective: "lead", program: undefined })).toEqual({
      by: null,
      perspective: null,
      program: null,
    });
    expect(typologyAddressChanges({ round: "midterm", perspective: "partner" })).toEqual({ round: "midterm", perspective: "partner" });
    expect(accountabilityAddressChanges({ by: "program", program: undefined })).toEqual({ group: null, program: null });
    expect(accountabilityAddressChanges({ by: "member" })).toEqual({ group: "member" });
  });
});
