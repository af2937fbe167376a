// The instruments that ship with Convene, written from the seed documents. They are not stored: like the
// built-in rubrics, they come with the code, and a stored version of the same id is a later version.
import type { Instrument } from "../instrument.js";

export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = [];
