// Controlled vocabularies shared by the server, the web app and the CLI.
// Keys are stable identifiers stored in the database; labels live in the web app's i18n files.

/** Sectors a partner organization belongs to, drawn from the partnership guidance in the seeds. */
export const SECTORS = [
  "police",
  "courts",
  "corrections_probation",
  "schools",
  "public_health",
  "health_care",
  "social_services",
  "municipal_government",
  "provincial_state_government",
  "federal_government",
  "faith",
  "business",
  "private_security",
  "community_residents",
  "youth_organizations",
  "indigenous_organizations",
  "research",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

/** Level of government or reach an organization operates at (the study's sampling frame). */
export const GOVERNMENT_LEVELS = [
  "international",
  "national",
  "provincial_territorial_state",
  "regional",
  "municipal",
  "local_neighbourhood",
  "band_council",
] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

/** Priority groups a partnership serves (the study's client groups). */
export const PRIORITY_GROUPS = [
  "children",
  "youth",
  "young_adults",
  "women_and_girls",
  "indigenous_people",
  "elderly",
  "specific_communities",
  "community_at_large",
] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

/** Issues a partnership focuses on. */
export const FOCUS_ISSUES = [
  "youth_violence",
  "gangs",
  "gun_violence",
  "family_violence",
  "sexual_exploitation",
  "bullying",
  "substance_use",
  "property_crime",
  "victimization",
  "school_safety",
  "reentry",
  "hate_crime",
  "community_disorder",
  "other",
] as const;
export type FocusIssue = (typeof FOCUS_ISSUES)[number];

export const PARTNERSHIP_STATUSES = ["planning", "active", "completed", "suspended"] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** How a member came into the partnership (the study's "how did you become involved"). */
export const MEMBERSHIP_ORIGINS = ["lead_approached", "partner_approached", "inter_agency"] as const;
export type MembershipOrigin = (typeof MEMBERSHIP_ORIGINS)[number];

export const ROLES = ["admin", "program_officer", "coordinator", "partner", "evaluator"] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];
