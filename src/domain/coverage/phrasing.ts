// The words the coverage texts are built from, in English and French. Sector phrases carry their
// article so that a sentence can say "look for a police service" / "cherchez un service de police".
import type { FocusIssue, PriorityGroup, Sector } from "../vocabulary.js";
import type { AxisStage } from "./axis.js";

export type Localized = { en: string; fr: string };
export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

export const SECTOR_PHRASES: Readonly<Record<Sector, Localized>> = {
  police: { en: "a police service", fr: "un service de police" },
  courts: { en: "a court", fr: "un tribunal" },
  corrections_probation: { en: "a corrections or probation service", fr: "un service correctionnel ou de probation" },
  schools: { en: "a school or school board", fr: "une école ou un centre de services scolaire" },
  public_health: { en: "a public health agency", fr: "une direction de santé publique" },
  health_care: { en: "a hospital or health care provider", fr: "un hôpital ou un établissement de soins" },
  social_services: { en: "a social service agency", fr: "un organisme de services sociaux" },
  municipal_government: { en: "the municipality", fr: "la municipalité" },
  provincial_state_government: { en: "a provincial or state ministry", fr: "un ministère provincial ou d'un État" },
  federal_government: { en: "a federal department", fr: "un ministère fédéral" },
  faith: { en: "a faith community", fr: "une communauté de foi" },
  business: { en: "a business or business association", fr: "une entreprise ou une association de gens d'affaires" },
  private_security: { en: "a private security firm", fr: "une entreprise de sécurité privée" },
  community_residents: { en: "a residents' or community group", fr: "un groupe de résidents ou communautaire" },
  youth_organizations: { en: "a youth organization", fr: "un organisme jeunesse" },
  indigenous_organizations: { en: "an Indigenous organization", fr: "un organisme autochtone" },
  research: { en: "a research partner", fr: "un partenaire de recherche" },
  other: { en: "another kind of organization", fr: "un autre type d'organisme" },
};

export const STAGE_LABELS: Readonly<Record<AxisStage, Localized>> = {
  prevention: { en: "prevention", fr: "prévention" },
  intervention: { en: "intervention", fr: "intervention" },
  enforcement: { en: "enforcement", fr: "application de la loi" },
  reentry: { en: "re-entry", fr: "réinsertion sociale" },
};

export const PRIORITY_GROUP_PHRASES: Readonly<Record<PriorityGroup, Localized>> = {
  children: { en: "children", fr: "les enfants" },
  youth: { en: "youth", fr: "les jeunes" },
  young_adults: { en: "young adults", fr: "les jeunes adultes" },
  women_and_girls: { en: "women and girls", fr: "les femmes et les filles" },
  indigenous_people: { en: "Indigenous people", fr: "les Autochtones" },
  elderly: { en: "older people", fr: "les aînés" },
  specific_communities: { en: "specific communities", fr: "des communautés particulières" },
  community_at_large: { en: "the community at large", fr: "l'ensemble de la collectivité" },
};

export const FOCUS_ISSUE_PHRASES: Readonly<Record<FocusIssue, Localized>> = {
  youth_violence: { en: "youth violence", fr: "la violence chez les jeunes" },
  gangs: { en: "gangs", fr: "les gangs" },
  gun_violence: { en: "gun violence", fr: "la violence armée" },
  family_violence: { en: "family violence", fr: "la violence familiale" },
  sexual_exploitation: { en: "sexual exploitation", fr: "l'exploitation sexuelle" },
  bullying: { en: "bullying", fr: "l'intimidation" },
  substance_use: { en: "substance use", fr: "la consommation de substances" },
  property_crime: { en: "property crime", fr: "les crimes contre les biens" },
  victimization: { en: "victimization", fr: "la victimisation" },
  school_safety: { en: "school safety", fr: "la sécurité à l'école" },
  reentry: { en: "re-entry after custody", fr: "la réinsertion après la détention" },
  hate_crime: { en: "hate crime", fr: "les crimes haineux" },
  community_disorder: { en: "disorder in the neighbourhood", fr: "le désordre dans le quartier" },
  other: { en: "other issues", fr: "d'autres enjeux" },
};

const CONJUNCTIONS = { and: { en: "and", fr: "et" }, or: { en: "or", fr: "ou" } } as const;

/** Joins phrases as a sentence would, e.g. joinPhrases(["a", "b", "c"], "or", "en") → "a, b or c". */
export function joinPhrases(phrases: readonly string[], conjunction: keyof typeof CONJUNCTIONS, language: Language): string {
  if (phrases.length <= 1) return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")} ${CONJUNCTIONS[conjunction][language]} ${phrases[phrases.length - 1]}`;
}

/** One localized text from a function of the language, e.g. localize((l) => (l === "en" ? "yes" : "oui")) → { en: "yes", fr: "oui" }. */
export function localize(build: (language: Language) => string): Localized {
  return { en: build("en"), fr: build("fr") };
}

/** Sector phrases joined with "or", e.g. sectorAlternatives(["courts"], "en") → "a court". */
export function sectorAlternatives(sectors: readonly Sector[], language: Language): string {
  return joinPhrases(
    sectors.map((sector) => SECTOR_PHRASES[sector][language]),
    "or",
    language,
  );
}
