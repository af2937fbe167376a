// The capacity self-assessment: whether a partnership can carry out what it plans, in the three areas
// that separate effective from ineffective implementation in violence-reduction work — governance and
// project management, partnerships, and current, reliable data and analysis — as a community-level
// violence reduction assessment tool frames them. Members rate statements about the partnership as a
// whole; one score per area, with the health check's bands, so weak areas propose action steps.
import type { Instrument } from "../instrument.js";
import { agreementBands, negative, scorePerSection, section, statement } from "./authoring.js";

const sections = [
  section("governance", { en: "Governance and project management", fr: "Gouvernance et gestion de projet" }, [
    statement("governance_1", "A steering group meets on a regular schedule.", "Un comité directeur se réunit à intervalles réguliers."),
    statement("governance_2", "Roles and responsibilities are written down.", "Les rôles et les responsabilités sont consignés par écrit."),
    statement(
      "governance_3",
      "Our action plan sets tasks, owners and deadlines.",
      "Notre plan d’action précise les tâches, les responsables et les échéances.",
    ),
    statement(
      "governance_4",
      "Someone has the time and the mandate to manage the work day to day.",
      "Une personne a le temps et le mandat de gérer le travail au quotidien.",
    ),
    negative(
      "governance_5",
      "Decisions stall because no one has the authority to make them.",
      "Les décisions piétinent parce que personne n’a le pouvoir de les prendre.",
    ),
  ]),
  section("partnerships", { en: "Partnerships", fr: "Partenariats" }, [
    statement(
      "partnerships_1",
      "The people most affected by the problem take part.",
      "Les personnes les plus touchées par le problème participent.",
    ),
    statement(
      "partnerships_2",
      "Together the partners have the skills the work needs.",
      "Ensemble, les partenaires ont les compétences que le travail exige.",
    ),
    statement("partnerships_3", "Each partner knows what it has committed to.", "Chaque partenaire sait à quoi il s’est engagé."),
    statement(
      "partnerships_4",
      "Organizations outside the justice system play an active part.",
      "Des organismes extérieurs au système de justice jouent un rôle actif.",
    ),
    negative("partnerships_5", "A key organization is missing from the table.", "Un organisme clé manque à la table."),
  ]),
  section("data_analysis", { en: "Data and analysis", fr: "Données et analyse" }, [
    statement(
      "data_analysis_1",
      "We use current local data to decide where to act.",
      "Nous utilisons des données locales récentes pour décider où agir.",
    ),
    statement("data_analysis_2", "Partners pool the data they hold.", "Les partenaires mettent en commun les données qu’ils détiennent."),
    statement("data_analysis_3", "Someone on the team can analyze the data.", "Une personne de l’équipe sait analyser les données."),
    statement(
      "data_analysis_4",
      "We measure progress against a starting point.",
      "Nous mesurons nos progrès par rapport à un point de départ.",
    ),
    statement("data_analysis_5", "Our strategies rest on evidence of what works.", "Nos stratégies reposent sur des données probantes."),
    negative(
      "data_analysis_6",
      "Our data is too old or too patchy to rely on.",
      "Nos données sont trop vieilles ou trop incomplètes pour qu’on s’y fie.",
    ),
  ]),
];

export const CAPACITY_SELF_ASSESSMENT: Instrument = {
  id: "capacity-self-assessment",
  version: 1,
  title: { en: "Capacity self-assessment", fr: "Autoévaluation des capacités" },
  description: {
    en: "Can the partnership carry out its plan? Rate each statement about the partnership as a whole. You can always answer that you do not know.",
    fr: "Le partenariat peut-il réaliser son plan\u202f? Évaluez chaque énoncé sur l’ensemble du partenariat. Vous pouvez toujours répondre que vous ne savez pas.",
  },
  sections,
  scores: scorePerSection(sections),
  bands: agreementBands(),
};
