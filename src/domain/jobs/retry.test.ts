import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { afterFailure, type RetryPolicy } from "./retry.js";

const policy: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 10_000, maxAttempts: 5 };

describe("retrying a failed job", () => {
  it("waits twice as long after each failure, up to the longest delay", () => {
    expect([1, 2, 3, 4].map((attempts) => afterFailure(policy, attempts))).toEqual([
      { retry: true, delayMs: 1000 },
      { retry: true, delayMs: 2000 },
      { retry: true, delayMs: 4000 },
      { retry: true, delayMs: 8000 },
    ]);
    expect(afterFailure({ ...policy, maxAttempts: 10 }, 6)).toEqual({ retry: true, delayMs: 10_000 });
  });

  it("gives up once the attempts are spent", () => {
    expect(afterFailure(policy, 5)).toEqual({ retry: false });
    expect(afterFailure(policy, 9)).toEqual({ retry: false });
  });

  it("never waits less than before, nor longer than the longest delay", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (attempts) => {
        const wide = { ...policy, maxAttempts: 100 };
        const here = afterFailure(wide, attempts);
        const next = afterFailure(wide, attempts + 1);
        if (!here.retry || !next.retry) return false;
        return next.delayMs >= here.delayMs && next.delayMs <= wide.maxDelayMs;
      }),
    );
  });
});
