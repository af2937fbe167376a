import type { Migration } from "kysely";
import * as initial from "./20261122000000-initial.js";
import * as involvementTypology from "./20261201000000-involvement-typology.js";
import * as membershipCoverage from "./20261215000000-membership-coverage.js";
import * as reportIndexes from "./20261220000000-report-indexes.js";
import * as mailOutbox from "./20261229000000-mail-outbox.js";
import * as userAccess from "./20261229100000-user-access.js";
import * as auditView from "./20261229200000-audit-view.js";

/** Every migration, in order. Names are timestamps so they sort the way they run. */
export const migrations: Record<string, Migration> = {
  "20261122000000-initial": initial,
  "20261201000000-involvement-typology": involvementTypology,
  "20261215000000-membership-coverage": membershipCoverage,
  "20261220000000-report-indexes": reportIndexes,
  "20261229000000-mail-outbox": mailOutbox,
  "20261229100000-user-access": userAccess,
  "20261229200000-audit-view": auditView,
};
