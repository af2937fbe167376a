// Dividing whole numbers exactly: partnerships among regions, memberships among partnerships,
// organizations among regions, so that the totals are exactly those asked for.

/**
 * Splits a total in proportion to weights by the largest-remainder method; the parts add up to the total.
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((acc, part) => acc + part, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 24;

function clampSize(size: number): number {
  return Math.min(MAX_MEMBERS, Math.max(MIN_MEMBERS, size));
}

/** How many members each partnership has (its lead included), varied around the mean, adding up to `memberships`. */
export function membershipSizes(draw: () => number, partnerships: number, memberships: number): number[] {
  if (partnerships < 1 || memberships < partnerships * MIN_MEMBERS || memberships > partnerships * MAX_MEMBERS) {
    throw new RangeError(
      `${memberships} memberships cannot be spread over ${partnerships} partnerships of ${MIN_MEMBERS} to ${MAX_MEMBERS} members`,
    );
  }
  const mean = memberships / partnerships;
  // Mostly near the mean, some small, a few large: a triangular spread from 0 to twice the mean.
  const sizes = Array.from({ length: partnerships }, () => clampSize(Math.round(mean * (draw() + draw()))));
  let difference = memberships - sizes.reduce((sum, size) => sum + size, 0);
  while (difference !== 0) {
    const index = Math.floor(draw() * partnerships);
    const step = Math.sign(difference);
    const size = (sizes[index] ?? MIN_MEMBERS) + step;
    if (size === clampSize(size)) {
      sizes[index] = size;
      difference -= step;
    }
  }
  return sizes;
}

/**
 * Organizations per region: in proportion to the region's memberships, and never fewer than
 * `floors` (its leads plus enough members to fill its largest partnership with distinct organizations).
 */
export function organizationsPerRegion(total: number, memberships: readonly number[], floors: readonly number[]): number[] {
  const counts = apportion(total, memberships);
  let deficit = 0;
  counts.forEach((count, region) => {
    const floor = floors[region] ?? 0;
    if (count < floor) {
      deficit += floor - count;
      counts[region] = floor;
    }
  });
  while (deficit > 0) {
    let richest = -1;
    let slack = 0;
    counts.forEach((count, region) => {
      if (count - (floors[region] ?? 0) > slack) [richest, slack] = [region, count - (floors[region] ?? 0)];
    });
    if (richest === -1) throw new RangeError(`${total} organizations are too few to fill the partnerships of every region`);
    counts[richest] = (counts[richest] ?? 0) - 1;
    deficit -= 1;
  }
  return counts;
}
