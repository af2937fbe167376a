import { DEFAULT_ROUND } from "../../../contracts/involvement.js";
import type { AccountabilityDimension } from "../../../contracts/accountability.js";
import type { TypologyReportParams } from "../../api/reports.js";

type AddressChanges = Record<string, string | null>;

/** One changed field as it goes into the address: its default value is left out of it. */
function field<T extends string>(changes: object, key: string, value: T | undefined, fallback: T | null): AddressChanges {
  if (!(key in changes)) return {};
  return { [key]: value === undefined || value === fallback ? null : value };
}

/**
 * The address changes for a change of the typology or involvement report's settings: only the fields
 * that changed, so that a second change made before the address has re-rendered (a quick second
 * field, a busy machine) keeps the first instead of writing the old value back over it.
 */
export function typologyAddressChanges(changes: Partial<TypologyReportParams>): AddressChanges {
  return {
    ...field(changes, "by", changes.by, "program"),
    ...field(changes, "perspective", changes.perspective, "lead"),
    ...field(changes, "round", changes.round, DEFAULT_ROUND),
    ...field(changes, "program", changes.program, null),
    ...field(changes, "region", changes.region, null),
  };
}

/** The same for the accountability report, whose grouping is kept as `group` in the address. */
export function accountabilityAddressChanges(changes: {
  by?: AccountabilityDimension;
  program?: string | undefined;
  asOf?: string;
}): AddressChanges {
  return {
    ...("by" in changes ? { group: changes.by === undefined || changes.by === "program" ? null : changes.by } : {}),
    ...field(changes, "program", changes.program, null),
    ...field(changes, "asOf", changes.asOf, null),
  };
}
