// Balance across sectors (community-policing guidance asks for "balance among participants"),
// measured with Pielou's evenness. The denominator is the whole sector vocabulary rather than the sectors present: with the
// sectors present, two members from two sectors would already score a "perfect" 1, which says nothing
// about breadth. A fixed denominator keeps the score comparable between partnerships and programs,
// whatever composition a program recommends.
import { SECTORS, type Sector } from "../vocabulary.js";

export const SECTORS_POSSIBLE = SECTORS.length;

export const EVENNESS_FORMULA =
  "J = H / ln(S), H = −Σ pᵢ · ln(pᵢ) over the sectors of the current members, pᵢ = share of members in sector i, " +
  `S = ${SECTORS_POSSIBLE} (every sector of the vocabulary); 0 ≤ J ≤ 1`;

export type SectorCount = { sector: Sector; count: number };

export type Evenness = {
  /** Pielou's J, from 0 (all members in one sector, or none) to 1 (equally spread over every sector). */
  index: number;
  /** Shannon's H in nats. */
  shannon: number;
  sectorsPossible: number;
  sectorsPresent: number;
  memberCount: number;
  /** Members per sector, largest first, only sectors with members. */
  counts: SectorCount[];
};

/** Members per sector, largest first then in vocabulary order, e.g. sectorCounts(["police", "schools", "police"])[0] → { sector: "police", count: 2 }. */
export function sectorCounts(sectors: readonly Sector[]): SectorCount[] {
  return SECTORS.map((sector) => ({ sector, count: sectors.filter((value) => value === sector).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Shannon's H = −Σ pᵢ ln pᵢ over positive counts, e.g. shannonIndex([1, 1]) → ln 2 ≈ 0.693. */
export function shannonIndex(counts: readonly number[]): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return 0;
  const h = counts.filter((count) => count > 0).reduce((sum, count) => sum - (count / total) * Math.log(count / total), 0);
  // Rounding can leave −0 or a hair below zero for a single category.
  return Math.max(0, h);
}

/** Pielou's evenness of the members' sectors, e.g. sectorEvenness(["police", "police"]).index → 0. */
export function sectorEvenness(sectors: readonly Sector[]): Evenness {
  const counts = sectorCounts(sectors);
  const shannon = shannonIndex(counts.map((entry) => entry.count));
  return {
    index: Math.min(1, shannon / Math.log(SECTORS_POSSIBLE)),
    shannon,
    sectorsPossible: SECTORS_POSSIBLE,
    sectorsPresent: counts.length,
    memberCount: sectors.length,
    counts,
  };
}
