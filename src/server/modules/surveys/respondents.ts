// Who a round asks, checked: contacts of the partnership's members (the lead's included) whose contacts
// the caller reads, with an address to send the link to, each from the perspective of its organization
// (the lead's contacts answer for the lead, the others for their member). For the involvement checklist
// the perspective is required and each answer is about one member: a partner's about its own
// membership, a lead's about the member named, or about every member besides the lead (one respondent
// row each, one mail listing every link). Every problem is named at once, by its field.
import type { Kysely } from "kysely";
import type { RespondentInput } from "../../../contracts/surveys.js";
import type { Instrument, SurveyPerspective } from "../../../domain/surveys/instrument.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { validationError, type FieldText } from "../../app-error.js";
import { text, type MessageKey } from "../../messages/render.js";
import { scopeOf } from "../access/scope.js";
import * as repo from "./repository.js";

export type PlannedRespondent = {
  contactId: string;
  organizationId: string;
  perspective: SurveyPerspective;
  membershipId: string | null;
  language: string;
};

export type RoundPartnership = { id: string; lead_organization_id: string };

/** The (contact, member) pair a respondent row stands for, to refuse asking the same twice. */
export function pairKey(contactId: string, membershipId: string | null): string {
  return `${contactId}|${membershipId ?? ""}`;
}

export async function planRespondents(
  db: Kysely<DB>,
  actor: Actor,
  partnership: RoundPartnership,
  instrument: Instrument,
  inputs: RespondentInput[],
  asked: Set<string>,
): Promise<PlannedRespondent[]> {
  const ids = [...new Set(inputs.map((input) => input.contactId))];
  const [contacts, memberships] = await Promise.all([
    repo.memberContacts(db, partnership.id, ids, scopeOf(db, actor, "organization", "readContacts")),
    repo.membershipsOf(db, partnership.id),
  ]);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const others = memberships.filter((membership) => membership.organization_id !== partnership.lead_organization_id);
  const involvement = instrument.purpose === "involvement";
  const problems: FieldText[] = [];
  const planned: PlannedRespondent[] = [];
  const taken = new Set(asked);

  inputs.forEach((input, index) => {
    const problem = (field: string, key: MessageKey) => problems.push({ field: `respondents.${index}.${field}`, message: text(key) });
    const contact = byId.get(input.contactId);
    if (!contact || Number(contact.can_read) !== 1) return problem("contactId", "surveyRound.notAMembersContact");
    if (contact.email === null) return problem("contactId", "surveyRound.contactWithoutEmail");
    const isLead = contact.organization_id === partnership.lead_organization_id;
    if (input.perspective === "lead" && !isLead) return problem("perspective", "surveyRound.leadPerspectiveNotLead");
    if (input.perspective === "partner" && isLead) return problem("perspective", "surveyRound.partnerPerspectiveLead");
    if (involvement && input.perspective === undefined) return problem("perspective", "surveyRound.perspectiveRequired");
    if (!involvement && input.membershipId !== undefined) return problem("membershipId", "surveyRound.membershipNotAsked");
    const perspective: SurveyPerspective = isLead ? "lead" : "partner";
    let about: (string | null)[] = [null];
    if (involvement && perspective === "partner") {
      if (input.membershipId !== undefined && input.membershipId !== contact.membership_id) {
        return problem("membershipId", "surveyRound.membershipNotOwn");
      }
      about = [contact.membership_id];
    } else if (involvement) {
      if (input.membershipId !== undefined && !others.some((membership) => membership.id === input.membershipId)) {
        return problem("membershipId", "surveyRound.membershipUnknown");
      }
      about = input.membershipId !== undefined ? [input.membershipId] : others.map((membership) => membership.id);
      if (about.length === 0) return problem("contactId", "surveyRound.noMembersToAskAbout");
    }
    if (about.some((membershipId) => taken.has(pairKey(contact.id, membershipId)))) return problem("contactId", "surveyRound.alreadyAsked");
    for (const membershipId of about) {
      taken.add(pairKey(contact.id, membershipId));
      planned.push({
        contactId: contact.id,
        organizationId: contact.organization_id,
        perspective,
        membershipId,
        language: contact.preferred_language,
      });
    }
  });
  if (problems.length > 0) throw validationError(problems);
  return planned;
}
