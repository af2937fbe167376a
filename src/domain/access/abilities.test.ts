import { describe, expect, it } from "vitest";
import { ROLES } from "../vocabulary.js";
import { ABILITIES, auditReachesOf, globalAbilitiesOf } from "./abilities.js";

describe("the abilities table", () => {
  it.each(ROLES)("lets %s open the audit trail exactly when its audit reach takes in some trail", (role) => {
    const { partnerships, organizations } = auditReachesOf(role);
    expect(globalAbilitiesOf(role).readAudit).toBe(partnerships !== "none" || organizations !== "none");
  });

  it("gives the outbox and user management to administrators only", () => {
    const holders = (ability: "manageMail" | "manageUsers") => ROLES.filter((role) => ABILITIES[role].global[ability]);
    expect(holders("manageMail")).toEqual(["admin"]);
    expect(holders("manageUsers")).toEqual(["admin"]);
  });

  it("reads the audit trail of every partnership for administrators, of assigned programs for officers, of coordinated ones for coordinators", () => {
    expect(ROLES.map((role) => [role, auditReachesOf(role).partnerships])).toEqual([
      ["admin", "all"],
      ["program_officer", ["assignedPrograms"]],
      ["coordinator", ["coordinated"]],
      ["partner", "none"],
      ["evaluator", "none"],
    ]);
  });
});
