// The national portfolio's commitment ledger: what each member pledged along the axis and what became
// of it, drawn from the seeded generator and replayed through the same rules as the hand-written demo,
// so that accountability reports have a year and more of pledges, deliveries, slips and withdrawals to
// add up at national scale.
import { DEFAULT_SECTOR_STAGES, type AxisStage } from "../../../domain/coverage/axis.js";
import type { Sector } from "../../../domain/vocabulary.js";
import type { NewCommitment, NewCommitmentEvent } from "../running/rows.js";
import { replayCommitment } from "../running/commitments.js";
import { daysFrom } from "../dates.js";
import { deliver, slip, start, withdraw, type DemoMove } from "../portfolio/running-types.js";
import type { Random } from "./random.js";

/** What each stage's commitments say, in English and French; a member draws distinct ones. */
const ACTIONS: Readonly<Record<AxisStage, readonly { en: string; fr: string }[]>> = {
  prevention: [
    {
      en: "Run after-school programs in the areas the safety audit named",
      fr: "Offrir des activités parascolaires dans les secteurs nommés par le diagnostic",
    },
    { en: "Train front-line staff to recognize early warning signs", fr: "Former le personnel de première ligne aux signes précurseurs" },
    { en: "Share monthly incident counts with the partnership", fr: "Transmettre chaque mois le nombre d’incidents au partenariat" },
    { en: "Hold a public safety walk with residents", fr: "Organiser une marche exploratoire avec les résidents" },
    { en: "Publish the partnership's newsletter every quarter", fr: "Publier le bulletin du partenariat chaque trimestre" },
  ],
  intervention: [
    { en: "Refer young people at risk to the partnership's mentors", fr: "Orienter les jeunes à risque vers les mentors du partenariat" },
    { en: "Open a drop-in for families in crisis", fr: "Ouvrir une halte pour les familles en crise" },
    { en: "Join the weekly situation table", fr: "Participer à la table de concertation hebdomadaire" },
    { en: "Assign a case worker to the partnership's referrals", fr: "Affecter une intervenante aux références du partenariat" },
  ],
  enforcement: [
    { en: "Name an officer as the partnership's contact", fr: "Désigner un policier comme répondant du partenariat" },
    { en: "Focus patrols on the hot spots the partnership mapped", fr: "Concentrer les patrouilles sur les points chauds cartographiés" },
    {
      en: "Review by-law complaints from the partnership each month",
      fr: "Traiter chaque mois les plaintes transmises par le partenariat",
    },
  ],
  reentry: [
    {
      en: "Hold a case conference before each release to the community",
      fr: "Tenir une rencontre de cas avant chaque retour dans la communauté",
    },
    { en: "Match people leaving custody with a mentor", fr: "Jumeler les personnes qui sortent de détention avec un mentor" },
    { en: "Find housing for people returning from custody", fr: "Trouver un logement aux personnes qui sortent de détention" },
  ],
};

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export type LedgerMember = { organizationId: string; sector: Sector; joinedOn: string };
export type LedgerPartnership = { id: string; startDate: string; endDate: string; french: boolean; members: LedgerMember[] };

/** The moves of one commitment, as days counted from today: what became of it by today. */
function drawMoves(random: Random, pledged: number, due: number, last: number): DemoMove[] {
  const span = (from: number, to: number) => from + random.below(Math.max(1, to - from + 1));
  const moves: DemoMove[] = [];
  let on = pledged;
  if (random.chance(0.6)) {
    on = span(pledged, Math.min(last, pledged + 30));
    moves.push(start(on));
  }
  if (due >= last) {
    // Not yet due: most are pledged or under way; a few are delivered early or already slipping.
    const roll = random.next();
    if (roll < 0.1) moves.push(deliver(span(on, last), "Reported at the partnership meeting"));
    else if (roll < 0.15 && last > on) moves.push(slip(span(on, last), due + 30 + random.below(60), "Staff were not available"));
    return moves;
  }
  const roll = random.next();
  if (roll < 0.5) moves.push(deliver(span(Math.max(on, due - 20), due), "Reported at the partnership meeting"));
  else if (roll < 0.68) moves.push(deliver(span(Math.max(on, due + 1), Math.min(last, due + 60)), "Reported late"));
  else if (roll < 0.8) {
    const slippedOn = span(Math.max(on, due - 10), due);
    const newDue = due + 30 + random.below(90);
    moves.push(slip(slippedOn, newDue, "More time was needed"));
    if (newDue < last && random.chance(0.7)) moves.push(deliver(span(slippedOn, Math.min(last, newDue)), "Delivered after a new date"));
    else if (random.chance(0.3) && slippedOn < last)
      moves.push(slip(span(slippedOn, Math.min(last, newDue)), newDue + 30 + random.below(60), "Still waiting on funding"));
  } else if (roll < 0.87) moves.push(withdraw(span(on, last), "No longer the member's priority"));
  // Otherwise still open and overdue.
  return moves;
}

/**
 * One to three commitments for most members of a started partnership, pledged during its term (up to
 * today) and followed to today or its end.
 */
export function commitmentMaker(random: Random, newId: () => string, at: string, today: Date) {
  const todayNumber = dayNumber(daysFrom(today, 0));
  return (partnership: LedgerPartnership): { commitments: NewCommitment[]; events: NewCommitmentEvent[] } => {
    const commitments: NewCommitment[] = [];
    const events: NewCommitmentEvent[] = [];
    const last = Math.min(todayNumber, dayNumber(partnership.endDate)) - todayNumber;
    for (const member of partnership.members) {
      const joined = Math.max(dayNumber(member.joinedOn), dayNumber(partnership.startDate)) - todayNumber;
      if (joined >= last) continue;
      const count = random.weighted([2, 4, 3, 1]);
      const stages = DEFAULT_SECTOR_STAGES[member.sector];
      const used = new Set<string>();
      for (let n = 0; n < count; n += 1) {
        const axis = stages.length > 0 ? random.pick(stages) : random.pick(["prevention", "intervention"] as const);
        const action = random.pick(ACTIONS[axis]);
        const description = partnership.french ? action.fr : action.en;
        if (used.has(description)) continue;
        used.add(description);
        const pledgedDays = joined + random.below(Math.max(1, last - joined));
        const dueDays = pledgedDays + 30 + random.below(150);
        const replayed = replayCommitment(
          {
            organization: member.organizationId,
            axis,
            description,
            pledgedDays,
            dueDays,
            moves: drawMoves(random, pledgedDays, dueDays, last),
          },
          {
            today,
            at,
            newId,
            partnershipId: partnership.id,
            organizationId: member.organizationId,
            userId: null,
            goalId: null,
            objectiveId: null,
          },
        );
        commitments.push(replayed.commitment);
        events.push(...replayed.events);
      }
    }
    return { commitments, events };
  };
}
