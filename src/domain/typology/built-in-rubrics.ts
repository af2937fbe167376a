// The two typologies of the 2002 partnership study, as rubrics. They ship with the code rather than
// the database so that the command line can classify without one; a correction ships as a new
// version appended here, never as an edit, because stored results name the version they came from.
import { PROJECT_INDICATOR_KEYS } from "./indicators.js";
import type { Rubric } from "./rubric.js";

export const PARTNERSHIP_STUDY_RUBRIC: Rubric = {
  id: "partnership-study-2002",
  version: 1,
  title: {
    en: "Project partnership continuum (2002 partnership study)",
    fr: "Continuum des partenariats de projet (étude de 2002 sur les partenariats)",
  },
  indicators: [...PROJECT_INDICATOR_KEYS],
  levels: [
    {
      key: "collaboration",
      label: { en: "Collaboration", fr: "Collaboration" },
      condition: { all: ["shared_decision_making", "responsible_implementation", { any: ["reporting_results", "fiscal_management"] }] },
      rationale: {
        en: "The partner decides with the lead, carries part of the work, and answers for the results or the money: decisions, action and accountability are held in common.",
        fr: "Le partenaire décide avec l'organisme responsable, porte une partie du travail et répond des résultats ou des fonds\u00a0: décisions, action et reddition de comptes sont communes.",
      },
    },
    {
      key: "coordination",
      label: { en: "Coordination", fr: "Coordination" },
      condition: { any: ["developed_protocols", "shared_decision_making", "coordinated_activities", "responsible_implementation"] },
      rationale: {
        en: "The partner fits its own work to the project's, through joint protocols, a say in decisions, coordinated activities or a share of the implementation, without holding all the responsibilities of collaboration.",
        fr: "Le partenaire ajuste son propre travail à celui du projet, par des protocoles communs, une voix dans les décisions, des activités coordonnées ou une part de la mise en œuvre, sans assumer toutes les responsabilités de la collaboration.",
      },
    },
    {
      key: "cooperation",
      label: { en: "Cooperation", fr: "Coopération" },
      condition: {
        any: [
          "proposal_committee",
          { all: ["proposal_copy", "support_letter"] },
          "planned_implementation",
          "financial_resources",
          "human_resources",
          "inkind_resources",
          "reporting_results",
          "fiscal_management",
        ],
      },
      rationale: {
        en: "The partner helped shape or support the project, in preparing the proposal, planning the work, or lending money, people or goods, while keeping its own activities separate.",
        fr: "Le partenaire a aidé à bâtir ou à soutenir le projet, en préparant la proposition, en planifiant le travail ou en prêtant des fonds, des personnes ou des biens, tout en gardant ses activités distinctes.",
      },
    },
    {
      key: "consultation",
      label: { en: "Consultation", fr: "Consultation" },
      condition: { any: ["proposal_copy", "support_letter"] },
      rationale: {
        en: "The partner was kept informed or vouched for the project, with little contact beyond that and a clear, limited role.",
        fr: "Le partenaire a été tenu informé ou s'est porté garant du projet, avec peu de contacts au-delà et un rôle clair et limité.",
      },
    },
    {
      key: "none",
      label: { en: "None", fr: "Aucun" },
      condition: "always",
      rationale: {
        en: "No sign of involvement: the organization is named as a partner but took part in none of the ways asked about. In the study, about one named partner in eleven did not see itself as a partner.",
        fr: "Aucun signe d'engagement\u00a0: l'organisme est nommé comme partenaire mais n'a participé d'aucune des façons demandées. Dans l'étude, environ un partenaire nommé sur onze ne se considérait pas comme partenaire.",
      },
    },
  ],
};

export const NATIONAL_STUDY_RUBRIC: Rubric = {
  id: "national-study-2002",
  version: 1,
  title: {
    en: "Relationships with national organizations (2002 partnership study)",
    fr: "Relations avec les organismes nationaux (étude de 2002 sur les partenariats)",
  },
  indicators: ["exchanges_resources", "consulted", "joint_planning"],
  levels: [
    {
      key: "collaborative",
      label: { en: "Collaborative", fr: "Collaboratif" },
      condition: "joint_planning",
      rationale: {
        en: "The organization helps plan and decide, including the goals and direction of the work.",
        fr: "L'organisme aide à planifier et à décider, y compris les objectifs et l'orientation du travail.",
      },
    },
    {
      key: "consultative",
      label: { en: "Consultative", fr: "Consultatif" },
      condition: "consulted",
      rationale: {
        en: "The organization is asked for its views on issues of concern, regularly or when a need arises.",
        fr: "On demande l'avis de l'organisme sur des questions qui le touchent, régulièrement ou au besoin.",
      },
    },
    {
      key: "instrumental_contributory",
      label: { en: "Instrumental / contributory", fr: "Instrumental / contributif" },
      condition: "exchanges_resources",
      rationale: {
        en: "A practical exchange: information, knowledge or funds change hands, and each side then works on its own.",
        fr: "Un échange pratique\u00a0: de l'information, des connaissances ou des fonds changent de mains, puis chacun travaille de son côté.",
      },
    },
    {
      key: "none",
      label: { en: "None", fr: "Aucun" },
      condition: "always",
      rationale: {
        en: "None of the three kinds of relationship applies.",
        fr: "Aucun des trois types de relation ne s'applique.",
      },
    },
  ],
};

/** Every version of every built-in rubric; the highest version of an id is its current one. */
export const BUILT_IN_RUBRICS: readonly Rubric[] = [PARTNERSHIP_STUDY_RUBRIC, NATIONAL_STUDY_RUBRIC];

/** What a program uses until someone chooses otherwise. */
export const DEFAULT_RUBRIC_ID = PARTNERSHIP_STUDY_RUBRIC.id;

/** Whether an id belongs to a built-in rubric (such ids cannot be taken by stored rubrics), e.g. isBuiltInRubricId("national-study-2002") === true. */
export function isBuiltInRubricId(id: string): boolean {
  return BUILT_IN_RUBRICS.some((rubric) => rubric.id === id);
}

/** A built-in rubric: the given version, or the latest, e.g. findBuiltInRubric("partnership-study-2002")?.version === 1. */
export function findBuiltInRubric(id: string, version?: number): Rubric | undefined {
  const versions = BUILT_IN_RUBRICS.filter((rubric) => rubric.id === id);
  if (version !== undefined) return versions.find((rubric) => rubric.version === version);
  return versions.reduce<Rubric | undefined>((latest, rubric) => (!latest || rubric.version > latest.version ? rubric : latest), undefined);
}

/** The latest version of each built-in rubric, in the order they are listed, e.g. latestBuiltInRubrics()[0].id === "partnership-study-2002". */
export function latestBuiltInRubrics(): Rubric[] {
  return [...new Set(BUILT_IN_RUBRICS.map((rubric) => rubric.id))].flatMap((id) => findBuiltInRubric(id) ?? []);
}
