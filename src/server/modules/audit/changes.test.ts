import { describe, expect, it } from "vitest";
import { insertChanges, patchChanges } from "./changes.js";

describe("a row's changes as an audit event names them", () => {
  it("names fields as the API does, decodes JSON lists and leaves out keys and timestamps", () => {
    expect(
      patchChanges(
        { name: "Old", name_key: "old", priority_groups: '["youth"]', updated_at: "2026-01-01", region: "Ontario" },
        {
          name: "New",
          name_key: "new",
          priority_groups: '["youth","seniors"]',
          updated_at: "2026-02-01",
          updated_by: "u",
          region: "Ontario",
        },
      ),
    ).toEqual({ name: ["Old", "New"], priorityGroups: [["youth"], ["youth", "seniors"]] });
  });

  it("records what a new row holds, without its bookkeeping", () => {
    expect(
      insertChanges({ id: "x", name: "Crestview", name_key: "crestview", website: null, created_at: "t", password_hash: "h" }),
    ).toEqual({
      name: [null, "Crestview"],
    });
  });
});
