// Rows of the memberships sheet: an organization's place in a partnership, with its representative.
import { NO_AXIS_STAGES, type REGISTRY_COLUMNS } from "../../../../contracts/imports.js";
import { membershipUpdateSchema } from "../../../../contracts/memberships.js";
import { MEMBERSHIP_ORIGINS, SECTORS } from "../../../../domain/vocabulary.js";
import { AXIS_STAGES } from "../../../../domain/coverage/axis.js";
import { text } from "../../../messages/render.js";
import { axisStagesAsJson } from "../../memberships/axis-stages.js";
import type { OrganizationEntry } from "../references.js";
import { quoted } from "../problems.js";
import type { RowReader } from "../row-reader.js";
import { changes, type RegistryState } from "./state.js";

export type MembershipColumn = (typeof REGISTRY_COLUMNS)["memberships"]["required" | "optional"][number];

const fields = membershipUpdateSchema.shape;

/** The stages cell as stored: null when blank, "[]" for none, else the stages in axis order; undefined when absent or bad. */
function axisStages(reader: RowReader<MembershipColumn>): string | null | undefined {
  if (!reader.has("axis_stages")) return undefined;
  const text = reader.optional("axis_stages");
  if (text === null) return null;
  if (text.toLowerCase() === NO_AXIS_STAGES) return axisStagesAsJson([]);
  const stages = reader.keys("axis_stages", AXIS_STAGES);
  return stages === undefined ? undefined : axisStagesAsJson(stages);
}

/** The representative named by email or name among the organization's contacts: null when blank, undefined when unknown or absent. */
function representative(
  state: RegistryState,
  reader: RowReader<MembershipColumn>,
  organization: OrganizationEntry,
): string | null | undefined {
  if (!reader.has("representative")) return undefined;
  const named = reader.optional("representative");
  if (named === null) return null;
  const matches = state.contactsMatching(
    organization.id,
    named.includes("@") ? { name: named, email: named } : { name: named, email: null },
  );
  if (matches.length === 1) return matches[0]?.id;
  reader.report(
    "representative",
    matches.length === 0
      ? text("import.representativeUnknown", { organization: organization.name, got: quoted(named) })
      : text("import.representativeAmbiguous", { count: matches.length, organization: organization.name, got: quoted(named) }),
  );
  return undefined;
}

/** A yes/no cell as a 0/1 column; blank (not answered) leaves the stored value (or "no" for a new member). */
function flag(answer: boolean | null | undefined): number | undefined {
  return answer === null || answer === undefined ? undefined : answer ? 1 : 0;
}

export function membershipPlanner(state: RegistryState) {
  const seen = new Map<string, number>();
  return (reader: RowReader<MembershipColumn>): void => {
    const programName = reader.required("program");
    const partnershipName = reader.required("partnership");
    const organizationName = reader.required("organization");
    const organizationSector = reader.key("organization_sector", SECTORS) ?? null;
    const joinedOn = reader.parsed("joined_on", fields.joinedOn);
    const leftOn = reader.parsed("left_on", fields.leftOn);
    const origin = reader.key("origin", MEMBERSHIP_ORIGINS);
    const isNewPartner = reader.yesNo("is_new_partner");
    const isCritic = reader.yesNo("is_critic");
    const stages = axisStages(reader);
    const notes = reader.parsed("notes", fields.notes);
    if (programName === undefined || partnershipName === undefined || organizationName === undefined) return;
    const program = state.resolver.program(reader, "program", programName);
    const organization = state.resolver.organization(reader, "organization", organizationName, organizationSector, "organization_sector");
    if (!program || !organization) return;
    const partnership = state.resolver.partnership(reader, "partnership", program, partnershipName, () => organization);
    if (!partnership) return;
    const contactId = representative(state, reader, organization);

    const membership = state.references.membership(partnership.id, organization.id);
    const repeated = seen.get(membership.id);
    if (repeated !== undefined) {
      reader.report("organization", text("import.repeatMembership", { line: repeated }));
      return;
    }
    seen.set(membership.id, reader.line);

    const stored = state.references.stored.memberships.get(membership.id);
    const joined = joinedOn === undefined ? stored?.joined_on : joinedOn;
    const left = leftOn === undefined ? stored?.left_on : leftOn;
    if (joined && left && left < joined) reader.report("left_on", text("field.leftBeforeJoined"));
    const wanted = {
      joined_on: joinedOn,
      left_on: leftOn,
      representative_contact_id: contactId,
      origin,
      is_new_partner: flag(isNewPartner),
      is_critic: flag(isCritic),
      axis_stages: stages,
      notes,
    };
    const added = state.references.addedMembership(membership.id);
    if (added) {
      // Added by this import (by this row, or as a new partnership's lead): the row fills it in.
      Object.assign(added, changes(added, wanted));
      return;
    }
    if (!stored) return;
    const patch = changes(stored, wanted);
    if (state.tally("memberships", stored, patch, { partnershipId: partnership.id, organizationId: stored.organization_id })) {
      state.patches.memberships.set(stored.id, { ...patch, updated_at: state.at });
    }
  };
}
