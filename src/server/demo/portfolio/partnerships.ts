// Thirteen partnerships across the four programs and the five regions. As in the evaluation study,
// most members were approached by the lead agency or came out of inter-agency talks, and many new
// members are organizations that do not see crime prevention as part of their mandate.
import type { MembershipOrigin } from "../../../contracts/vocabulary.js";
import type { DemoMember, DemoPartnership } from "./types.js";

function member(organization: string, origin: MembershipOrigin, isNew: boolean, extra: Omit<DemoMember, "organization" | "origin" | "isNew"> = {}): DemoMember {
  return { organization, origin, isNew, ...extra };
}

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  {
    key: "hamilton-east", name: "Hamilton East Youth Safety Coalition", program: "CMP", region: "Ontario", lead: "on-hamilton-nao",
    priorityGroups: ["youth", "community_at_large"], focusIssues: ["youth_violence", "gangs"],
    status: "active", startedMonthsAgo: 18, durationMonths: 36, fundedMonths: 24,
    description: "Residents, schools and agencies in the east end meet monthly to map where young people feel unsafe and to run after-school and summer programs in those places.",
    members: [
      member("on-hamilton-police", "inter_agency", false),
      member("on-escarpment-dsb", "lead_approached", true),
      member("on-eastside-frc", "inter_agency", false),
      member("on-crestview-tenants", "lead_approached", true, { joinedAfter: 3 }),
      member("on-westdale-interfaith", "partner_approached", true, { joinedAfter: 5, representative: 1 }),
      member("on-st-brendans", "lead_approached", true, { joinedAfter: 8, notes: "Refers young patients treated for assault injuries to the coalition's mentors." }),
      member("on-probation", "inter_agency", false, { joinedAfter: 2 }),
    ],
  },
  {
    key: "cap-madeleine", name: "Concertation jeunesse sécuritaire du Cap-de-la-Madeleine", program: "CMP", region: "Quebec", lead: "qc-table-cap",
    priorityGroups: ["youth", "children"], focusIssues: ["bullying", "substance_use", "youth_violence"],
    status: "active", startedMonthsAgo: 10, durationMonths: 30,
    description: "Plan d'action de quartier pour les jeunes de 10 à 17 ans : présence d'intervenants dans les parcs le soir, ateliers dans les écoles et un point de service au centre commercial.",
    members: [
      member("qc-tr-police", "inter_agency", false, { representative: 1 }),
      member("qc-mdj-escale", "inter_agency", false),
      member("qc-css", "lead_approached", true),
      member("qc-commercants", "lead_approached", true, { joinedAfter: 2 }),
      member("qc-paroisse", "partner_approached", true, { joinedAfter: 4 }),
      member("qc-sante-publique", "inter_agency", false),
    ],
  },
  {
    key: "north-end-halifax", name: "North End Halifax Safer Streets", program: "CMP", region: "Atlantic", lead: "at-north-end-council",
    priorityGroups: ["community_at_large", "specific_communities"], focusIssues: ["community_disorder", "substance_use", "property_crime"],
    status: "completed", startedMonthsAgo: 44, durationMonths: 30,
    description: "A residents' council brought agencies together around safety walks, better lighting and a drop-in for people using substances. The final report recommends keeping the monthly safety table.",
    members: [
      member("at-halifax-police", "inter_agency", false),
      member("at-halifax-municipal", "inter_agency", false),
      member("at-outreach-ministry", "lead_approached", true),
      member("at-harbour-city-chc", "lead_approached", true, { joinedAfter: 2 }),
      member("at-restorative", "lead_approached", false, { joinedAfter: 4 }),
      member("at-harbourview-rsd", "lead_approached", true, { leftAfter: 18, notes: "Withdrew when its school safety work moved into the district's own plan." }),
      member("at-mikmaw-family", "partner_approached", true, { joinedAfter: 6, representative: 1 }),
    ],
  },
  {
    key: "yellowknife-circle", name: "Yellowknife Family Violence Prevention Circle", program: "CMP", region: "Prairies & NWT", lead: "pr-northern-lights",
    priorityGroups: ["women_and_girls", "indigenous_people", "children"], focusIssues: ["family_violence", "victimization"],
    status: "active", startedMonthsAgo: 14, durationMonths: 36,
    description: "Shelter staff, health workers, the police and Dene community members plan safe-home networks for the winter months and a shared protocol for responding to disclosures.",
    members: [
      member("pr-yk-city", "lead_approached", true),
      member("pr-nwt-police", "inter_agency", false),
      member("pr-snowbird-lake", "partner_approached", true, { joinedAfter: 2 }),
      member("pr-great-slave-health", "lead_approached", true, { joinedAfter: 1 }),
      member("nat-shelter-network", "inter_agency", false),
    ],
  },
  {
    key: "whitehorse-plan", name: "Whitehorse Community Safety Plan", program: "CMP", region: "B.C. & Yukon", lead: "bc-whitehorse-coalition",
    priorityGroups: ["community_at_large", "youth", "indigenous_people"], focusIssues: ["substance_use", "community_disorder", "property_crime"],
    status: "planning", startedMonthsAgo: -3, durationMonths: 24,
    description: "Partners are drafting a community safety plan for downtown Whitehorse, starting with a survey of residents and First Nations citizens.",
    members: [
      member("bc-yukon-justice", "inter_agency", false, { joinedAfter: -6 }),
      member("bc-two-rivers", "partner_approached", true, { joinedAfter: -5 }),
      member("bc-yukon-youth", "lead_approached", true, { joinedAfter: -4 }),
    ],
  },
  {
    key: "bullying-toolkit", name: "Speak Up: Bullying Prevention Toolkit for Ontario Schools", program: "CPPP", region: "Ontario", lead: "nat-youth-council",
    priorityGroups: ["children", "youth"], focusIssues: ["bullying", "school_safety"],
    status: "active", startedMonthsAgo: 8, durationMonths: 24,
    description: "Young people and teachers co-write a toolkit for peer-led bullying prevention, piloted in two school boards before it is offered province-wide in English and French.",
    members: [
      member("on-escarpment-dsb", "lead_approached", true),
      member("on-superior-north-dsb", "lead_approached", true, { joinedAfter: 1 }),
      member("on-weston-youth", "inter_agency", false),
      member("on-nwo-public-health", "lead_approached", false, { joinedAfter: 2 }),
      member("nat-secretariat", "inter_agency", false),
      member("on-cswb", "inter_agency", false, { joinedAfter: 3 }),
    ],
  },
  {
    key: "exploitation-jeunes", name: "Réseau de prévention de l'exploitation sexuelle des jeunes", program: "CPPP", region: "Quebec", lead: "qc-phare",
    priorityGroups: ["women_and_girls", "youth"], focusIssues: ["sexual_exploitation", "victimization"],
    status: "active", startedMonthsAgo: 20, durationMonths: 36, fundedMonths: 30,
    description: "Un réseau provincial qui forme les intervenants, les agents de sécurité et les milieux de la santé à reconnaître les signes d'exploitation et à orienter les jeunes vers l'aide.",
    members: [
      member("qc-observatoire", "inter_agency", false),
      member("qc-msp", "inter_agency", false),
      member("qc-probation", "lead_approached", false, { joinedAfter: 2 }),
      member("qc-clinique-relais", "lead_approached", true, { joinedAfter: 3 }),
      member("qc-securite-boreal", "partner_approached", true, { joinedAfter: 6, notes: "Trains hotel and transit security staff to recognize the signs of exploitation." }),
      member("qc-lac-epinettes", "lead_approached", true, { joinedAfter: 9 }),
      member("nat-shelter-network", "inter_agency", false, { representative: 1 }),
      member("intl-urban-safety", "partner_approached", true, { joinedAfter: 12 }),
    ],
  },
  {
    key: "safe-at-home", name: "Safe at Home: Preventing Abuse and Fraud Against Older Manitobans", program: "CPPP", region: "Prairies & NWT", lead: "pr-seniors",
    priorityGroups: ["elderly"], focusIssues: ["victimization", "family_violence"],
    status: "completed", startedMonthsAgo: 38, durationMonths: 24,
    description: "Volunteers, bank staff and congregations learned to spot financial abuse of older people; the workshop kit is still in use.",
    members: [
      member("pr-mb-justice", "inter_agency", false),
      member("pr-wpg-police", "inter_agency", false),
      member("pr-credit-union", "lead_approached", true, { joinedAfter: 1 }),
      member("pr-northpoint-faith", "lead_approached", true, { joinedAfter: 2 }),
      member("nat-interfaith", "partner_approached", true, { joinedAfter: 4 }),
    ],
  },
  {
    key: "uptown-saint-john", name: "Uptown Saint John Retail Theft Prevention", program: "BAP", region: "Atlantic", lead: "at-sj-uptown",
    priorityGroups: ["community_at_large", "young_adults"], focusIssues: ["property_crime", "community_disorder"],
    status: "active", startedMonthsAgo: 9, durationMonths: 24,
    description: "Merchants share incident reports through one coordinator, train staff in de-escalation and refer people caught shoplifting out of need to food and shelter services.",
    members: [
      member("at-sj-police", "inter_agency", false),
      member("at-fundy-security", "lead_approached", true),
      member("nat-retail-council", "partner_approached", false),
      member("at-sj-social", "lead_approached", true, { joinedAfter: 3, notes: "Connects people stopped for shoplifting with food and shelter supports." }),
      member("at-nb-justice", "inter_agency", false, { joinedAfter: 1 }),
      member("at-acadian-network", "lead_approached", true, { joinedAfter: 5 }),
    ],
  },
  {
    key: "nanaimo-harbourfront", name: "Nanaimo Harbourfront Safe Business Network", program: "BAP", region: "B.C. & Yukon", lead: "bc-nanaimo-merchants",
    priorityGroups: ["community_at_large"], focusIssues: ["property_crime", "community_disorder", "substance_use"],
    status: "suspended", startedMonthsAgo: 16, durationMonths: 30, fundedMonths: 12,
    description: "A radio link between shops, security patrols and street outreach workers. Paused when the first year of funding ended; the association is seeking a second funder.",
    members: [
      member("bc-cascadia-security", "lead_approached", true),
      member("bc-nanaimo-police", "inter_agency", false),
      member("bc-island-outreach", "lead_approached", true, { joinedAfter: 2 }),
      member("nat-security-assoc", "partner_approached", false, { joinedAfter: 4 }),
    ],
  },
  {
    key: "eagle-spirit", name: "Eagle Spirit Youth Mentorship Project", program: "CPIF", region: "Prairies & NWT", lead: "pr-eagle-spirit",
    priorityGroups: ["indigenous_people", "youth", "young_adults"], focusIssues: ["gangs", "reentry", "youth_violence"],
    status: "active", startedMonthsAgo: 22, durationMonths: 48,
    description: "Elders and trained mentors support young people leaving gangs or custody through land-based programming and help with school and work; an outcome evaluation follows two cohorts.",
    members: [
      member("pr-wpg-police", "inter_agency", false),
      member("pr-riverbend-sd", "lead_approached", true),
      member("pr-youth-corrections", "inter_agency", false),
      member("nat-safety-institute", "lead_approached", true, { notes: "Evaluation partner: runs the outcome study." }),
      member("pr-mb-justice", "inter_agency", false, { joinedAfter: 2 }),
    ],
  },
  {
    key: "fraser-reintegration", name: "Fraser Valley Youth Reintegration Project", program: "CPIF", region: "B.C. & Yukon", lead: "bc-newton-youth",
    priorityGroups: ["youth", "young_adults", "specific_communities"], focusIssues: ["reentry", "gun_violence", "gangs"],
    status: "active", startedMonthsAgo: 12, durationMonths: 36,
    description: "Wrap-around support for young people returning from custody, tested against usual practice with a research partner measuring reoffending and school return.",
    members: [
      member("bc-fraser-police", "inter_agency", false),
      member("bc-fraser-sd", "lead_approached", true),
      member("bc-pacific-institute", "partner_approached", true, { notes: "Evaluation partner." }),
      member("bc-corrections", "inter_agency", false),
      member("bc-cedar-path", "lead_approached", true, { joinedAfter: 4 }),
      member("intl-urban-safety", "lead_approached", true, { joinedAfter: 6, representative: 1 }),
    ],
  },
  {
    key: "northern-ontario-wellness", name: "Northern Ontario Youth Wellness and Safety Demonstration", program: "CPIF", region: "Ontario", lead: "on-healing-lodge",
    priorityGroups: ["indigenous_people", "youth", "children"], focusIssues: ["substance_use", "youth_violence", "victimization"],
    status: "planning", startedMonthsAgo: -2, durationMonths: 36,
    description: "A community-led demonstration project that will test culturally grounded youth programming in two northern communities, with an evaluation designed together with the First Nation.",
    members: [
      member("on-long-portage", "inter_agency", false, { joinedAfter: -5 }),
      member("on-nwo-public-health", "lead_approached", true, { joinedAfter: -4 }),
      member("on-superior-north-dsb", "lead_approached", true, { joinedAfter: -3 }),
      member("nat-safety-institute", "partner_approached", true, { joinedAfter: -3, notes: "Evaluation partner." }),
    ],
  },
];
