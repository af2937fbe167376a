// The server's messages about action plans and their measures, in English and in French: refusals of
// the API and problems of the import of measure values. Spread into en.ts and fr.ts.
import type { Message } from "./types.js";

export const planEn = {
  "plan.changeForbidden": "You may not change this partnership's plan",
  "plan.ownerFieldsOnly": "For an activity your organization owns, you may change only its status and notes",
  "plan.targetBeforeBaseline": "must not be before the baseline date",
  "plan.ownerNotMember": "is not a member of the partnership",
  "plan.contactNotOfOwner": "is not a contact of the owner organization",
  "plan.contactWithoutOwner": "needs an owner organization",
  "plan.noMeasure": "This objective has no measure: give it one before entering values",
  "plan.noMeasureField": "has no measure",
  "plan.thing.value": "Measure value",
  "audit.entity.plan_goal": "Plan goal",
  "audit.entity.plan_objective": "Plan objective",
  "audit.entity.plan_activity": "Plan activity",
  "audit.entity.measure_value": "Measure value",
  "import.plan.partnershipUnknown": "no partnership {got} in program {program} that you may change",
  "import.plan.goalUnknown": "no goal {got} in this partnership",
  "import.plan.objectiveUnknown": "no objective {got} under this goal",
  "import.plan.objectiveNoMeasure": "objective {got} has no measure",
  "import.plan.notNumber": "is not a number (got {got})",
  "import.plan.repeated": "repeats line {line}: the same objective and date",
  "cli.count.measureValues": "measure values",
} satisfies Record<string, Message>;

export const planFr = {
  "plan.changeForbidden": "Vous ne pouvez pas modifier le plan de ce partenariat",
  "plan.ownerFieldsOnly": "Pour une activité dont votre organisme est responsable, vous ne pouvez changer que son statut et ses notes",
  "plan.targetBeforeBaseline": "ne doit pas précéder la date de référence",
  "plan.ownerNotMember": "n’est pas membre du partenariat",
  "plan.contactNotOfOwner": "n’est pas une personne-ressource de l’organisme responsable",
  "plan.contactWithoutOwner": "demande un organisme responsable",
  "plan.noMeasure": "Cet objectif n’a pas d’indicateur\u00a0: donnez-lui-en un avant de saisir des valeurs",
  "plan.noMeasureField": "n’a pas d’indicateur",
  "plan.thing.value": "Valeur d’indicateur",
  "audit.entity.plan_goal": "But du plan",
  "audit.entity.plan_objective": "Objectif du plan",
  "audit.entity.plan_activity": "Activité du plan",
  "audit.entity.measure_value": "Valeur d’indicateur",
  "import.plan.partnershipUnknown": "aucun partenariat {got} que vous pouvez modifier dans le programme {program}",
  "import.plan.goalUnknown": "aucun but {got} dans ce partenariat",
  "import.plan.objectiveUnknown": "aucun objectif {got} sous ce but",
  "import.plan.objectiveNoMeasure": "l’objectif {got} n’a pas d’indicateur",
  "import.plan.notNumber": "n’est pas un nombre (reçu {got})",
  "import.plan.repeated": "répète la ligne {line}\u00a0: même objectif et même date",
  "cli.count.measureValues": "valeurs d’indicateurs",
} satisfies Record<string, Message>;
