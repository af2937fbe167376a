// The shape of the demo portfolio as written by hand: organizations, partnerships and accounts refer
// to each other by short keys, and dates are offsets in months from the day the demo is loaded, so a
// portfolio loaded next year still has active, completed and upcoming partnerships.
import type {
  FocusIssue,
  GovernmentLevel,
  Language,
  MembershipOrigin,
  PartnershipStatus,
  PriorityGroup,
  Role,
  Sector,
} from "../../../domain/vocabulary.js";
import type { DemoRunning } from "./running-types.js";
import type { DemoSurveys } from "./surveys-types.js";

/** The five regions the evaluation study sampled projects from. */
export const DEMO_REGIONS = ["Ontario", "Quebec", "Atlantic", "Prairies & NWT", "B.C. & Yukon"] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];

export type DemoProgram = { code: string; name: string; nameFr: string; description: string };

export type DemoContact = {
  name: string;
  title: string;
  language: Language;
  /** Months since someone last confirmed the details; null when never confirmed. */
  verifiedMonthsAgo: number | null;
};

export type DemoOrganization = {
  key: string;
  name: string;
  sector: Sector;
  level: GovernmentLevel | null;
  hasMandate: boolean;
  /** Email and web domain; always under example.ca or example.org. */
  domain: string;
  /** Telephone area code; numbers are drawn from the 555-01xx range reserved for fiction. */
  area: string;
  notes?: string;
  contacts: DemoContact[];
};

export type DemoMember = {
  organization: string;
  origin: MembershipOrigin;
  isNew: boolean;
  /** Months after the partnership's start that the member joined (0 for founding members). */
  joinedAfter?: number;
  leftAfter?: number;
  /** Which of the organization's contacts represents it (defaults to the first). */
  representative?: number;
  notes?: string;
};

export type DemoPartnership = {
  key: string;
  name: string;
  program: string;
  region: DemoRegion;
  lead: string;
  priorityGroups: PriorityGroup[];
  focusIssues: FocusIssue[];
  status: PartnershipStatus;
  /** Negative for a partnership that has not started yet. */
  startedMonthsAgo: number;
  durationMonths: number;
  /** When the funding runs out, counted from the start; omitted when it lasts the whole term. */
  fundedMonths?: number;
  description: string;
  members: DemoMember[];
};

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  programs?: string[] | "all";
  partnerships?: string[];
  organization?: string;
};

export type DemoPortfolio = {
  programs: DemoProgram[];
  organizations: DemoOrganization[];
  partnerships: DemoPartnership[];
  accounts: DemoAccount[];
  /** The partnerships shown at work: charter, plan, ledger, meetings and contacts. */
  running: DemoRunning[];
  /** Survey rounds of the built-in instruments in some of the running partnerships. */
  surveys: DemoSurveys[];
};

/** A contact, written compactly in the organization lists. */
export function person(name: string, title: string, language: Language, verifiedMonthsAgo: number | null): DemoContact {
  return { name, title, language, verifiedMonthsAgo };
}
