import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMUNICATION_CHANNELS } from "./channels.js";
import { pairsOf } from "./pairs.js";
import { isBoundToOwnOrganization, isTooLate, partyProblems } from "./parties.js";

const members = new Set(["a", "b", "c"]);

describe("the parties to a contact", () => {
  it("accepts two or more distinct members", () => {
    expect(partyProblems({ organizationIds: ["a", "b"], memberIds: members, mustInclude: null })).toEqual([]);
    expect(partyProblems({ organizationIds: ["c", "a", "b"], memberIds: members, mustInclude: "c" })).toEqual([]);
  });

  it("names each party that is not a member, by its place in the list", () => {
    expect(partyProblems({ organizationIds: ["a", "x", "b", "y"], memberIds: members, mustInclude: null })).toEqual([
      { kind: "notMember", index: 1 },
      { kind: "notMember", index: 3 },
    ]);
  });

  it("refuses a single party, and the same party twice counts once", () => {
    expect(partyProblems({ organizationIds: ["a"], memberIds: members, mustInclude: null })).toEqual([{ kind: "tooFew" }]);
    expect(partyProblems({ organizationIds: ["a", "a"], memberIds: members, mustInclude: null })).toEqual([
      { kind: "listedTwice", index: 1 },
      { kind: "tooFew" },
    ]);
  });

  it("binds a partner to contacts its own organization took part in", () => {
    expect(partyProblems({ organizationIds: ["a", "b"], memberIds: members, mustInclude: "c" })).toEqual([
      { kind: "ownOrganizationMissing" },
    ]);
  });

  it("finds no problem exactly when the list is two or more distinct members that include the bound organization", () => {
    const ids = fc.array(fc.constantFrom("a", "b", "c", "x"), { maxLength: 5 });
    fc.assert(
      fc.property(ids, fc.option(fc.constantFrom("a", "b", "c")), (organizationIds, mustInclude) => {
        const ok =
          new Set(organizationIds).size === organizationIds.length &&
          organizationIds.length >= 2 &&
          organizationIds.every((id) => members.has(id)) &&
          (mustInclude === null || organizationIds.includes(mustInclude));
        expect(partyProblems({ organizationIds, memberIds: members, mustInclude }).length === 0).toBe(ok);
      }),
    );
  });

  it("takes a date up to tomorrow and refuses one later", () => {
    expect(isTooLate("2026-03-01", "2026-03-01")).toBe(false);
    expect(isTooLate("2026-03-02", "2026-03-01")).toBe(false);
    expect(isTooLate("2026-03-03", "2026-03-01")).toBe(true);
    expect(isTooLate("2027-01-01", "2026-12-31")).toBe(false);
    expect(isTooLate("2025-01-01", "2026-12-31")).toBe(false);
  });

  it("binds only a role whose reach is its own organization alone", () => {
    expect(isBoundToOwnOrganization(["ownOrganization"])).toBe(true);
    expect(isBoundToOwnOrganization(["coordinated"])).toBe(false);
    expect(isBoundToOwnOrganization(["coordinated", "ownOrganization"])).toBe(false);
    expect(isBoundToOwnOrganization("all")).toBe(false);
    expect(isBoundToOwnOrganization("none")).toBe(false);
  });
});

describe("the log read as pairs", () => {
  it("counts each pair of parties once per contact, with its channels", () => {
    expect(
      pairsOf([
        { channel: "phone", organizationIds: ["b", "a"] },
        { channel: "email", organizationIds: ["a", "b", "c"] },
        { channel: "phone", organizationIds: ["a", "b"] },
      ]),
    ).toEqual([
      { a: "a", b: "b", count: 3, channels: ["email", "phone"] },
      { a: "a", b: "c", count: 1, channels: ["email"] },
      { a: "b", b: "c", count: 1, channels: ["email"] },
    ]);
  });

  it("makes n(n-1)/2 pairs of each contact", () => {
    const contact = fc.record({
      channel: fc.constantFrom(...COMMUNICATION_CHANNELS),
      organizationIds: fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e"), { minLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 8 }), (contacts) => {
        const total = pairsOf(contacts).reduce((sum, pair) => sum + pair.count, 0);
        expect(total).toBe(contacts.reduce((sum, c) => sum + (c.organizationIds.length * (c.organizationIds.length - 1)) / 2, 0));
      }),
    );
  });
});
