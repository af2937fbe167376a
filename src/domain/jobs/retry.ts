/** How a job that failed is tried again: after base, 2 × base, 4 × base …, at most `maxDelayMs`, `maxAttempts` times in all. */
export type RetryPolicy = { baseDelayMs: number; maxDelayMs: number; maxAttempts: number };

export const DEFAULT_RETRY: RetryPolicy = { baseDelayMs: 60_000, maxDelayMs: 6 * 3_600_000, maxAttempts: 6 };

/**
 * What happens after attempt number `attempts` (1 for the first) failed: another try after a delay
 * that doubles each time, or giving up once the attempts are spent.
 */
export function afterFailure(policy: RetryPolicy, attempts: number): { retry: true; delayMs: number } | { retry: false } {
  if (attempts >= policy.maxAttempts) return { retry: false };
  const exponent = Math.max(0, attempts - 1);
  return { retry: true, delayMs: Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent) };
}
