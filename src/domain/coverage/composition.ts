// A recommended composition: the seats a partnership should fill. Most seats are filled by sector;
// two are filled otherwise — by whoever speaks for the people most affected (which depends on the
// partnership) and by a member invited as a critic (which depends on the membership).
import type { Sector } from "../vocabulary.js";
import type { Localized } from "./phrasing.js";

type SlotBase = {
  /** Stable within a composition: lowercase letters, digits and _. */
  key: string;
  label: Localized;
  /** Why the seat matters, shown beside it. */
  why: Localized;
  /** Required seats are the ones the checklist reports as gaps; the others are suggestions. */
  required: boolean;
};

/** Filled by a current member from any of the sectors. */
export type SectorSlot = SlotBase & { kind: "sectors"; sectors: Sector[] };
/** Filled for each group the partnership serves or whose issue it works on (see most-affected.ts). */
export type MostAffectedSlot = SlotBase & { kind: "most_affected" };
/** Filled by a current member whose membership is flagged as an invited critic. */
export type CriticSlot = SlotBase & { kind: "critic" };

export type Slot = SectorSlot | MostAffectedSlot | CriticSlot;
export const SLOT_KINDS = ["sectors", "most_affected", "critic"] as const;
export type SlotKind = Slot["kind"];

export type Composition = { slots: Slot[] };

export const SLOT_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
export const MAX_SLOTS = 30;
