// The instruments that ship with Convene, written from the seed documents. They are not stored: like the
// built-in rubrics, they come with the code, and a stored version of the same id is a later version.
import type { Instrument } from "../instrument.js";
import { CAPACITY_SELF_ASSESSMENT } from "./capacity-self-assessment.js";
import { HEALTH_CHECK } from "./health-check.js";
import { INVOLVEMENT_CHECKLIST } from "./involvement-checklist.js";
import { PARTNERSHIP_EXPERIENCE } from "./partnership-experience.js";

export const BUILT_IN_INSTRUMENTS: readonly Instrument[] = [
  INVOLVEMENT_CHECKLIST,
  HEALTH_CHECK,
  PARTNERSHIP_EXPERIENCE,
  CAPACITY_SELF_ASSESSMENT,
];
