import type { Migration } from "kysely";
import * as initial from "./20261122000000-initial.js";
import * as involvementTypology from "./20261201000000-involvement-typology.js";
import * as membershipCoverage from "./20261215000000-membership-coverage.js";
import * as reportIndexes from "./20261220000000-report-indexes.js";
import * as leadMembership from "./20261228000000-lead-membership.js";
import * as nameKeyFolding from "./20261228100000-name-key-folding.js";
import * as localizedNames from "./20261228200000-localized-names.js";
import * as nameSearch from "./20261228300000-name-search.js";
import * as mailOutbox from "./20261229000000-mail-outbox.js";
import * as userAccess from "./20261229100000-user-access.js";
import * as auditView from "./20261229200000-audit-view.js";
import * as membershipConfirmation from "./20261230400000-membership-confirmation.js";
import * as tokenExpiry from "./20261230600000-token-expiry.js";
import * as runningPartnership from "./20261231000000-running-partnership.js";
import * as mailUnsubscribeHeader from "./20261231700000-mail-unsubscribe-header.js";
import * as surveys from "./20270101000000-surveys.js";
import * as surveyLinks from "./20270102000000-survey-links.js";

/** Every migration, in order. Names are timestamps so they sort the way they run. */
export const migrations: Record<string, Migration> = {
  "20261122000000-initial": initial,
  "20261201000000-involvement-typology": involvementTypology,
  "20261215000000-membership-coverage": membershipCoverage,
  "20261220000000-report-indexes": reportIndexes,
  "20261228000000-lead-membership": leadMembership,
  "20261228100000-name-key-folding": nameKeyFolding,
  "20261228200000-localized-names": localizedNames,
  "20261228300000-name-search": nameSearch,
  "20261229000000-mail-outbox": mailOutbox,
  "20261229100000-user-access": userAccess,
  "20261229200000-audit-view": auditView,
  "20261230400000-membership-confirmation": membershipConfirmation,
  "20261230600000-token-expiry": tokenExpiry,
  "20261231000000-running-partnership": runningPartnership,
  "20261231700000-mail-unsubscribe-header": mailUnsubscribeHeader,
  "20270101000000-surveys": surveys,
  "20270102000000-survey-links": surveyLinks,
};
