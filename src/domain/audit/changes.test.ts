import { describe, expect, it } from "vitest";
import { changesBetween, changesOfDetails, createdFields, deletedFields, maskChanges } from "./changes.js";

describe("an audit event's changes", () => {
  it("keeps only the fields whose value differs, comparing lists by content", () => {
    expect(changesBetween({ name: "A", region: null, groups: ["youth"] }, { name: "B", region: null, groups: ["youth"] })).toEqual({
      name: ["A", "B"],
    });
    expect(changesBetween({ groups: ["youth"] }, { groups: ["youth", "seniors"] })).toEqual({ groups: [["youth"], ["youth", "seniors"]] });
    expect(changesBetween({}, { notes: null })).toEqual({});
  });

  it("records a new record's values from null and a deleted one's to null, leaving out empty fields", () => {
    expect(createdFields({ name: "Crestview", website: null })).toEqual({ name: [null, "Crestview"] });
    expect(deletedFields({ name: "Crestview", website: null })).toEqual({ name: ["Crestview", null] });
  });

  it("reads both stored forms: values kept since, field names only before", () => {
    expect(changesOfDetails({ changes: { name: ["A", "B"] }, importId: "x" })).toEqual([
      { field: "name", before: "A", after: "B", recorded: true },
    ]);
    expect(changesOfDetails({ fields: ["status", "name"] })).toEqual([
      { field: "status", before: null, after: null, recorded: false },
      { field: "name", before: null, after: null, recorded: false },
    ]);
    expect(changesOfDetails({ changes: { role: ["partner", "admin"] }, fields: ["role", "programIds"] })).toEqual([
      { field: "role", before: "partner", after: "admin", recorded: true },
      { field: "programIds", before: null, after: null, recorded: false },
    ]);
    expect(changesOfDetails(null)).toEqual([]);
    expect(changesOfDetails({ membershipId: "m" })).toEqual([]);
  });

  it("withholds a contact's personal fields, and nothing else, from a reader who may not see them", () => {
    const changes = changesOfDetails({ changes: { email: ["a@example.org", "b@example.org"], preferredLanguage: ["en", "fr"] } });
    expect(maskChanges("contact", changes, true)).toEqual([
      { field: "email", before: null, after: null, recorded: true, masked: true },
      { field: "preferredLanguage", before: "en", after: "fr", recorded: true, masked: false },
    ]);
    expect(maskChanges("contact", changes, false).every((change) => !change.masked)).toBe(true);
    expect(maskChanges("partnership", changesOfDetails({ changes: { name: ["A", "B"] } }), true)[0]?.masked).toBe(false);
  });
});
