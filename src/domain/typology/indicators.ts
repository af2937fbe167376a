// The evidence a partnership type is derived from: what a partner actually did, asked as yes/no
// questions. Project-level keys follow the order of the 2002 partnership study's Table 1; the
// national-level keys carry that study's typology of relationships with national organizations.

export type Localized = { en: string; fr: string };

export const PROJECT_INDICATOR_KEYS = [
  "proposal_copy",
  "support_letter",
  "proposal_committee",
  "planned_implementation",
  "responsible_implementation",
  "financial_resources",
  "human_resources",
  "inkind_resources",
  "coordinated_activities",
  "developed_protocols",
  "shared_decision_making",
  "fiscal_management",
  "reporting_results",
] as const;
export type ProjectIndicatorKey = (typeof PROJECT_INDICATOR_KEYS)[number];

export const NATIONAL_INDICATOR_KEYS = ["exchanges_resources", "consulted", "joint_planning"] as const;
export type NationalIndicatorKey = (typeof NATIONAL_INDICATOR_KEYS)[number];

export const INDICATOR_KEYS = [...PROJECT_INDICATOR_KEYS, ...NATIONAL_INDICATOR_KEYS] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** Yes (true), no (false) or not answered (null or absent), per indicator. */
export type IndicatorAnswers = Partial<Record<IndicatorKey, boolean | null>>;

export type IndicatorDefinition = {
  /** The checklist item, as a statement about the partner. */
  label: Localized;
  /**
   * The same idea as a bare noun phrase, so that reasons can be assembled from it:
   * "no {phrase}", "{phrase} and {phrase}". French phrases carry no leading article.
   */
  phrase: Localized;
};

export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  proposal_copy: {
    label: { en: "Was given a copy of the project proposal", fr: "A reçu une copie de la proposition de projet" },
    phrase: { en: "copy of the proposal", fr: "copie de la proposition" },
  },
  support_letter: {
    label: { en: "Wrote a letter supporting the project", fr: "A écrit une lettre d'appui au projet" },
    phrase: { en: "letter of support", fr: "lettre d'appui" },
  },
  proposal_committee: {
    label: { en: "Sat on the committee that prepared the proposal", fr: "A siégé au comité qui a préparé la proposition" },
    phrase: { en: "seat on the proposal committee", fr: "siège au comité de la proposition" },
  },
  planned_implementation: {
    label: { en: "Helped plan how the project would be carried out", fr: "A aidé à planifier la mise en œuvre du projet" },
    phrase: { en: "part in planning the implementation", fr: "participation à la planification de la mise en œuvre" },
  },
  responsible_implementation: {
    label: {
      en: "Was responsible, alone or with others, for carrying out the project",
      fr: "A été responsable, seul ou avec d'autres, de la mise en œuvre du projet",
    },
    phrase: { en: "responsibility for implementation", fr: "responsabilité de la mise en œuvre" },
  },
  financial_resources: {
    label: { en: "Contributed money", fr: "A contribué financièrement" },
    phrase: { en: "financial contribution", fr: "contribution financière" },
  },
  human_resources: {
    label: { en: "Contributed staff or volunteers", fr: "A fourni du personnel ou des bénévoles" },
    phrase: { en: "human resources", fr: "ressources humaines" },
  },
  inkind_resources: {
    label: { en: "Contributed goods, space or services in kind", fr: "A fourni des biens, des locaux ou des services en nature" },
    phrase: { en: "in-kind contribution", fr: "contribution en nature" },
  },
  coordinated_activities: {
    label: { en: "Coordinated its own activities with the project", fr: "A coordonné ses propres activités avec le projet" },
    phrase: { en: "coordination of activities", fr: "coordination des activités" },
  },
  developed_protocols: {
    label: {
      en: "Worked out protocols or agreements for the joint work",
      fr: "A élaboré des protocoles ou des ententes pour le travail commun",
    },
    phrase: { en: "protocols developed together", fr: "élaboration de protocoles" },
  },
  shared_decision_making: {
    label: { en: "Took part in making the project's decisions", fr: "A pris part aux décisions du projet" },
    phrase: { en: "shared decision-making", fr: "partage des décisions" },
  },
  fiscal_management: {
    label: { en: "Managed or shared in managing the project's money", fr: "A géré, seul ou avec d'autres, les fonds du projet" },
    phrase: { en: "responsibility for fiscal management", fr: "responsabilité de la gestion financière" },
  },
  reporting_results: {
    label: { en: "Was responsible for reporting the project's results", fr: "A été responsable de rendre compte des résultats du projet" },
    phrase: { en: "responsibility for reporting results", fr: "responsabilité de la reddition de comptes sur les résultats" },
  },
  exchanges_resources: {
    label: {
      en: "Exchanges information, knowledge or funds while working separately",
      fr: "Échange de l'information, des connaissances ou des fonds tout en travaillant séparément",
    },
    phrase: { en: "exchange of information, knowledge or funds", fr: "échange d'information, de connaissances ou de fonds" },
  },
  consulted: {
    label: { en: "Consulted on issues of concern", fr: "Consulté sur les questions qui le préoccupent" },
    phrase: { en: "consultation on issues of concern", fr: "consultation sur les questions d'intérêt" },
  },
  joint_planning: {
    label: {
      en: "Takes part in planning and decision-making on goals and direction",
      fr: "Prend part à la planification et aux décisions sur les objectifs et l'orientation",
    },
    phrase: {
      en: "part in planning and decisions on goals and direction",
      fr: "participation à la planification et aux décisions sur les objectifs",
    },
  },
};

const KNOWN = new Set<string>(INDICATOR_KEYS);

/** Whether a string is an indicator key, e.g. isIndicatorKey("support_letter") === true. */
export function isIndicatorKey(value: string): value is IndicatorKey {
  return KNOWN.has(value);
}

const PROJECT = new Set<string>(PROJECT_INDICATOR_KEYS);

/** Whether a string is one of the 13 project-level indicator keys, e.g. isProjectIndicatorKey("consulted") === false. */
export function isProjectIndicatorKey(value: string): value is ProjectIndicatorKey {
  return PROJECT.has(value);
}

/** Whether an indicator is answered yes; no and not answered both count as no, e.g. isYes({ consulted: null }, "consulted") === false. */
export function isYes(answers: IndicatorAnswers, key: IndicatorKey): boolean {
  return answers[key] === true;
}

/** One entry per project indicator, built by a function of its key, e.g. byProjectIndicator(() => null). */
export function byProjectIndicator<T>(value: (key: ProjectIndicatorKey) => T): Record<ProjectIndicatorKey, T> {
  return {
    proposal_copy: value("proposal_copy"),
    support_letter: value("support_letter"),
    proposal_committee: value("proposal_committee"),
    planned_implementation: value("planned_implementation"),
    responsible_implementation: value("responsible_implementation"),
    financial_resources: value("financial_resources"),
    human_resources: value("human_resources"),
    inkind_resources: value("inkind_resources"),
    coordinated_activities: value("coordinated_activities"),
    developed_protocols: value("developed_protocols"),
    shared_decision_making: value("shared_decision_making"),
    fiscal_management: value("fiscal_management"),
    reporting_results: value("reporting_results"),
  };
}
