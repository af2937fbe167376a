// Ids are UUID version 7, as the uuid package makes them: time first, so that rows added one after
// the other sort in that order, and random enough never to meet.
import { validate, version } from "uuid";
import { describe, expect, it } from "vitest";
import { newId } from "./ids.js";

describe("newId", () => {
  it("makes valid version 7 UUIDs of the RFC 9562 variant, stamped with the current millisecond", () => {
    const before = Date.now();
    const ids = Array.from({ length: 1000 }, () => newId());
    const after = Date.now();
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(validate(id) && version(id)).toBe(7);
      const ms = parseInt(id.replace(/-/g, "").slice(0, 12), 16);
      // The counter may carry into the next millisecond when one millisecond holds billions of ids; not a thousand.
      expect(ms).toBeGreaterThanOrEqual(before);
      expect(ms).toBeLessThanOrEqual(after);
    }
  });

  it("makes ids that sort in the order they were made, none twice, with random bits that vary", () => {
    const ids = Array.from({ length: 100_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The last 48 bits are random: a hundred thousand of them hold nearly as many values.
    expect(new Set(ids.map((id) => id.slice(-12))).size).toBeGreaterThan(99_900);
  });
});
