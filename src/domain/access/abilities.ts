// Who may do what: one table, per role, for every resource and action. The server builds its row
// scopes from it (server/modules/access/scope.ts), its route guards and import rights read it, the
// API reports each row's abilities from those scopes, and the role matrix reads its expectations
// here. A new role must fill in every line: the table is a Record over the roles, and each reach is
// spelt out, never inherited from a default.
//
// Taking part is not a right over an organization. Rights over an organization's record and its people
// that come through partnerships ("inReadablePartnerships", "inManageablePartnerships") count only
// confirmed memberships, the lead's included: adding an organization to a partnership, or opening a
// partnership it leads, asks it to take part, and until one of its own users or an administrator
// confirms (the membership's `confirm` ability), the partnership's staff see it in the registry as
// everyone does and nothing more. A membership made by someone who may confirm it (an administrator,
// a user of the organization, whoever registered it) is confirmed as it is made. A representative is
// chosen among the contacts the caller may already read.
import type { Role } from "../vocabulary.js";

/**
 * How far an ability reaches: every row, no row, or the rows of a union of named reaches. The names
 * are those of the resource (a partnership's "coordinated", an organization's "createdByMe").
 */
export type Reach<Name extends string> = "all" | "none" | readonly [Name, ...Name[]];

/** Partnerships of the programs assigned to the caller, those they coordinate, those their organization takes part in (as lead or member). */
export type PartnershipReach = "assignedPrograms" | "coordinated" | "ownOrganization";
/**
 * The caller's organization, those taking part in the partnerships they may read or manage (through a
 * confirmed membership), and those they registered.
 */
export type OrganizationReach = "ownOrganization" | "inReadablePartnerships" | "inManageablePartnerships" | "createdByMe";
/** Programs assigned to the caller, and the programs of the partnerships they may read. */
export type ProgramReach = "assignedPrograms" | "ofReadablePartnerships";
/**
 * Memberships of the caller's organization, those of the partnerships they may read or manage, and those
 * of organizations they registered.
 */
export type MembershipReach = "ownOrganization" | "inReadablePartnerships" | "inManageablePartnerships" | "ofOrganizationsCreatedByMe";

/**
 * Running a partnership: `editCharter` writes its charter, `managePlan` its action plan and measures,
 * `manageMeetings` its cadence, meetings, attendance and reviews, `logContacts` records contacts between
 * its members (a partner only contacts its own organization took part in). Everyone who reads a
 * partnership reads all of these. `runSurveys` opens and closes survey rounds, chooses who is asked,
 * sends their links and follows the response rate; everyone who reads a partnership reads its survey
 * results above the round's threshold, and nobody reads individual answers there.
 */
export const PARTNERSHIP_ACTIONS = [
  "read",
  "update",
  "delete",
  "manageMembers",
  "classify",
  "editCharter",
  "managePlan",
  "manageMeetings",
  "logContacts",
  "runSurveys",
] as const;
export type PartnershipAction = (typeof PARTNERSHIP_ACTIONS)[number];
export const ORGANIZATION_ACTIONS = ["read", "update", "delete", "readContacts", "manageContacts"] as const;
export type OrganizationAction = (typeof ORGANIZATION_ACTIONS)[number];
/** `openPartnerships`: start a partnership in the program or move one into it; `report`: narrow a report to it. */
export const PROGRAM_ACTIONS = ["read", "update", "report", "openPartnerships", "chooseRubric", "editComposition"] as const;
export type ProgramAction = (typeof PROGRAM_ACTIONS)[number];
/**
 * `confirm`: vouch for the organization, so that the membership gives the partnership's staff their rights
 * over its record and contacts (a membership made by someone who may confirm it is confirmed at once);
 * `readNotes`: read what the partnership's staff wrote about the member.
 */
/* `pledge`: pledge commitments for the member and move them along the ledger; activities it owns too. */
export const MEMBERSHIP_ACTIONS = ["readInvolvement", "recordLeadView", "recordPartnerView", "confirm", "readNotes", "pledge"] as const;
export type MembershipAction = (typeof MEMBERSHIP_ACTIONS)[number];

/** What a role may do regardless of any row. */
export const GLOBAL_ABILITIES = [
  "createPrograms",
  "createOrganizations",
  "createPartnerships",
  "authorRubrics",
  "manageUsers",
  /** Read the outbox and send what it holds once mail is configured. */
  "manageMail",
  /** Open the audit trail at all; how much of it is the role's `audit` reach. */
  "readAudit",
  /** See who last changed a program's settings (its recommended composition): the program's staff, not its partners. */
  "seeProgramEditors",
  "importInvolvement",
  /** Whether an import may open a partnership it does not find (in a program the caller may open partnerships in). */
  "importOpensPartnerships",
  "importRegistry",
  "exportRegistry",
  /** Import, export, copy and add versions of survey instruments, and edit the library of suggested action steps. */
  "manageInstruments",
  /** Export individual survey responses, once an administrator has granted it to the account (users.response_export). */
  "exportResponses",
] as const;
export type GlobalAbility = (typeof GLOBAL_ABILITIES)[number];
export type GlobalAbilities = Record<GlobalAbility, boolean>;

/**
 * Whose audit trail a role reads: that of partnerships (the partnership, its memberships and their
 * involvement records) as far as a partnership reach, and that of organizations (the organization and
 * its contacts) among those it may read ("readable"). Contacts' personal data in it stays masked
 * where the role may not read the organization's contacts.
 */
export type AuditReaches = {
  partnerships: Reach<PartnershipReach>;
  organizations: Reach<"readable">;
  /**
   * Security events (sign-ins and failed ones, sign-outs, API tokens made and revoked, refused writes,
   * exports of personal data): every account's, or none. They tie to no partnership or organization.
   */
  security: "all" | "none";
};

export type RoleAbilities = {
  global: GlobalAbilities;
  partnership: Record<PartnershipAction, Reach<PartnershipReach>>;
  organization: Record<OrganizationAction, Reach<OrganizationReach>>;
  program: Record<ProgramAction, Reach<ProgramReach>>;
  membership: Record<MembershipAction, Reach<MembershipReach>>;
  audit: AuditReaches;
};

const STAFF_CREATES = { createOrganizations: true, createPartnerships: true } as const;

export const ABILITIES: Record<Role, RoleAbilities> = {
  admin: {
    global: {
      createPrograms: true,
      ...STAFF_CREATES,
      authorRubrics: true,
      manageUsers: true,
      manageMail: true,
      readAudit: true,
      seeProgramEditors: true,
      importInvolvement: true,
      importOpensPartnerships: true,
      importRegistry: true,
      exportRegistry: true,
      manageInstruments: true,
      exportResponses: false,
    },
    partnership: {
      read: "all",
      update: "all",
      delete: "all",
      manageMembers: "all",
      classify: "all",
      editCharter: "all",
      managePlan: "all",
      manageMeetings: "all",
      logContacts: "all",
      runSurveys: "all",
    },
    organization: { read: "all", update: "all", delete: "all", readContacts: "all", manageContacts: "all" },
    program: { read: "all", update: "all", report: "all", openPartnerships: "all", chooseRubric: "all", editComposition: "all" },
    membership: {
      readInvolvement: "all",
      recordLeadView: "all",
      recordPartnerView: "all",
      confirm: "all",
      readNotes: "all",
      pledge: "all",
    },
    audit: { partnerships: "all", organizations: "all", security: "all" },
  },
  program_officer: {
    global: {
      createPrograms: false,
      ...STAFF_CREATES,
      authorRubrics: false,
      manageUsers: false,
      manageMail: false,
      readAudit: true,
      seeProgramEditors: true,
      importInvolvement: true,
      importOpensPartnerships: true,
      importRegistry: false,
      exportRegistry: true,
      manageInstruments: false,
      exportResponses: false,
    },
    partnership: {
      read: ["assignedPrograms"],
      update: ["assignedPrograms"],
      delete: ["assignedPrograms"],
      manageMembers: ["assignedPrograms"],
      classify: ["assignedPrograms"],
      // The funder follows how its partnerships are run; their coordinators and members run them.
      editCharter: "none",
      managePlan: "none",
      manageMeetings: "none",
      logContacts: "none",
      runSurveys: ["assignedPrograms"],
    },
    // The directory (name, sector, level) is shared by staff so that an agency can be found before it is added.
    organization: {
      read: "all",
      update: ["inManageablePartnerships", "createdByMe"],
      delete: ["createdByMe"],
      readContacts: ["inReadablePartnerships", "createdByMe"],
      manageContacts: ["inManageablePartnerships", "createdByMe"],
    },
    program: {
      read: "all",
      update: "none",
      report: ["assignedPrograms"],
      openPartnerships: ["assignedPrograms"],
      chooseRubric: "none",
      editComposition: ["assignedPrograms"],
    },
    membership: {
      readInvolvement: ["inReadablePartnerships"],
      recordLeadView: ["inManageablePartnerships"],
      recordPartnerView: ["inManageablePartnerships"],
      // Only for their own organization or one they registered: adding another is asking it to take part.
      confirm: ["ownOrganization", "ofOrganizationsCreatedByMe"],
      readNotes: ["inReadablePartnerships"],
      pledge: "none",
    },
    audit: { partnerships: ["assignedPrograms"], organizations: ["readable"], security: "none" },
  },
  evaluator: {
    global: {
      createPrograms: false,
      createOrganizations: false,
      createPartnerships: false,
      authorRubrics: true,
      manageUsers: false,
      manageMail: false,
      readAudit: false,
      seeProgramEditors: true,
      importInvolvement: false,
      importOpensPartnerships: false,
      importRegistry: false,
      exportRegistry: false,
      manageInstruments: false,
      exportResponses: true,
    },
    partnership: {
      read: ["assignedPrograms"],
      update: "none",
      delete: "none",
      manageMembers: "none",
      classify: "none",
      editCharter: "none",
      managePlan: "none",
      manageMeetings: "none",
      logContacts: "none",
      runSurveys: "none",
    },
    organization: {
      read: "all",
      update: "none",
      delete: "none",
      readContacts: ["inReadablePartnerships", "createdByMe"],
      manageContacts: "none",
    },
    program: {
      read: "all",
      update: "none",
      report: ["assignedPrograms"],
      openPartnerships: "none",
      chooseRubric: ["assignedPrograms"],
      editComposition: "none",
    },
    membership: {
      readInvolvement: ["inReadablePartnerships"],
      recordLeadView: "none",
      recordPartnerView: "none",
      confirm: ["ownOrganization"],
      readNotes: ["inReadablePartnerships"],
      pledge: "none",
    },
    audit: { partnerships: "none", organizations: "none", security: "none" },
  },
  coordinator: {
    global: {
      createPrograms: false,
      ...STAFF_CREATES,
      authorRubrics: false,
      manageUsers: false,
      manageMail: false,
      readAudit: true,
      seeProgramEditors: true,
      importInvolvement: true,
      importOpensPartnerships: false,
      importRegistry: false,
      exportRegistry: false,
      manageInstruments: false,
      exportResponses: false,
    },
    // A coordinator edits the partnerships they run but deleting one is the program's decision; their
    // imports stay inside those partnerships, so that a misspelt name does not quietly open a new one.
    partnership: {
      read: ["coordinated"],
      update: ["coordinated"],
      delete: "none",
      manageMembers: ["coordinated"],
      classify: ["coordinated"],
      editCharter: ["coordinated"],
      managePlan: ["coordinated"],
      manageMeetings: ["coordinated"],
      logContacts: ["coordinated"],
      runSurveys: ["coordinated"],
    },
    organization: {
      read: "all",
      update: ["inManageablePartnerships", "createdByMe"],
      delete: ["createdByMe"],
      readContacts: ["inReadablePartnerships", "createdByMe"],
      manageContacts: ["inManageablePartnerships", "createdByMe"],
    },
    // Coordinators have no program assignments: they may open partnerships in any program. Opening one
    // gives them no right over its lead organization until that organization confirms its membership.
    program: {
      read: "all",
      update: "none",
      report: ["ofReadablePartnerships"],
      openPartnerships: "all",
      chooseRubric: "none",
      editComposition: "none",
    },
    membership: {
      readInvolvement: ["inReadablePartnerships"],
      recordLeadView: ["inManageablePartnerships"],
      recordPartnerView: ["inManageablePartnerships"],
      // Only for their own organization or one they registered: adding another is asking it to take part.
      confirm: ["ownOrganization", "ofOrganizationsCreatedByMe"],
      readNotes: ["inReadablePartnerships"],
      pledge: ["inManageablePartnerships"],
    },
    audit: { partnerships: ["coordinated"], organizations: ["readable"], security: "none" },
  },
  partner: {
    global: {
      createPrograms: false,
      createOrganizations: false,
      createPartnerships: false,
      authorRubrics: false,
      manageUsers: false,
      manageMail: false,
      readAudit: false,
      seeProgramEditors: false,
      importInvolvement: false,
      importOpensPartnerships: false,
      importRegistry: false,
      exportRegistry: false,
      manageInstruments: false,
      exportResponses: false,
    },
    partnership: {
      read: ["ownOrganization"],
      update: "none",
      delete: "none",
      manageMembers: "none",
      classify: "none",
      editCharter: "none",
      managePlan: "none",
      manageMeetings: "none",
      logContacts: ["ownOrganization"],
      runSurveys: "none",
    },
    // Partners see their own organization and those they work with; they keep their own record up to date.
    organization: {
      read: ["ownOrganization", "inReadablePartnerships"],
      update: ["ownOrganization"],
      delete: "none",
      readContacts: ["ownOrganization"],
      manageContacts: ["ownOrganization"],
    },
    program: {
      read: ["ofReadablePartnerships"],
      update: "none",
      report: ["ofReadablePartnerships"],
      openPartnerships: "none",
      chooseRubric: "none",
      editComposition: "none",
    },
    // A partner reads and gives its own organization's view only, not how other members rated their involvement;
    // it confirms its own organization's memberships, and reads the staff's notes about its own organization only.
    membership: {
      readInvolvement: ["ownOrganization"],
      recordLeadView: "none",
      recordPartnerView: ["ownOrganization"],
      confirm: ["ownOrganization"],
      readNotes: ["ownOrganization"],
      pledge: ["ownOrganization"],
    },
    audit: { partnerships: "none", organizations: "none", security: "none" },
  },
};

export type Resource = "partnership" | "organization" | "program" | "membership";
export type ActionOf = {
  partnership: PartnershipAction;
  organization: OrganizationAction;
  program: ProgramAction;
  membership: MembershipAction;
};

/** How far a role reaches for one action on one resource. */
export function reachOf<R extends Resource>(role: Role, resource: R, action: ActionOf[R]): Reach<string> {
  const reaches = ABILITIES[role][resource] as Record<ActionOf[R], Reach<string>>;
  return reaches[action];
}

/** The abilities of a role that depend on no row. */
export function globalAbilitiesOf(role: Role): GlobalAbilities {
  return ABILITIES[role].global;
}

/** Whose audit trail a role reads. */
export function auditReachesOf(role: Role): AuditReaches {
  return ABILITIES[role].audit;
}
