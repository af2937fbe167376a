import { ATLANTIC_ORGANIZATIONS, NATIONAL_ORGANIZATIONS, QUEBEC_ORGANIZATIONS } from "./organizations-east.js";
import { BC_YUKON_ORGANIZATIONS, ONTARIO_ORGANIZATIONS, PRAIRIES_NWT_ORGANIZATIONS } from "./organizations-west.js";
import { DEMO_PARTNERSHIPS } from "./partnerships.js";
import { DEMO_ACCOUNTS, DEMO_PROGRAMS } from "./programs.js";
import { BULLYING_RUNNING } from "./running-bullying.js";
import { EXPLOITATION_RUNNING } from "./running-exploitation.js";
import { HAMILTON_RUNNING } from "./running-hamilton.js";
import { EXPLOITATION_SURVEYS } from "./surveys-exploitation.js";
import { HAMILTON_SURVEYS } from "./surveys-hamilton.js";
import type { DemoPortfolio } from "./types.js";

/** The whole demo portfolio, as data; `build.ts` turns it into rows. */
export const DEMO_PORTFOLIO: DemoPortfolio = {
  programs: DEMO_PROGRAMS,
  organizations: [
    ...NATIONAL_ORGANIZATIONS,
    ...ONTARIO_ORGANIZATIONS,
    ...QUEBEC_ORGANIZATIONS,
    ...ATLANTIC_ORGANIZATIONS,
    ...PRAIRIES_NWT_ORGANIZATIONS,
    ...BC_YUKON_ORGANIZATIONS,
  ],
  partnerships: DEMO_PARTNERSHIPS,
  accounts: DEMO_ACCOUNTS,
  running: [HAMILTON_RUNNING, EXPLOITATION_RUNNING, BULLYING_RUNNING],
  surveys: [HAMILTON_SURVEYS, EXPLOITATION_SURVEYS],
};
