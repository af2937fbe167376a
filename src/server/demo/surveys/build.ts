// Turns the hand-written surveys into rows: each round, the people asked in it (the members' contacts,
// and for the involvement checklist the lead's respondent about every member and each member about
// itself), their personal links (a hash of a random token that is never kept: nobody can open a demo
// link until someone sends a new one), the responses submitted or only started, and the involvement
// records the submitted checklists became, as a submission makes them.
import { DEFAULT_THRESHOLD } from "../../../contracts/surveys.js";
import { BUILT_IN_INSTRUMENTS } from "../../../domain/surveys/built-in/index.js";
import { roundKeyOf } from "../../../domain/surveys/round-key.js";
import { linkExpiry } from "../../../domain/surveys/rounds.js";
import type { Answers, Instrument } from "../../../domain/surveys/instrument.js";
import { PARTNERSHIP_STUDY_RUBRIC } from "../../../domain/typology/built-in-rubrics.js";
import { byProjectIndicator } from "../../../domain/typology/indicators.js";
import { LEVELS, levelWeights, type Perspective } from "../national/distributions.js";
import { seededRandom, type Random } from "../national/random.js";
import type { NewContact, NewInvolvementRecord, NewMembership } from "../../db/schema.js";
import { indicatorColumns, storedClassification } from "../../modules/involvement/stored-classification.js";
import { daysFrom } from "../dates.js";
import type { DemoSurveyRound, DemoSurveys } from "../portfolio/surveys-types.js";
import type { RunningPartnership } from "../running/build.js";
import type { RunningRows } from "../running/rows.js";
import { checklistAnswers, experienceAnswers, ratedAnswers, startedPart } from "./answers.js";
import { emptySurveyRows, type SurveyRows } from "./rows.js";
import { actionStepRows } from "./steps.js";

const SEED = 2002;
/** Days between reminders to those who have not submitted. */
const REMINDER_DAYS = 7;

export type SurveyPartnership = RunningPartnership & { program: string; leadOrganizationId: string };

export type SurveyContext = {
  today: Date;
  at: string;
  newId: () => string;
  /** The running partnerships by key, with their program's code. */
  partnerships: Map<string, SurveyPartnership>;
  memberships: readonly NewMembership[];
  contacts: readonly NewContact[];
  running: RunningRows;
};

type Status = "submitted" | "started" | "invited";
type Asked = {
  id: string;
  contact: NewContact;
  organizationId: string;
  perspective: Perspective;
  /** The member the checklist asks about. */
  membershipId: string | null;
  status: Status;
  lean: number;
};
type PlannedRound = { spec: DemoSurveyRound; partnership: string; id: string; opensOn: string; closesOn: string; asked: Asked[] };

function instrumentOf(id: string): Instrument {
  const instrument = BUILT_IN_INSTRUMENTS.find((candidate) => candidate.id === id);
  if (!instrument) throw new Error(`Demo surveys: no built-in instrument "${id}"`);
  return instrument;
}

function instant(day: string, hour: number): string {
  return `${day}T${String(hour).padStart(2, "0")}:00:00.000Z`;
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.below(index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function isMemberOn(membership: NewMembership, day: string): boolean {
  return (
    (membership.joined_on ?? "") <= day && (membership.left_on === null || membership.left_on === undefined || membership.left_on > day)
  );
}

type Person = Pick<Asked, "contact" | "organizationId" | "perspective" | "membershipId">;

/** Who a round asks: every contact of the members then (partners only for the experience survey), or the checklist's pairs. */
function askedIn(spec: DemoSurveyRound, partnership: SurveyPartnership, context: SurveyContext, opensOn: string): Person[] {
  const members = context.memberships.filter((row) => row.partnership_id === partnership.id && isMemberOn(row, opensOn));
  const lead = members.find((row) => row.organization_id === partnership.leadOrganizationId);
  const partners = members.filter((row) => row !== lead);
  const contact = (id: string | null | undefined) => {
    const found = context.contacts.find((row) => row.id === id);
    if (!found) throw new Error(`Demo surveys: no contact "${id}"`);
    return found;
  };
  const perspectiveOf = (organizationId: string): Perspective => (organizationId === partnership.leadOrganizationId ? "lead" : "partner");
  if (spec.instrument === "involvement-checklist") {
    if (!lead) throw new Error(`Demo surveys: ${spec.instrument} without a lead member`);
    return partners.flatMap((member): Person[] => [
      {
        contact: contact(lead.representative_contact_id),
        organizationId: lead.organization_id,
        perspective: "lead",
        membershipId: member.id,
      },
      {
        contact: contact(member.representative_contact_id),
        organizationId: member.organization_id,
        perspective: "partner",
        membershipId: member.id,
      },
    ]);
  }
  const asked = spec.instrument === "partnership-experience" ? partners : members;
  return asked.flatMap((member) =>
    context.contacts
      .filter((row) => row.organization_id === member.organization_id)
      .map((row): Person => ({
        contact: row,
        organizationId: member.organization_id,
        perspective: perspectiveOf(member.organization_id),
        membershipId: null,
      })),
  );
}

function planRound(spec: DemoSurveyRound, key: string, context: SurveyContext): PlannedRound {
  const partnership = context.partnerships.get(key);
  if (!partnership) throw new Error(`Demo surveys: "${key}" is not a running partnership`);
  const random = seededRandom(SEED, `surveys-${key}-${spec.instrument}-${spec.label}`);
  const opensOn = daysFrom(context.today, spec.opensDays);
  const closesOn = daysFrom(context.today, spec.closesDays);
  const people = shuffled(random, askedIn(spec, partnership, context, opensOn));
  const submitted = "submitted" in spec.turnout ? spec.turnout.submitted : people.length - spec.turnout.unsubmitted;
  if (submitted < 0 || submitted + spec.turnout.started > people.length) {
    throw new Error(`Demo surveys: ${key} ${spec.instrument} ${spec.label} asks ${people.length}, fewer than its turnout`);
  }
  const asked = people.map((person, index): Asked => ({
    ...person,
    id: context.newId(),
    status: index < submitted ? "submitted" : index < submitted + spec.turnout.started ? "started" : "invited",
    // Leads see their partnership a little more kindly than partners do.
    lean: (random.next() - 0.5) * 0.8 + (person.perspective === "lead" ? 0.25 : 0),
  }));
  return { spec, partnership: key, id: context.newId(), opensOn, closesOn, asked };
}

/** Every demo survey's rows; throws on anything the application itself would refuse. */
export function buildSurveyRows(specs: readonly DemoSurveys[], context: SurveyContext): SurveyRows {
  const rows = emptySurveyRows();
  const { at, today, newId } = context;
  const todayText = daysFrom(today, 0);
  const planned = specs.flatMap((spec) => spec.rounds.map((round) => planRound(round, spec.partnership, context)));

  // The experience survey's answers are drawn for all its responses at once, so that together they keep the study's shares.
  const experience = planned.filter((round) => round.spec.instrument === "partnership-experience");
  const experienceAnswered = experience.flatMap((round) => round.asked.filter((person) => person.status !== "invited"));
  const experienceQueue = experienceAnswers(seededRandom(SEED, "surveys-experience"), experienceAnswered.length);
  const levels = new Map<string, number>();

  for (const round of planned) {
    const partnership = context.partnerships.get(round.partnership);
    if (!partnership) continue;
    const instrument = instrumentOf(round.spec.instrument);
    const random = seededRandom(SEED, `surveys-${round.partnership}-${round.spec.instrument}-${round.spec.label}-answers`);
    const createdAt = earlier(instant(daysFrom(new Date(`${round.opensOn}T00:00:00Z`), -7), 15), at);
    const stamps = {
      version: 1,
      created_at: createdAt,
      created_by: partnership.authorId,
      updated_at: createdAt,
      updated_by: partnership.authorId,
    };
    rows.rounds.push({
      id: round.id,
      partnership_id: partnership.id,
      instrument_id: instrument.id,
      instrument_version: instrument.version,
      label: round.spec.label,
      opens_on: round.opensOn,
      closes_on: round.closesOn,
      threshold: DEFAULT_THRESHOLD,
      reminder_days: REMINDER_DAYS,
      group_id: null,
      closed_at: null,
      ...stamps,
    });
    const lastDay = earlier(round.closesOn, todayText);
    const span = Math.max(0, Math.round((Date.parse(lastDay) - Date.parse(round.opensOn)) / 86_400_000));
    const invitedAt = instant(round.opensOn, 13);
    const remindedOn = daysFrom(new Date(`${round.opensOn}T00:00:00Z`), REMINDER_DAYS);
    const comments = [...(round.spec.comments ?? [])];
    for (const person of round.asked) {
      const submittedOn = daysFrom(new Date(`${round.opensOn}T00:00:00Z`), random.below(span + 1));
      rows.respondents.push({
        id: person.id,
        round_id: round.id,
        partnership_id: partnership.id,
        contact_id: person.contact.id,
        organization_id: person.organizationId,
        perspective: person.perspective,
        membership_id: person.membershipId,
        expires_at: linkExpiry(round.closesOn),
        revoked_at: null,
        language: person.contact.preferred_language ?? "en",
        invited_at: invitedAt,
        last_reminded_at: person.status !== "submitted" && remindedOn <= lastDay ? instant(remindedOn, 13) : null,
        created_at: createdAt,
      });
      if (person.status === "invited") continue;
      let answers: Answers;
      if (round.spec.instrument === "partnership-experience") {
        answers = experienceQueue.shift() ?? {};
        const comment = person.status === "submitted" ? comments.shift() : undefined;
        if (comment) answers.comments = comment;
      } else if (round.spec.instrument === "involvement-checklist") {
        answers = checklistAnswers(
          random,
          partnership.program,
          person.perspective,
          levelFor(levels, round, person, random, partnership.program),
        );
      } else {
        answers = ratedAnswers(random, instrument, round.spec.means ?? {}, person.lean);
      }
      if (person.status === "started") answers = startedPart(answers, instrument, 0.4);
      const savedAt = earlier(instant(submittedOn, 9 + random.below(12)), at);
      rows.responses.push({
        id: newId(),
        respondent_id: person.id,
        round_id: round.id,
        instrument_id: instrument.id,
        instrument_version: instrument.version,
        answers: JSON.stringify(answers),
        submitted_at: person.status === "submitted" ? savedAt : null,
        version: 1,
        created_at: savedAt,
        updated_at: savedAt,
      });
      if (person.status === "submitted" && person.membershipId && instrument.purpose === "involvement") {
        rows.involvementRecords.push(involvementRecord(person, round.spec.label, answers, savedAt, newId));
      }
    }
  }
  actionStepRows(specs, planned, context, rows);
  return rows;
}

/** A member's level of involvement from one perspective: drawn once, a step lower at baseline now and then. */
function levelFor(levels: Map<string, number>, round: PlannedRound, person: Asked, random: Random, program: string) {
  const key = `${person.membershipId}|${person.perspective}`;
  let level = levels.get(key);
  if (level === undefined) {
    level = random.weighted(levelWeights(program, person.perspective));
    levels.set(key, level);
  }
  const shift = round.spec.label === "baseline" && random.chance(0.4) ? 1 : 0;
  return LEVELS[Math.max(0, level - shift)];
}

/** The member's involvement record from a submitted checklist: the respondent's perspective, the round's key, classified by the built-in rubric. */
function involvementRecord(person: Asked, label: string, answers: Answers, submittedAt: string, newId: () => string): NewInvolvementRecord {
  const indicators = byProjectIndicator((key) => (answers[key] === "yes" ? true : answers[key] === "no" ? false : null));
  return {
    id: newId(),
    membership_id: person.membershipId ?? "",
    perspective: person.perspective,
    round: roundKeyOf(label),
    respondent: person.contact.name,
    answered_on: submittedAt.slice(0, 10),
    ...indicatorColumns(indicators),
    ...storedClassification(PARTNERSHIP_STUDY_RUBRIC, indicators, submittedAt),
    created_by: null,
    created_at: submittedAt,
    updated_at: submittedAt,
    updated_by: null,
  };
}
