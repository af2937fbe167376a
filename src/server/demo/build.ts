import type { Insertable } from "kysely";
import { nameKey } from "../../domain/registry/name-key.js";
import type {
  NewContact,
  NewInvolvementRecord,
  NewMembership,
  NewOrganization,
  NewPartnership,
  NewProgram,
  NewUser,
  PartnershipCoordinatorsTable,
  UserProgramsTable,
} from "../db/schema.js";
import type { DemoPortfolio } from "./portfolio/types.js";
import { dayOfMonth, endOfTerm, monthsBefore } from "./dates.js";
import { demoInvolvementRecords, type DemoPartnershipAnswers } from "./involvement.js";
import { buildRunningRows, DEMO_CADENCE, type RunningMember, type RunningPartnership } from "./running/build.js";
import type { RunningRows } from "./running/rows.js";
import { buildSurveyRows, type SurveyPartnership } from "./surveys/build.js";
import { recordKey, type SurveyRows } from "./surveys/rows.js";

/** Every row of the demo portfolio, ready for bulk insertion in foreign-key order. */
export type DemoRows = {
  programs: NewProgram[];
  organizations: NewOrganization[];
  contacts: NewContact[];
  partnerships: NewPartnership[];
  memberships: NewMembership[];
  involvementRecords: NewInvolvementRecord[];
  users: NewUser[];
  userPrograms: Insertable<UserProgramsTable>[];
  coordinators: Insertable<PartnershipCoordinatorsTable>[];
  running: RunningRows;
  surveys: SurveyRows;
};

export type BuildOptions = {
  /** The day the portfolio is loaded: every date in it is counted from here. */
  today: Date;
  /** The creation timestamp of every row. */
  at: string;
  /** One hash of the shared demo password, used by every account. */
  passwordHash: string;
  newId: () => string;
};

function lookup<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo portfolio: unknown ${what} "${key}"`);
  return value;
}

/**
 * A contact's address: first and last name at the organization's domain, without accents.
 * @example emailFor("Jean-François Beaudry", "secretariat.example.ca") === "jean-francois.beaudry@secretariat.example.ca"
 */
export function emailFor(name: string, domain: string): string {
  const words = nameKey(name)
    .replace(/[^a-z0-9 -]/g, "")
    .split(" ")
    .filter(Boolean);
  return `${words[0] ?? "contact"}.${words.at(-1) ?? "person"}@${domain}`;
}

/** Turns the hand-written portfolio into rows: ids, name keys, email addresses and dates. */
export function buildDemoRows(portfolio: DemoPortfolio, options: BuildOptions): DemoRows {
  const { today, at, newId } = options;
  const stamps = { created_at: at, updated_at: at };

  const programIds = new Map(portfolio.programs.map((program) => [program.code, newId()]));
  const programs = portfolio.programs.map((program) => ({
    id: lookup(programIds, program.code, "program"),
    code: program.code,
    name: program.name,
    name_fr: program.nameFr,
    description: program.description,
    ...stamps,
  }));

  const organizationIds = new Map<string, string>();
  const organizationNames = new Map<string, string>();
  const contactIds = new Map<string, string[]>();
  const contactsByOrganization = new Map<string, { id: string; name: string }[]>();
  const organizations: NewOrganization[] = [];
  const contacts: NewContact[] = [];
  for (const organization of portfolio.organizations) {
    const id = newId();
    organizationIds.set(organization.key, id);
    organizationNames.set(organization.key, organization.name);
    organizations.push({
      id,
      name: organization.name,
      name_key: nameKey(organization.name),
      sector: organization.sector,
      government_level: organization.level,
      has_crime_prevention_mandate: organization.hasMandate ? 1 : 0,
      website: `https://www.${organization.domain}`,
      notes: organization.notes ?? null,
      created_by: null,
      ...stamps,
    });
    const ids = organization.contacts.map((contact) => {
      const contactId = newId();
      contacts.push({
        id: contactId,
        organization_id: id,
        name: contact.name,
        title: contact.title,
        email: emailFor(contact.name, organization.domain),
        phone: `(${organization.area}) 555-01${String(contacts.length % 100).padStart(2, "0")}`,
        preferred_language: contact.language,
        verified_on: contact.verifiedMonthsAgo === null ? null : monthsBefore(today, contact.verifiedMonthsAgo),
        ...stamps,
      });
      return contactId;
    });
    contactIds.set(organization.key, ids);
    contactsByOrganization.set(
      organization.key,
      organization.contacts.map((contact, index) => ({ id: ids[index] ?? "", name: contact.name })),
    );
  }

  const partnershipIds = new Map<string, string>();
  const partnerships: NewPartnership[] = [];
  const memberships: NewMembership[] = [];
  const answered: DemoPartnershipAnswers[] = [];
  const runningKeys = new Set(portfolio.running.map((running) => running.partnership));
  const running = new Map<string, RunningPartnership>();
  for (const partnership of portfolio.partnerships) {
    const id = newId();
    partnershipIds.set(partnership.key, id);
    const start = dayOfMonth(today, -partnership.startedMonthsAgo, 1);
    const end = endOfTerm(start, partnership.durationMonths);
    partnerships.push({
      id,
      program_id: lookup(programIds, partnership.program, "program"),
      name: partnership.name,
      name_key: nameKey(partnership.name),
      lead_organization_id: lookup(organizationIds, partnership.lead, "organization"),
      region: partnership.region,
      priority_groups: JSON.stringify(partnership.priorityGroups),
      focus_issues: JSON.stringify(partnership.focusIssues),
      start_date: start,
      end_date: end,
      funding_end_date: partnership.fundedMonths === undefined ? end : endOfTerm(start, partnership.fundedMonths),
      status: partnership.status,
      description: partnership.description,
      ...(runningKeys.has(partnership.key) ? { meeting_cadence: DEMO_CADENCE.cadence, meeting_notice_days: DEMO_CADENCE.noticeDays } : {}),
      ...stamps,
    });
    const members = new Map<string, RunningMember>();
    running.set(partnership.key, {
      id,
      startDate: start,
      members,
      contacts: contactsByOrganization,
      authorId: null,
      partnerUsers: new Map(),
    });
    const startDay = new Date(`${start}T00:00:00Z`);
    const membershipIds: string[] = [];
    answered.push({
      program: partnership.program,
      status: partnership.status,
      start,
      end,
      startedMonthsAgo: partnership.startedMonthsAgo,
      membershipIds,
    });
    // The lead is a member like the others, without an origin: it did not come in, it called the table.
    const leadKey = partnership.lead;
    if (!partnership.members.some((member) => member.organization === leadKey)) {
      const joinedOn = start <= monthsBefore(today, 0) ? start : monthsBefore(today, 0);
      members.set(leadKey, {
        organizationId: lookup(organizationIds, leadKey, "organization"),
        organizationName: lookup(organizationNames, leadKey, "organization"),
        joinedOn,
        leftOn: null,
      });
      memberships.push({
        id: newId(),
        partnership_id: id,
        organization_id: lookup(organizationIds, leadKey, "organization"),
        // A planned partnership's lead is at the table already, before the start date.
        joined_on: joinedOn,
        left_on: null,
        representative_contact_id: lookup(contactIds, leadKey, "organization")[0] ?? null,
        origin: null,
        is_new_partner: 0,
        notes: null,
        // The demo's partnerships are under way: every member has long since confirmed it takes part.
        confirmed_at: at,
        ...stamps,
      });
    }
    partnership.members.forEach((member, index) => {
      const membershipId = newId();
      membershipIds.push(membershipId);
      const representatives = lookup(contactIds, member.organization, "organization");
      const representative = representatives[member.representative ?? 0];
      if (representative === undefined) throw new Error(`Demo portfolio: ${member.organization} has no contact #${member.representative}`);
      const joinedOn = member.joinedAfter ? dayOfMonth(startDay, member.joinedAfter, 3 + ((index * 7) % 24)) : start;
      const leftOn = member.leftAfter === undefined ? null : dayOfMonth(startDay, member.leftAfter, 15);
      members.set(member.organization, {
        organizationId: lookup(organizationIds, member.organization, "organization"),
        organizationName: lookup(organizationNames, member.organization, "organization"),
        joinedOn,
        leftOn,
      });
      memberships.push({
        id: membershipId,
        partnership_id: id,
        organization_id: lookup(organizationIds, member.organization, "organization"),
        joined_on: joinedOn,
        left_on: leftOn,
        representative_contact_id: representative,
        origin: member.origin,
        is_new_partner: member.isNew ? 1 : 0,
        notes: member.notes ?? null,
        confirmed_at: at,
        ...stamps,
      });
    });
  }

  const users: NewUser[] = [];
  const userPrograms: Insertable<UserProgramsTable>[] = [];
  const coordinators: Insertable<PartnershipCoordinatorsTable>[] = [];
  for (const account of portfolio.accounts) {
    const id = newId();
    users.push({
      id,
      email: account.email,
      name: account.name,
      password_hash: options.passwordHash,
      role: account.role,
      organization_id: account.organization ? lookup(organizationIds, account.organization, "organization") : null,
      locale: "en",
      disabled: 0,
      ...stamps,
    });
    const codes = account.programs === "all" ? portfolio.programs.map((program) => program.code) : (account.programs ?? []);
    for (const code of codes) userPrograms.push({ user_id: id, program_id: lookup(programIds, code, "program") });
    for (const key of account.partnerships ?? []) {
      coordinators.push({ user_id: id, partnership_id: lookup(partnershipIds, key, "partnership") });
      const coordinated = running.get(key);
      if (coordinated) coordinated.authorId = id;
    }
    if (account.role === "partner" && account.organization) {
      for (const partnership of running.values()) partnership.partnerUsers.set(account.organization, id);
    }
  }
  // Partnerships without a coordinator account are run, in the demo, by its administrator.
  const adminId = users.find((user) => user.role === "admin")?.id ?? null;
  for (const partnership of running.values()) partnership.authorId ??= adminId;

  const runningRows = buildRunningRows(portfolio.running, running, { today, at, newId });
  const surveyed = new Map<string, SurveyPartnership>();
  for (const partnership of portfolio.partnerships) {
    const runningPartnership = running.get(partnership.key);
    if (!runningPartnership) continue;
    surveyed.set(partnership.key, {
      ...runningPartnership,
      program: partnership.program,
      leadOrganizationId: lookup(organizationIds, partnership.lead, "organization"),
    });
  }
  const surveyRows = buildSurveyRows(portfolio.surveys, {
    today,
    at,
    newId,
    partnerships: surveyed,
    memberships,
    contacts,
    running: runningRows,
  });
  // A submitted checklist is the member's record for its perspective and round, replacing the one drawn
  // for it, as a submission replaces an earlier record.
  const answeredBySurvey = new Set(surveyRows.involvementRecords.map(recordKey));
  const involvementRecords = [
    ...demoInvolvementRecords(answered, today, at, newId).filter((record) => !answeredBySurvey.has(recordKey(record))),
    ...surveyRows.involvementRecords,
  ];
  return {
    programs,
    organizations,
    contacts,
    partnerships,
    memberships,
    involvementRecords,
    users,
    userPrograms,
    coordinators,
    running: runningRows,
    surveys: surveyRows,
  };
}
