// The structure of the national portfolio: programs, organizations by region, partnerships and
// their members, as rows ready to insert. Involvement records are made later, a batch at a time.
import { PRIORITY_GROUPS, type MembershipOrigin, type Sector } from "../../../domain/vocabulary.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import type { NewMembership, NewOrganization, NewPartnership, NewProgram } from "../../db/schema.js";
import { dayOfMonth, endOfTerm } from "../dates.js";
import { DEMO_PROGRAMS } from "../portfolio/programs.js";
import { PROGRAM_WEIGHTS } from "./distributions.js";
import { NATIONAL_REGIONS, type Region } from "./geography.js";
import { fill, ISSUE_NAMES, ORGANIZATION_TEMPLATES, PARTNERSHIP_TEMPLATES, uniqueNamer } from "./names.js";
import type { Random } from "./random.js";
import { drawWeighted, LEAD_SECTORS, MEMBER_SECTORS, organizationTraits, type Weighted } from "./sectors.js";
import { apportion, membershipSizes, organizationsPerRegion } from "./sizes.js";

export type NationalSize = { partnerships: number; organizations: number; memberships: number };

/** 4 programs, 13 regions, 5,000 partnerships, 40,000 organizations, 60,000 memberships. */
export const NATIONAL_SIZE: NationalSize = { partnerships: 5_000, organizations: 40_000, memberships: 60_000 };

/** A member as its involvement records need it: the partnership's program and when each round was answered. */
export type MemberPlan = { membershipId: string; program: string; answeredOn: { baseline: string; final: string } };

export type NationalPlan = {
  programs: NewProgram[];
  organizations: NewOrganization[];
  partnerships: NewPartnership[];
  memberships: NewMembership[];
  members: MemberPlan[];
};

export type PlanContext = { random: Random; newId: () => string; today: Date; at: string };

const PROGRAMS: Weighted<string> = Object.entries(PROGRAM_WEIGHTS);
const ISSUES = Object.keys(ISSUE_NAMES);
// How partners said they came in: 33 approached by the lead, 26 out of inter-agency talks, 6 on their own.
const ORIGINS: Weighted<MembershipOrigin> = [
  ["lead_approached", 33],
  ["inter_agency", 26],
  ["partner_approached", 6],
];

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    const a = items[i];
    const b = items[j];
    if (a !== undefined && b !== undefined) [items[i], items[j]] = [b, a];
  }
  return items;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`National portfolio: no item at ${index}`);
  return item;
}

type Namers = { organization: (name: string) => string; partnership: (name: string) => string };

function organization(context: PlanContext, region: Region, sector: Sector, namers: Namers): NewOrganization {
  const templates = ORGANIZATION_TEMPLATES[sector];
  const name = namers.organization(
    fill(context.random.pick(region.french ? templates.fr : templates.en), { town: context.random.pick(region.towns) }),
  );
  const stamps = { created_at: context.at, updated_at: context.at };
  return {
    id: context.newId(),
    name,
    name_key: nameKey(name),
    ...organizationTraits(context.random, sector),
    website: null,
    notes: null,
    created_by: null,
    ...stamps,
  };
}

function partnership(
  context: PlanContext,
  region: Region,
  programId: string,
  program: string,
  lead: string,
  namers: Namers,
): NewPartnership {
  const { random, today } = context;
  const issue = random.pick(ISSUES);
  const templates = PARTNERSHIP_TEMPLATES[program] ?? { en: ["{town} {issue} Partnership"], fr: ["Partenariat de {town} : {issue}"] };
  const issueName = ISSUE_NAMES[issue] ?? { en: issue, fr: issue };
  const name = namers.partnership(
    fill(random.pick(region.french ? templates.fr : templates.en), {
      town: random.pick(region.towns),
      issue: region.french ? issueName.fr : issueName.en,
    }),
  );
  const start = dayOfMonth(today, -(6 + random.below(55)), 1);
  const end = endOfTerm(start, 24 + 12 * random.below(3));
  const status = end < dayOfMonth(today, 0, today.getUTCDate()) ? "completed" : random.chance(0.03) ? "suspended" : "active";
  return {
    id: context.newId(),
    program_id: programId,
    name,
    name_key: nameKey(name),
    lead_organization_id: lead,
    region: region.name,
    priority_groups: JSON.stringify([random.pick(PRIORITY_GROUPS)]),
    focus_issues: JSON.stringify([issue]),
    start_date: start,
    end_date: end,
    funding_end_date: end,
    status,
    description: null,
    created_at: context.at,
    updated_at: context.at,
  };
}

function membership(context: PlanContext, partnershipId: string, organizationId: string, joinedOn: string, isLead: boolean): NewMembership {
  return {
    id: context.newId(),
    partnership_id: partnershipId,
    organization_id: organizationId,
    joined_on: joinedOn,
    left_on: null,
    representative_contact_id: null,
    origin: isLead ? null : drawWeighted(context.random, ORIGINS),
    is_new_partner: !isLead && context.random.chance(0.4) ? 1 : 0,
    notes: null,
    confirmed_at: context.at,
    created_at: context.at,
    updated_at: context.at,
  };
}

/** Lays out the whole portfolio for a size; the same seed, day and size always give the same plan. */
export function planNationalPortfolio(context: PlanContext, size: NationalSize = NATIONAL_SIZE): NationalPlan {
  const { random } = context;
  const programs: NewProgram[] = DEMO_PROGRAMS.map((program) => ({
    id: context.newId(),
    code: program.code,
    name: program.name,
    name_fr: program.nameFr,
    description: program.description,
    created_at: context.at,
    updated_at: context.at,
  }));
  const programIds = new Map(programs.map((program) => [program.code, program.id]));

  // Where each partnership is, and how many members it has (its lead included).
  const regionOf = shuffle(
    random,
    apportion(
      size.partnerships,
      NATIONAL_REGIONS.map((region) => region.weight),
    ).flatMap((count, region) => Array<number>(count).fill(region)),
  );
  const sizes = membershipSizes(random.next, size.partnerships, size.memberships);
  const leads = NATIONAL_REGIONS.map((_, region) => regionOf.filter((r) => r === region).length);
  const perRegion = NATIONAL_REGIONS.map((_, region) =>
    sizes.reduce((sum, members, index) => (regionOf[index] === region ? sum + members : sum), 0),
  );
  const largest = NATIONAL_REGIONS.map((_, region) =>
    sizes.reduce((max, members, index) => (regionOf[index] === region ? Math.max(max, members - 1) : max), 0),
  );
  const organizationCounts = organizationsPerRegion(
    size.organizations,
    perRegion,
    leads.map((count, region) => count + at(largest, region)),
  );

  const namers: Namers = { organization: uniqueNamer(), partnership: uniqueNamer() };
  const organizations: NewOrganization[] = [];
  const leadQueues: NewOrganization[][] = [];
  const pools: NewOrganization[][] = [];
  NATIONAL_REGIONS.forEach((region, index) => {
    const leadRows = Array.from({ length: at(leads, index) }, () =>
      organization(context, region, drawWeighted(random, LEAD_SECTORS), namers),
    );
    const pool = Array.from({ length: at(organizationCounts, index) - at(leads, index) }, () =>
      organization(context, region, drawWeighted(random, MEMBER_SECTORS), namers),
    );
    organizations.push(...leadRows, ...pool);
    leadQueues.push(leadRows);
    pools.push(shuffle(random, [...pool]));
  });

  // Members are taken from the region's pool in turn, so every organization serves about as often and
  // the members of one partnership, consecutive in the pool, are distinct.
  const cursors = NATIONAL_REGIONS.map(() => 0);
  const leadCursors = NATIONAL_REGIONS.map(() => 0);
  const partnerships: NewPartnership[] = [];
  const memberships: NewMembership[] = [];
  const members: MemberPlan[] = [];
  regionOf.forEach((regionIndex, index) => {
    const region = at(NATIONAL_REGIONS, regionIndex);
    const program = drawWeighted(random, PROGRAMS);
    const lead = at(at(leadQueues, regionIndex), at(leadCursors, regionIndex));
    leadCursors[regionIndex] = at(leadCursors, regionIndex) + 1;
    const programId = programIds.get(program);
    if (!programId) throw new Error(`National portfolio: no program ${program}`);
    const row = partnership(context, region, programId, program, lead.id, namers);
    partnerships.push(row);
    const { start_date: start, end_date: end } = row;
    if (!start || !end) throw new Error("National portfolio: a partnership without dates");
    const answeredOn = { baseline: endOfTerm(start, 2), final: end };
    const pool = at(pools, regionIndex);
    const chosen = [lead.id];
    for (let n = 1; n < at(sizes, index); n += 1) {
      chosen.push(at(pool, at(cursors, regionIndex) % pool.length).id);
      cursors[regionIndex] = at(cursors, regionIndex) + 1;
    }
    chosen.forEach((organizationId, position) => {
      const member = membership(context, row.id, organizationId, start, position === 0);
      memberships.push(member);
      // The checklist is about the partners the lead brought in, never about the lead itself.
      if (position > 0) members.push({ membershipId: member.id, program, answeredOn });
    });
  });
  return { programs, organizations, partnerships, memberships, members };
}
