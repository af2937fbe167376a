// The names of the controlled vocabulary, for what the server and the command line write in words
// (an import report names the sector of an organization it creates). Files keep the keys.
import type { Sector } from "../../domain/vocabulary.js";
import type { Message } from "./types.js";

type VocabularyCatalogue = Record<`sector.${Sector}`, Message>;

export const vocabularyEn = {
  "sector.police": "Police",
  "sector.courts": "Courts",
  "sector.corrections_probation": "Corrections and probation",
  "sector.schools": "Schools",
  "sector.public_health": "Public health",
  "sector.health_care": "Health care",
  "sector.social_services": "Social services",
  "sector.municipal_government": "Municipal government",
  "sector.provincial_state_government": "Provincial or state government",
  "sector.federal_government": "Federal government",
  "sector.faith": "Faith groups",
  "sector.business": "Business",
  "sector.private_security": "Private security",
  "sector.community_residents": "Community residents",
  "sector.youth_organizations": "Youth organizations",
  "sector.indigenous_organizations": "Indigenous organizations",
  "sector.research": "Research",
  "sector.other": "Other",
} satisfies VocabularyCatalogue;

export const vocabularyFr: VocabularyCatalogue = {
  "sector.police": "Police",
  "sector.courts": "Tribunaux",
  "sector.corrections_probation": "Services correctionnels et probation",
  "sector.schools": "Écoles",
  "sector.public_health": "Santé publique",
  "sector.health_care": "Soins de santé",
  "sector.social_services": "Services sociaux",
  "sector.municipal_government": "Administration municipale",
  "sector.provincial_state_government": "Gouvernement provincial ou d'État",
  "sector.federal_government": "Gouvernement fédéral",
  "sector.faith": "Groupes confessionnels",
  "sector.business": "Entreprises",
  "sector.private_security": "Sécurité privée",
  "sector.community_residents": "Résidents",
  "sector.youth_organizations": "Organismes jeunesse",
  "sector.indigenous_organizations": "Organisations autochtones",
  "sector.research": "Recherche",
  "sector.other": "Autre",
};
