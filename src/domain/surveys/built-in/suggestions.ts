// The built-in library of suggested action steps, keyed to an instrument's score, written from the
// seeds' advice. Administrators reword or hide them (a row in action_suggestions) and add their own.
// Each step is one imperative sentence a coordinator can put in the action plan as it stands: the
// lessons behind them are shared understanding of purpose and roles, preparation that finds the right
// partners, a leader who convenes and champions, decisions partners make rather than ratify, clear
// mandates, open and continuing communication, a plan with owners and deadlines revisited over time,
// and data that is current, shared and measured against a baseline.
import type { Localized } from "../instrument.js";

export type BuiltInSuggestion = { key: string; instrument: string; score: string; text: Localized };

type Step = readonly [en: string, fr: string];

/** The steps of one score, keyed `<instrument>.<score>.<n>` from 1 in the order given. */
function steps(instrument: string, score: string, list: readonly Step[]): BuiltInSuggestion[] {
  return list.map(([en, fr], index) => ({ key: `${instrument}.${score}.${index + 1}`, instrument, score, text: { en, fr } }));
}

const HEALTH = "health-check";
const CAPACITY = "capacity-self-assessment";

export const BUILT_IN_SUGGESTIONS: readonly BuiltInSuggestion[] = [
  ...steps(HEALTH, "shared_vision", [
    [
      "Hold a meeting where partners write, together, one paragraph on what the partnership aims to change.",
      "Tenez une séance où les partenaires rédigent ensemble un paragraphe sur ce que le partenariat veut changer.",
    ],
    [
      "Ask each partner to say in one sentence what success looks like, and compare the answers at the next meeting.",
      "Demandez à chaque partenaire de décrire le succès en une phrase et comparez les réponses à la prochaine réunion.",
    ],
    [
      "Put the shared vision at the top of the charter and of every meeting agenda.",
      "Inscrivez la vision commune en tête de la charte et de chaque ordre du jour.",
    ],
  ]),
  ...steps(HEALTH, "common_goals", [
    [
      "Turn the vision into three to five written goals, each with a date and a measure.",
      "Traduisez la vision en trois à cinq objectifs écrits, chacun avec une date et un indicateur.",
    ],
    [
      "Check each goal against the time, staff and money the partners can really give.",
      "Vérifiez chaque objectif au regard du temps, du personnel et de l’argent que les partenaires peuvent vraiment fournir.",
    ],
    [
      "Ask each partner how the goals serve its own mandate, and note any gap.",
      "Demandez à chaque partenaire en quoi les objectifs servent son propre mandat et notez les écarts.",
    ],
  ]),
  ...steps(HEALTH, "cooperation", [
    [
      "List what each partner can lend (staff, space, equipment, data) and share the list.",
      "Dressez la liste de ce que chaque partenaire peut prêter (personnel, locaux, matériel, données) et diffusez-la.",
    ],
    [
      "Plan one activity that two partners carry out together before the next meeting.",
      "Planifiez une activité que deux partenaires mèneront ensemble avant la prochaine réunion.",
    ],
    [
      "Name where partners’ services overlap and agree who does what.",
      "Relevez les chevauchements entre les services des partenaires et convenez de qui fait quoi.",
    ],
  ]),
  ...steps(HEALTH, "accountability", [
    [
      "Give every task in the action plan one named owner and a due date.",
      "Attribuez à chaque tâche du plan d’action un responsable désigné et une échéance.",
    ],
    [
      "Open each meeting with a short review of the commitments due since the last one.",
      "Ouvrez chaque réunion par un bref suivi des engagements arrivés à échéance depuis la précédente.",
    ],
    [
      "Agree that a commitment that slips gets a new date and a written reason.",
      "Convenez que tout engagement en retard reçoit une nouvelle date et un motif consigné par écrit.",
    ],
    [
      "Report progress on every commitment to all partners each quarter.",
      "Rendez compte à tous les partenaires, tous les trois mois, de l’avancement de chaque engagement.",
    ],
  ]),
  ...steps(HEALTH, "communication", [
    [
      "Send every partner a short written summary of decisions within a week of each meeting.",
      "Envoyez à chaque partenaire un bref résumé écrit des décisions dans la semaine qui suit chaque réunion.",
    ],
    [
      "Agree how partners keep in touch between meetings and who answers questions.",
      "Convenez de la façon de rester en contact entre les réunions et de qui répond aux questions.",
    ],
    [
      "Keep one contact list and one shared folder that every partner can reach.",
      "Tenez une seule liste de contacts et un dossier partagé accessibles à tous les partenaires.",
    ],
    [
      "Set aside time at each meeting for concerns from partners who have not spoken.",
      "Réservez du temps à chaque réunion aux préoccupations des partenaires qui ne se sont pas exprimés.",
    ],
  ]),
  ...steps(HEALTH, "commitment", [
    [
      "Ask each partner to name who will attend and what it will contribute this year.",
      "Demandez à chaque partenaire de désigner qui participera et ce qu’il apportera cette année.",
    ],
    [
      "Ask partners to send people who can commit their organization’s resources.",
      "Demandez aux partenaires de déléguer des personnes qui peuvent engager les ressources de leur organisme.",
    ],
    [
      "Call partners who have missed two meetings in a row and ask what would help them take part.",
      "Appelez les partenaires absents à deux réunions de suite et demandez-leur ce qui les aiderait à participer.",
    ],
    [
      "Acknowledge each partner’s contribution in reports and at meetings.",
      "Soulignez l’apport de chaque partenaire dans les rapports et en réunion.",
    ],
  ]),
  ...steps(HEALTH, "conflict_resolution", [
    [
      "Write into the charter how disagreements are raised and settled.",
      "Inscrivez dans la charte la façon de soulever et de régler les désaccords.",
    ],
    [
      "Name a neutral person partners can turn to when a disagreement holds up the work.",
      "Désignez une personne neutre vers qui se tourner quand un désaccord bloque le travail.",
    ],
    [
      "Put each unsettled disagreement on the agenda with a date to decide it.",
      "Inscrivez chaque désaccord non réglé à l’ordre du jour avec une date pour le trancher.",
    ],
  ]),
  ...steps(HEALTH, "leadership", [
    [
      "Name a chair who convenes the partners, and describe that role in the charter.",
      "Désignez une présidence chargée de rassembler les partenaires et décrivez ce rôle dans la charte.",
    ],
    [
      "Ask an elected official or senior manager to champion the partnership in public.",
      "Demandez à un élu ou à un cadre supérieur de défendre publiquement le partenariat.",
    ],
    [
      "Have the leaders reach out to at least one organization not yet at the table.",
      "Demandez aux leaders d’approcher au moins un organisme qui n’est pas encore à la table.",
    ],
    ["Agree who takes over if the current chair steps back.", "Convenez de qui prendra le relais si la présidence actuelle se retire."],
  ]),
  ...steps(HEALTH, "desire_to_work_together", [
    [
      "Ask each partner what it gains from the partnership, and share the answers.",
      "Demandez à chaque partenaire ce qu’il retire du partenariat et faites connaître les réponses.",
    ],
    [
      "Share one result the partners reached together that none could have reached alone.",
      "Faites connaître un résultat obtenu ensemble qu’aucun partenaire n’aurait atteint seul.",
    ],
    [
      "Meet one on one with partners who seem to take part only because the funding requires it.",
      "Rencontrez individuellement les partenaires qui semblent participer seulement parce que le financement l’exige.",
    ],
  ]),
  ...steps(HEALTH, "flexibility", [
    [
      "Review the goals and the plan twice a year and change what no longer fits.",
      "Revoyez les objectifs et le plan deux fois par année et changez ce qui ne convient plus.",
    ],
    [
      "Ask each partner to name one habit it could change to help the joint work.",
      "Demandez à chaque partenaire de nommer une habitude qu’il pourrait changer pour aider le travail commun.",
    ],
    [
      "Try one new way of working for three months, then decide together whether to keep it.",
      "Essayez une nouvelle façon de travailler pendant trois mois, puis décidez ensemble de la garder ou non.",
    ],
  ]),
  ...steps(HEALTH, "shared_decision_making", [
    [
      "Write down which decisions need all partners and how they are made.",
      "Précisez par écrit quelles décisions exigent tous les partenaires et comment elles se prennent.",
    ],
    [
      "Send proposals to partners before the meeting where they will be decided.",
      "Envoyez les propositions aux partenaires avant la réunion où elles seront tranchées.",
    ],
    [
      "Bring partners in before key choices are made, not only to approve them.",
      "Associez les partenaires avant les choix importants, et pas seulement pour les approuver.",
    ],
    [
      "Decide together how the partnership’s money is spent, and record the decision.",
      "Décidez ensemble de l’utilisation des fonds du partenariat et consignez la décision.",
    ],
  ]),
  ...steps(CAPACITY, "governance", [
    [
      "Set up a steering group that meets on a fixed schedule and keeps minutes.",
      "Mettez sur pied un comité directeur qui se réunit selon un calendrier fixe et tient un procès-verbal.",
    ],
    [
      "Write down each partner’s role and who has the authority to decide what.",
      "Consignez le rôle de chaque partenaire et qui a le pouvoir de décider de quoi.",
    ],
    [
      "Give the action plan tasks, owners, deadlines and a measure of progress.",
      "Donnez au plan d’action des tâches, des responsables, des échéances et une mesure des progrès.",
    ],
    [
      "Give one person the time and the mandate to manage the work day to day.",
      "Confiez à une personne le temps et le mandat de gérer le travail au quotidien.",
    ],
  ]),
  ...steps(CAPACITY, "partnerships", [
    [
      "Map who is most affected by the problem, and invite them or the groups that speak for them.",
      "Repérez les personnes les plus touchées par le problème et invitez-les, ou les groupes qui les représentent.",
    ],
    [
      "List the skills the work needs and find a partner for each one missing.",
      "Dressez la liste des compétences requises et trouvez un partenaire pour chacune qui manque.",
    ],
    [
      "Invite a missing key organization, and a likely critic, to the next meeting.",
      "Invitez à la prochaine réunion un organisme clé absent ainsi qu’un critique probable.",
    ],
    ["Confirm in writing what each partner commits to.", "Confirmez par écrit ce à quoi chaque partenaire s’engage."],
  ]),
  ...steps(CAPACITY, "data_analysis", [
    [
      "Agree with partners which data each will share, how often, and under which privacy rules.",
      "Convenez avec les partenaires des données que chacun partagera, à quelle fréquence et selon quelles règles de confidentialité.",
    ],
    [
      "Record baseline figures now so that progress can be measured later.",
      "Consignez dès maintenant des données de départ pour pouvoir mesurer les progrès plus tard.",
    ],
    [
      "Find an analyst, at a partner, a university or a college, to help read the data.",
      "Trouvez une personne analyste, chez un partenaire, dans une université ou un collège, pour aider à lire les données.",
    ],
    [
      "Check each strategy against evidence of what has worked elsewhere.",
      "Vérifiez chaque stratégie à la lumière des données probantes sur ce qui a fonctionné ailleurs.",
    ],
  ]),
];
