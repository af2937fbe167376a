// The three partner-selection questions of crime-prevention project guidance, each answered from the
// partnership's data with the gaps spelled out: who is most affected, who has a stake, who brings the
// skills.
import { AXIS_STAGES, STAGE_TYPICAL_SECTORS, type AxisStage } from "./axis.js";
import type { GroupCoverage, SlotCoverage, StageCoverage } from "./coverage.js";
import { FOCUS_ISSUE_PHRASES, joinPhrases, localize, PRIORITY_GROUP_PHRASES, sectorAlternatives, STAGE_LABELS, type Language, type Localized } from "./phrasing.js";

export const CHECKLIST_QUESTIONS = ["most_affected", "stake", "skills"] as const;
export type ChecklistQuestion = (typeof CHECKLIST_QUESTIONS)[number];
export type ChecklistAnswer = "yes" | "partly" | "no";
/** A required gap makes the answer less than "yes"; the others are suggestions. */
export type ChecklistGap = { text: Localized; required: boolean };
export type ChecklistItem = { question: ChecklistQuestion; prompt: Localized; answer: ChecklistAnswer; summary: Localized; gaps: ChecklistGap[] };

export const CHECKLIST_PROMPTS: Readonly<Record<ChecklistQuestion, Localized>> = {
  most_affected: {
    en: "Are the people most affected by the issue at the table?",
    fr: "Les personnes les plus touchées par le problème sont-elles à la table\u202f?",
  },
  stake: {
    en: "Is everyone with a stake in the solutions taking part?",
    fr: "Toutes les parties qui ont un intérêt dans les solutions y prennent-elles part\u202f?",
  },
  skills: {
    en: "Do the members bring the skills the work needs, from prevention to re-entry?",
    fr: "Les membres apportent-ils les compétences dont le travail a besoin, de la prévention à la réinsertion\u202f?",
  },
};

/** "yes" when every required item is met, "no" when none is, "partly" in between, e.g. answerFor(2, 4) → "partly". */
export function answerFor(met: number, total: number): ChecklistAnswer {
  if (met >= total) return "yes";
  return met === 0 ? "no" : "partly";
}

const FR_STAGE_WITH_ARTICLE: Readonly<Record<AxisStage, string>> = {
  prevention: "la prévention",
  intervention: "l'intervention",
  enforcement: "l'application de la loi",
  reentry: "la réinsertion sociale",
};

function groupGap(group: GroupCoverage): Localized {
  return localize((language) => {
    const look = sectorAlternatives(group.sectors, language);
    if (group.assumed) {
      return language === "en"
        ? `The partnership names no priority group or issue, so the community at large is assumed, and no member speaks for it; look for ${look}.`
        : `Le partenariat ne précise ni groupe prioritaire ni enjeu\u00a0: on retient donc l'ensemble de la collectivité, dont aucun membre ne porte la voix\u202f; cherchez ${look}.`;
    }
    const served = group.reasons.flatMap((reason) => (reason.source === "priority_group" ? [PRIORITY_GROUP_PHRASES[reason.key][language]] : []));
    const issues = group.reasons.flatMap((reason) => (reason.source === "focus_issue" ? [FOCUS_ISSUE_PHRASES[reason.key][language]] : []));
    const clauses = [
      ...(served.length > 0 ? [`${language === "en" ? "serves" : "dessert"} ${joinPhrases(served, "and", language)}`] : []),
      ...(issues.length > 0 ? [`${language === "en" ? "works on" : "agit sur"} ${joinPhrases(issues, "and", language)}`] : []),
    ];
    return language === "en"
      ? `The partnership ${joinPhrases(clauses, "and", language)}, yet no member speaks for those most affected; look for ${look}.`
      : `Le partenariat ${joinPhrases(clauses, "and", language)}, mais aucun membre ne parle au nom des personnes les plus touchées\u202f; cherchez ${look}.`;
  });
}

function slotGap(slot: SlotCoverage): Localized {
  return localize((language: Language) => {
    const label = slot.label[language];
    if (slot.kind === "critic") {
      return language === "en"
        ? `No member fills the seat "${label}": once someone expected to challenge the plans has joined, flag their membership as an invited critic.`
        : `Aucun membre n'occupe le siège «\u00a0${label}\u00a0»\u00a0: quand une personne susceptible de contester les plans s'est jointe, marquez sa participation comme voix critique invitée.`;
    }
    const look = sectorAlternatives(slot.sectors, language);
    return language === "en" ? `No member fills the seat "${label}"; look for ${look}.` : `Aucun membre n'occupe le siège «\u00a0${label}\u00a0»\u202f; cherchez ${look}.`;
  });
}

function stageGap(stage: AxisStage): Localized {
  return localize((language) => {
    const look = sectorAlternatives(STAGE_TYPICAL_SECTORS[stage], language);
    return language === "en"
      ? `No member covers ${STAGE_LABELS[stage].en}: look for ${look}, or record the stages a current member covers.`
      : `Aucun membre ne couvre ${FR_STAGE_WITH_ARTICLE[stage]}\u00a0: cherchez ${look}, ou indiquez les étapes que couvre un membre actuel.`;
  });
}

function mostAffectedItem(affected: readonly GroupCoverage[]): ChecklistItem {
  const met = affected.filter((group) => group.present).length;
  return {
    question: "most_affected",
    prompt: CHECKLIST_PROMPTS.most_affected,
    answer: answerFor(met, affected.length),
    summary: {
      en: `Affected groups with a voice at the table: ${met} of ${affected.length}.`,
      fr: `Groupes touchés qui ont une voix à la table\u00a0: ${met} sur ${affected.length}.`,
    },
    gaps: affected.filter((group) => !group.present).map((group) => ({ text: groupGap(group), required: true })),
  };
}

/** Every seat but "most affected", which the first question answers in more detail. */
function stakeItem(slots: readonly SlotCoverage[]): ChecklistItem {
  const seats = slots.filter((slot) => slot.kind !== "most_affected");
  const required = seats.filter((slot) => slot.required);
  const met = required.filter((slot) => slot.present).length;
  const missing = seats.filter((slot) => !slot.present).sort((a, b) => Number(b.required) - Number(a.required));
  return {
    question: "stake",
    prompt: CHECKLIST_PROMPTS.stake,
    answer: answerFor(met, required.length),
    summary:
      required.length === 0
        ? { en: "The composition names no required seat.", fr: "La composition ne prévoit aucun siège essentiel." }
        : { en: `Required seats filled: ${met} of ${required.length}.`, fr: `Sièges essentiels occupés\u00a0: ${met} sur ${required.length}.` },
    gaps: missing.map((slot) => ({ text: slotGap(slot), required: slot.required })),
  };
}

function skillsItem(stages: readonly StageCoverage[]): ChecklistItem {
  const met = stages.filter((entry) => entry.covered).length;
  return {
    question: "skills",
    prompt: CHECKLIST_PROMPTS.skills,
    answer: answerFor(met, AXIS_STAGES.length),
    summary: {
      en: `Stages of the prevention-to-re-entry axis covered: ${met} of ${AXIS_STAGES.length}.`,
      fr: `Étapes de l'axe prévention-réinsertion couvertes\u00a0: ${met} sur ${AXIS_STAGES.length}.`,
    },
    gaps: stages.filter((entry) => !entry.covered).map((entry) => ({ text: stageGap(entry.stage), required: true })),
  };
}

/**
 * The three questions in order, each with its answer, a one-line summary and the gaps, e.g.
 * buildChecklist({ affected: [], slots: [], axis }).map((item) => item.question) → ["most_affected", "stake", "skills"].
 */
export function buildChecklist(input: { affected: readonly GroupCoverage[]; slots: readonly SlotCoverage[]; axis: readonly StageCoverage[] }): ChecklistItem[] {
  return [mostAffectedItem(input.affected), stakeItem(input.slots), skillsItem(input.axis)];
}
