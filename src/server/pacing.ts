// Long work done on the event loop in slices: between two slices the process answers other
// requests, so that one large import or file slows the others down a little instead of stopping them.
import { setImmediate as nextTurn } from "node:timers/promises";

/** How long one slice of work may hold the event loop, in milliseconds. */
export const SLICE_MS = 20;

/** Steps between two looks at the clock: reading it on every row would cost more than the rows. */
const STEPS_PER_LOOK = 64;

/**
 * Gives the event loop a turn whenever the work since the last turn has lasted a slice. Call
 * `pause()` once per step of a long loop.
 * @example const pacer = new Pacer(); for (const row of rows) { check(row); await pacer.pause(); }
 */
export class Pacer {
  private sliceStart = performance.now();
  private steps = 0;

  /** `stepsPerLook`: steps between two looks at the clock; 1 when each step is long enough to be worth one. */
  constructor(private readonly stepsPerLook = STEPS_PER_LOOK) {}

  async pause(): Promise<void> {
    this.steps += 1;
    if (this.steps % this.stepsPerLook !== 0 || performance.now() - this.sliceStart < SLICE_MS) return;
    await nextTurn();
    this.sliceStart = performance.now();
  }

  /** A turn of the event loop now, whatever the slice's length (between two large pieces of work). */
  async turn(): Promise<void> {
    await nextTurn();
    this.sliceStart = performance.now();
  }
}
