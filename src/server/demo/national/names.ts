// Names for generated organizations and partnerships, from templates per sector and program, in
// English or French by region. Every name is made unique by a number after the first use.
import type { Sector } from "../../../domain/vocabulary.js";
import { nameKey } from "../../../domain/registry/name-key.js";

type Templates = { en: readonly string[]; fr: readonly string[] };

export const ORGANIZATION_TEMPLATES: Record<Sector, Templates> = {
  police: {
    en: ["{town} Police Service", "{town} Community Policing Unit"],
    fr: ["Service de police de {town}", "Poste de quartier de {town}"],
  },
  courts: {
    en: ["{town} Provincial Court", "{town} Youth Justice Court"],
    fr: ["Palais de justice de {town}", "Chambre de la jeunesse de {town}"],
  },
  corrections_probation: {
    en: ["{town} Probation Office", "{town} Youth Probation Services"],
    fr: ["Bureau de probation de {town}", "Services correctionnels de {town}"],
  },
  schools: {
    en: ["{town} District School Board", "{town} Catholic School Board", "{town} Secondary School"],
    fr: ["Centre de services scolaire de {town}", "École secondaire de {town}"],
  },
  public_health: { en: ["{town} Public Health Unit"], fr: ["Direction de santé publique de {town}"] },
  health_care: { en: ["{town} General Hospital", "{town} Community Health Centre"], fr: ["CLSC de {town}", "Hôpital de {town}"] },
  social_services: {
    en: ["{town} Family Services", "{town} Children's Aid Society", "{town} Community Services Centre"],
    fr: ["Maison de la famille de {town}", "Centre communautaire de {town}"],
  },
  municipal_government: {
    en: ["City of {town}", "{town} Recreation Department"],
    fr: ["Ville de {town}", "Service des loisirs de {town}"],
  },
  provincial_state_government: {
    en: ["{town} Regional Office, Ministry of Justice"],
    fr: ["Direction régionale du ministère de la Sécurité publique, {town}"],
  },
  federal_government: { en: ["Service Canada Centre, {town}"], fr: ["Centre Service Canada de {town}"] },
  faith: {
    en: ["{town} Interfaith Council", "St. Andrew's Church, {town}", "{town} Islamic Centre"],
    fr: ["Paroisse Saint-Joseph de {town}", "Table interreligieuse de {town}"],
  },
  business: {
    en: ["{town} Chamber of Commerce", "{town} Downtown Business Association"],
    fr: ["Chambre de commerce de {town}", "Association des commerçants de {town}"],
  },
  private_security: { en: ["{town} Security Services"], fr: ["Services de sécurité de {town}"] },
  community_residents: {
    en: ["{town} Residents' Association", "{town} Neighbourhood Watch", "{town} Tenants' Association"],
    fr: ["Association des résidents de {town}", "Comité de citoyens de {town}"],
  },
  youth_organizations: {
    en: ["Boys and Girls Club of {town}", "{town} Youth Centre"],
    fr: ["Maison des jeunes de {town}", "Carrefour jeunesse de {town}"],
  },
  indigenous_organizations: {
    en: ["{town} Native Friendship Centre", "{town} Indigenous Youth Council"],
    fr: ["Centre d'amitié autochtone de {town}"],
  },
  research: { en: ["{town} Crime Prevention Research Centre"], fr: ["Centre de recherche en prévention de la criminalité de {town}"] },
  other: { en: ["{town} Public Library", "{town} Community Legal Clinic"], fr: ["Bibliothèque de {town}", "Clinique juridique de {town}"] },
};

export const PARTNERSHIP_TEMPLATES: Record<string, Templates> = {
  CMP: {
    en: ["{town} {issue} Coalition", "{town} Community Safety Table on {issue}"],
    fr: ["Table de concertation de {town} : {issue}", "Mobilisation de {town} : {issue}"],
  },
  CPPP: {
    en: ["{issue} Practice Network ({town})", "{issue} Training Partnership, {town}"],
    fr: ["Réseau de pratique sur {issue} ({town})", "Partenariat de formation sur {issue}, {town}"],
  },
  BAP: { en: ["{town} Business Partnership on {issue}"], fr: ["Partenariat d'affaires de {town} : {issue}"] },
  CPIF: { en: ["{town} {issue} Demonstration Project"], fr: ["Projet de démonstration de {town} : {issue}"] },
};

export const ISSUE_NAMES: Record<string, { en: string; fr: string }> = {
  youth_violence: { en: "Youth Violence", fr: "violence chez les jeunes" },
  gangs: { en: "Street Gangs", fr: "gangs de rue" },
  family_violence: { en: "Family Violence", fr: "violence familiale" },
  sexual_exploitation: { en: "Sexual Exploitation", fr: "exploitation sexuelle" },
  bullying: { en: "Bullying", fr: "intimidation" },
  substance_use: { en: "Substance Use", fr: "consommation de drogues" },
  property_crime: { en: "Property Crime", fr: "crimes contre les biens" },
  school_safety: { en: "School Safety", fr: "sécurité à l'école" },
  reentry: { en: "Re-entry", fr: "réinsertion sociale" },
  community_disorder: { en: "Neighbourhood Disorder", fr: "désordre dans le quartier" },
};

/** Hands out names, numbering repeats (as the registry compares names): "City of Laval", then "City of Laval 2". */
export function uniqueNamer(): (name: string) => string {
  const seen = new Map<string, number>();
  return (name) => {
    const key = nameKey(name);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? name : `${name} ${count}`;
  };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
