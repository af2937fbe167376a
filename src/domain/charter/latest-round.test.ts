import { describe, expect, it } from "vitest";
import { compareRounds, latestTypes } from "./latest-round.js";

describe("the latest round", () => {
  it("orders the usual rounds as they happen and the others after them by name", () => {
    const rounds = ["year-2", "final", "baseline", "followup", "midterm"];
    expect([...rounds].sort(compareRounds)).toEqual(["baseline", "midterm", "final", "followup", "year-2"]);
  });

  it("keeps, per membership and perspective, the type of its latest round", () => {
    const latest = latestTypes([
      { membershipId: "a", perspective: "lead", round: "midterm", type: "coordination" },
      { membershipId: "a", perspective: "lead", round: "baseline", type: "cooperation" },
      { membershipId: "a", perspective: "partner", round: "baseline", type: "consultation" },
      { membershipId: "b", perspective: "partner", round: "final", type: "collaboration" },
      { membershipId: "b", perspective: "partner", round: "midterm", type: "none" },
    ]);
    expect(latest.get("a")).toEqual({
      lead: { round: "midterm", type: "coordination" },
      partner: { round: "baseline", type: "consultation" },
    });
    expect(latest.get("b")).toEqual({ partner: { round: "final", type: "collaboration" } });
    expect(latest.get("c")).toBeUndefined();
  });
});
