import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHARTER_FIELDS, diffCharters, isEmptyDiff, MEMBER_FIELDS, type CharterContent } from "./diff.js";

const BASE: CharterContent = {
  need: "Fewer break-ins",
  vision: "A safe town",
  mission: "Act together",
  values: "Trust",
  formality: "informal",
  governance: "all_equal",
  decisionMaking: null,
  conflictResolution: null,
  members: [
    { organizationId: "o1", organizationName: "Police", gains: "Data", intendedRole: "collaboration", expectations: "Lead patrols" },
    { organizationId: "o2", organizationName: "School", gains: null, intendedRole: "communication", expectations: null },
  ],
};

describe("what changed between two charters", () => {
  it("shows every field a first save sets, and each member as added", () => {
    const diff = diffCharters(null, BASE);
    expect(diff.fields.map((change) => change.field)).toEqual(["need", "vision", "mission", "values", "formality", "governance"]);
    expect(diff.fields[0]).toEqual({ field: "need", before: null, after: "Fewer break-ins" });
    expect(diff.members.map((member) => [member.organizationId, member.change, member.fields.length])).toEqual([
      ["o1", "added", 3],
      ["o2", "added", 1],
    ]);
  });

  it("names each field changed with its value before and after", () => {
    const diff = diffCharters(BASE, { ...BASE, vision: "A safer town", decisionMaking: "Consensus" });
    expect(diff.fields).toEqual([
      { field: "vision", before: "A safe town", after: "A safer town" },
      { field: "decisionMaking", before: null, after: "Consensus" },
    ]);
    expect(diff.members).toEqual([]);
  });

  it("names a member's changed role and leaves unchanged members out", () => {
    const [police, school] = BASE.members;
    if (!police || !school) throw new Error("fixture");
    const diff = diffCharters(BASE, { ...BASE, members: [{ ...police, intendedRole: "cooperation" }, school] });
    expect(diff.fields).toEqual([]);
    expect(diff.members).toEqual([
      {
        organizationId: "o1",
        organizationName: "Police",
        change: "changed",
        fields: [{ field: "intendedRole", before: "collaboration", after: "cooperation" }],
      },
    ]);
  });

  it("lists a member taken out of the charter as removed, with what it had", () => {
    const diff = diffCharters(BASE, { ...BASE, members: BASE.members.slice(0, 1) });
    expect(diff.members).toEqual([
      {
        organizationId: "o2",
        organizationName: "School",
        change: "removed",
        fields: [{ field: "intendedRole", before: "communication", after: null }],
      },
    ]);
  });

  const value = fc.option(fc.constantFrom("a", "b", "c"), { nil: null });
  const member = (id: string) =>
    fc.record({
      organizationId: fc.constant(id),
      organizationName: fc.constant(id.toUpperCase()),
      gains: value,
      intendedRole: value,
      expectations: value,
    });
  const charter = fc.record({
    ...Object.fromEntries(CHARTER_FIELDS.map((field) => [field, value])),
    members: fc.subarray(["o1", "o2", "o3"]).chain((ids) => fc.tuple(...ids.map(member))),
  }) as fc.Arbitrary<CharterContent>;

  it("finds nothing between a charter and itself", () => {
    fc.assert(fc.property(charter, (c) => isEmptyDiff(diffCharters(c, structuredClone(c)))));
  });

  it("finds a change exactly where a field or a member differs", () => {
    fc.assert(
      fc.property(charter, charter, (a, b) => {
        const diff = diffCharters(a, b);
        const changedFields = CHARTER_FIELDS.filter((field) => a[field] !== b[field]);
        expect(diff.fields.map((change) => change.field)).toEqual(changedFields);
        for (const change of diff.members) {
          const old = a.members.find((m) => m.organizationId === change.organizationId);
          const now = b.members.find((m) => m.organizationId === change.organizationId);
          expect(change.change).toBe(!old ? "added" : !now ? "removed" : "changed");
          for (const field of change.fields) expect(MEMBER_FIELDS).toContain(field.field);
        }
        const changedMembers = b.members.filter((m) => {
          const old = a.members.find((o) => o.organizationId === m.organizationId);
          return !old || MEMBER_FIELDS.some((field) => old[field] !== m[field]);
        });
        const removed = a.members.filter((m) => !b.members.some((n) => n.organizationId === m.organizationId));
        expect(diff.members.length).toBe(changedMembers.length + removed.length);
      }),
    );
  });
});
