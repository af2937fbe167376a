import { describe, expect, it } from "vitest";
import { compareRole, differs, INTENDED_ROLES, typologyTypeOf } from "./roles.js";

describe("intended roles beside measured types", () => {
  it("stands communication for the typology's lowest type, consultation, and every other role for its namesake", () => {
    expect(INTENDED_ROLES.map(typologyTypeOf)).toEqual(["consultation", "cooperation", "coordination", "collaboration"]);
  });

  it("matches each role with the type that stands for it", () => {
    for (const role of INTENDED_ROLES) expect(compareRole(role, typologyTypeOf(role))).toBe("matches");
  });

  it("says a member meant to collaborate that measures as cooperating falls below", () => {
    expect(compareRole("collaboration", "cooperation")).toBe("below");
    expect(compareRole("collaboration", "none")).toBe("below");
    expect(compareRole("communication", "none")).toBe("below");
  });

  it("says a member meant to communicate that measures as coordinating goes beyond", () => {
    expect(compareRole("communication", "coordination")).toBe("above");
    expect(compareRole("cooperation", "collaboration")).toBe("above");
  });

  it("orders every pair of roles the way the continuum does", () => {
    INTENDED_ROLES.forEach((intended, i) => {
      INTENDED_ROLES.forEach((other, j) => {
        const expected = i === j ? "matches" : j < i ? "below" : "above";
        expect(compareRole(intended, typologyTypeOf(other))).toBe(expected);
      });
    });
  });

  it("tells apart no measurement and a type from another typology", () => {
    expect(compareRole("cooperation", null)).toBe("unmeasured");
    expect(compareRole("cooperation", "consultative")).toBe("notComparable");
  });

  it("flags only a measured type other than the one meant", () => {
    expect(differs("below")).toBe(true);
    expect(differs("above")).toBe(true);
    expect(differs("matches")).toBe(false);
    expect(differs("unmeasured")).toBe(false);
    expect(differs("notComparable")).toBe(false);
  });
});
