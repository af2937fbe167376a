// The partnership health check: the eleven ingredients of a successful partnership named in Canada's
// crime prevention guidance on partnerships, each asked as two to four short statements a member rates
// from strongly disagree to strongly agree. Most ingredients carry one negatively worded statement
// (counted as 6 − value), so that a respondent who agrees with everything does not read as a strength.
// The statements draw on the same literature: turf and "rubber stamp" decisions (the 2002 partnership
// study), leaders whose interest wanes (violence-prevention networks), plans revisited as needs change.
import type { Instrument } from "../instrument.js";
import { agreementBands, negative, scorePerSection, section, statement } from "./authoring.js";

const sections = [
  section("shared_vision", { en: "Shared vision", fr: "Vision commune" }, [
    statement(
      "shared_vision_1",
      "We agree on what this partnership is trying to change.",
      "Nous nous entendons sur ce que le partenariat cherche à changer.",
    ),
    statement("shared_vision_2", "The partners shaped this vision together.", "Les partenaires ont façonné cette vision ensemble."),
    negative(
      "shared_vision_3",
      "Partners have very different ideas of where this is heading.",
      "Les partenaires ont des idées très différentes de la direction à prendre.",
    ),
  ]),
  section("common_goals", { en: "Common goals", fr: "Objectifs communs" }, [
    statement("common_goals_1", "Our goals are written down.", "Nos objectifs sont consignés par écrit."),
    statement(
      "common_goals_2",
      "Our goals are realistic for the time and money we have.",
      "Nos objectifs sont réalistes pour le temps et l’argent dont nous disposons.",
    ),
    statement(
      "common_goals_3",
      "My organization’s own goals fit with the partnership’s goals.",
      "Les objectifs de mon organisme cadrent avec ceux du partenariat.",
    ),
  ]),
  section("cooperation", { en: "Cooperation", fr: "Coopération" }, [
    statement("cooperation_1", "Partners share information readily.", "Les partenaires échangent volontiers l’information."),
    statement(
      "cooperation_2",
      "Partners lend staff, space or equipment when the work needs it.",
      "Les partenaires prêtent du personnel, des locaux ou du matériel au besoin.",
    ),
    negative("cooperation_3", "Some partners guard their turf.", "Certains partenaires défendent leur chasse gardée."),
  ]),
  section("accountability", { en: "Accountability", fr: "Responsabilisation" }, [
    statement(
      "accountability_1",
      "Each task in our plan has a named person responsible.",
      "Chaque tâche de notre plan a une personne responsable désignée.",
    ),
    statement(
      "accountability_2",
      "We check progress on our commitments at meetings.",
      "Nous faisons le point sur nos engagements en réunion.",
    ),
    negative("accountability_3", "Missed commitments go unmentioned.", "Les engagements non tenus passent sous silence."),
  ]),
  section("communication", { en: "Communication", fr: "Communication" }, [
    statement("communication_1", "I hear about decisions in time to act on them.", "J’apprends les décisions à temps pour agir."),
    statement("communication_2", "Partners keep in touch between meetings.", "Les partenaires restent en contact entre les réunions."),
    statement("communication_3", "I feel free to raise a concern.", "Je me sens libre de soulever une inquiétude."),
    negative(
      "communication_4",
      "Important news reaches only some partners.",
      "Les nouvelles importantes ne parviennent qu’à certains partenaires.",
    ),
  ]),
  section("commitment", { en: "Commitment", fr: "Engagement" }, [
    statement("commitment_1", "My organization makes time for this partnership.", "Mon organisme consacre du temps à ce partenariat."),
    statement(
      "commitment_2",
      "Partners send people who can commit their organization.",
      "Les partenaires délèguent des personnes qui peuvent engager leur organisme.",
    ),
    negative("commitment_3", "Attendance at meetings is dropping.", "La présence aux réunions diminue."),
  ]),
  section("conflict_resolution", { en: "Resolving conflict constructively", fr: "Résolution constructive des conflits" }, [
    statement(
      "conflict_resolution_1",
      "We have an agreed way to settle disagreements.",
      "Nous avons une façon convenue de régler les désaccords.",
    ),
    statement("conflict_resolution_2", "Disagreements are raised openly.", "Les désaccords sont exprimés ouvertement."),
    negative("conflict_resolution_3", "Conflicts drag on without being settled.", "Les conflits traînent sans être réglés."),
  ]),
  section("leadership", { en: "Leadership", fr: "Leadership" }, [
    statement(
      "leadership_1",
      "Someone actively brings the partners together and moves the work forward.",
      "Quelqu’un rassemble activement les partenaires et fait avancer le travail.",
    ),
    statement("leadership_2", "Our leaders bring new partners to the table.", "Nos leaders amènent de nouveaux partenaires à la table."),
    statement(
      "leadership_3",
      "Elected or senior officials visibly support our work.",
      "Des élus ou des hauts dirigeants appuient visiblement notre travail.",
    ),
    negative("leadership_4", "The leaders’ interest is fading.", "L’intérêt des leaders s’essouffle."),
  ]),
  section("desire_to_work_together", { en: "Desire to work together", fr: "Volonté de travailler ensemble" }, [
    statement(
      "desire_to_work_together_1",
      "Partners want to keep working together.",
      "Les partenaires veulent continuer à travailler ensemble.",
    ),
    statement(
      "desire_to_work_together_2",
      "Together we do things none of us could do alone.",
      "Ensemble, nous faisons ce qu’aucun de nous ne pourrait faire seul.",
    ),
    negative(
      "desire_to_work_together_3",
      "Some partners take part only because the funder requires it.",
      "Certains partenaires participent seulement parce que le bailleur de fonds l’exige.",
    ),
  ]),
  section("flexibility", { en: "Flexibility", fr: "Souplesse" }, [
    statement(
      "flexibility_1",
      "Partners are willing to change how they usually work.",
      "Les partenaires acceptent de changer leur façon habituelle de travailler.",
    ),
    statement("flexibility_2", "We revise our plan when things change.", "Nous revoyons notre plan quand la situation change."),
    negative(
      "flexibility_3",
      "We stick to old habits even when they fail.",
      "Nous gardons nos vieilles habitudes même quand elles échouent.",
    ),
  ]),
  section("shared_decision_making", { en: "Shared decision-making", fr: "Prise de décision partagée" }, [
    statement(
      "shared_decision_making_1",
      "Every partner has a real say in decisions.",
      "Chaque partenaire a vraiment son mot à dire dans les décisions.",
    ),
    statement(
      "shared_decision_making_2",
      "We decide together how the money is spent.",
      "Nous décidons ensemble de l’utilisation de l’argent.",
    ),
    negative(
      "shared_decision_making_3",
      "Partners are asked to approve decisions already made.",
      "On demande aux partenaires d’approuver des décisions déjà prises.",
    ),
  ]),
];

export const HEALTH_CHECK: Instrument = {
  id: "health-check",
  version: 1,
  title: { en: "Partnership health check", fr: "Bilan de santé du partenariat" },
  description: {
    en: "Eleven ingredients of a working partnership. Rate each statement from your own experience. You can always answer that you do not know.",
    fr: "Onze ingrédients d’un partenariat qui fonctionne. Évaluez chaque énoncé selon votre expérience. Vous pouvez toujours répondre que vous ne savez pas.",
  },
  sections,
  scores: scorePerSection(sections),
  bands: agreementBands(),
};
