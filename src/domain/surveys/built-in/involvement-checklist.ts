// The involvement checklist: the thirteen project-level indicators of the partnership typology (what a
// partner actually did, from receiving a copy of the proposal to reporting results), asked as yes/no
// questions in the order of the 2002 partnership study's Table 1. The lead answers about a partner
// ("did this partner …"), a partner about itself ("did your organization …"); a submitted response
// becomes the member's involvement record for that perspective, classified by the typology's rubric.
// No question is required: a lead may not know whether a partner wrote a letter, and a partner's
// contact may not know about its organization's money; unanswered counts as no, as it does today.
import type { ProjectIndicatorKey } from "../../typology/indicators.js";
import type { Instrument, InstrumentItem, InstrumentSection, Localized } from "../instrument.js";

/** What the partner did, as the rest of a question: "Did this partner …?", "Ce partenaire a-t-il …\u202f?". */
const DID: Record<ProjectIndicatorKey, Localized> = {
  proposal_copy: { en: "receive a copy of the project proposal", fr: "reçu une copie de la proposition de projet" },
  support_letter: { en: "write a letter supporting the project", fr: "écrit une lettre d’appui au projet" },
  proposal_committee: { en: "sit on the committee that prepared the proposal", fr: "siégé au comité qui a préparé la proposition" },
  planned_implementation: { en: "help plan how the project would be carried out", fr: "aidé à planifier la mise en œuvre du projet" },
  responsible_implementation: {
    en: "take charge of carrying out the project, alone or with others",
    fr: "pris en charge la mise en œuvre du projet, seul ou avec d’autres",
  },
  financial_resources: { en: "contribute money to the project", fr: "contribué financièrement au projet" },
  human_resources: { en: "provide staff or volunteers", fr: "fourni du personnel ou des bénévoles" },
  inkind_resources: { en: "provide goods, space or services in kind", fr: "fourni des biens, des locaux ou des services en nature" },
  coordinated_activities: {
    en: "coordinate its own activities with the project",
    fr: "coordonné ses propres activités avec celles du projet",
  },
  developed_protocols: {
    en: "work out protocols or agreements for the joint work",
    fr: "élaboré des protocoles ou des ententes pour le travail commun",
  },
  shared_decision_making: { en: "take part in the project’s decisions", fr: "pris part aux décisions du projet" },
  fiscal_management: { en: "manage the project’s money, alone or with others", fr: "géré l’argent du projet, seul ou avec d’autres" },
  reporting_results: { en: "take charge of reporting the project’s results", fr: "été chargé de rendre compte des résultats du projet" },
};

function question(key: ProjectIndicatorKey): InstrumentItem {
  const { en, fr } = DID[key];
  return {
    id: key,
    type: "yesno",
    text: { en: `Did the partner organization ${en}?`, fr: `L’organisme partenaire a-t-il ${fr}\u202f?` },
    perspectiveText: {
      lead: { en: `Did this partner ${en}?`, fr: `Ce partenaire a-t-il ${fr}\u202f?` },
      partner: { en: `Did your organization ${en}?`, fr: `Votre organisme a-t-il ${fr}\u202f?` },
    },
    required: false,
  };
}

function group(key: string, title: Localized, keys: readonly ProjectIndicatorKey[]): InstrumentSection {
  return { key, title, items: keys.map(question) };
}

export const INVOLVEMENT_CHECKLIST: Instrument = {
  id: "involvement-checklist",
  version: 1,
  title: { en: "Involvement checklist", fr: "Liste de vérification de la participation" },
  description: {
    en: "What the partner did in the project, as yes or no. Leave a question blank if you do not know.",
    fr: "Ce que le partenaire a fait dans le projet, par oui ou par non. Laissez une question sans réponse si vous ne savez pas.",
  },
  purpose: "involvement",
  sections: [
    group("proposal", { en: "The proposal", fr: "La proposition" }, ["proposal_copy", "support_letter", "proposal_committee"]),
    group("implementation", { en: "Planning and carrying out", fr: "Planification et mise en œuvre" }, [
      "planned_implementation",
      "responsible_implementation",
    ]),
    group("resources", { en: "Resources", fr: "Ressources" }, ["financial_resources", "human_resources", "inkind_resources"]),
    group("joint_work", { en: "Working together", fr: "Travail commun" }, [
      "coordinated_activities",
      "developed_protocols",
      "shared_decision_making",
    ]),
    group("money_and_results", { en: "Money and results", fr: "Argent et résultats" }, ["fiscal_management", "reporting_results"]),
  ],
  scores: [],
  bands: [],
};
