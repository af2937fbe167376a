// The running side of a demo partnership, written by hand: its charter and the saves that led to it,
// its action plan, the commitments its members pledged and every move they made, its meetings and
// the contacts between members. Days are counted from the day the demo is loaded (negative: before),
// so that the ledger always holds overdue, due-soon and long-delivered commitments.
import type { AxisStage } from "../../../domain/coverage/axis.js";

export const INTENDED_ROLES = ["communication", "cooperation", "coordination", "collaboration"] as const;
export type IntendedRole = (typeof INTENDED_ROLES)[number];

export const COMMUNICATION_CHANNELS = [
  "meeting",
  "phone",
  "email",
  "video_call",
  "newsletter",
  "document_sharing",
  "chat",
  "forum",
  "site_visit",
  "other",
] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

export const ACTIVITY_STATUSES = ["planned", "under_way", "done", "dropped"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export type DemoCharterText = {
  need: string;
  vision: string;
  mission: string;
  values: string;
  formality: "formal" | "informal";
  governance: "governing_members" | "all_equal";
  decisionMaking: string;
  conflictResolution: string;
};

export type DemoCharterMember = { organization: string; gains: string; role: IntendedRole; expectations: string };

/** One save of the charter: the first gives everything, later ones what they changed. */
export type DemoCharterSave = {
  daysAgo: number;
  text?: Partial<DemoCharterText>;
  /** Members whose lines this save wrote or rewrote. */
  members?: DemoCharterMember[];
};

export type DemoMeasure = {
  name: string;
  unit: string;
  source: string;
  baseline: number;
  target: number;
  direction: "up" | "down";
  /** One value a month, oldest first, the last one for the current month. */
  values: number[];
};

export type DemoActivity = {
  title: string;
  owner: string;
  /** Which of the owner's contacts carries it, when one does. */
  contact?: number;
  dueDays: number;
  status: ActivityStatus;
  resources?: string;
  notes?: string;
};

export type DemoObjective = { title: string; description?: string; measure?: DemoMeasure; activities: DemoActivity[] };

export type DemoGoal = {
  title: string;
  description: string;
  risks: { risk: string; contingency: string }[];
  objectives: DemoObjective[];
};

/** A move of a commitment, on a day counted from today. */
export type DemoMove =
  | { to: "in_progress"; day: number }
  | { to: "slipped"; day: number; dueDays: number; reason: string }
  | { to: "delivered"; day: number; evidence?: string; evidenceUrl?: string }
  | { to: "withdrawn"; day: number; reason: string };

export type DemoCommitment = {
  organization: string;
  axis: AxisStage;
  description: string;
  pledgedDays: number;
  dueDays: number;
  /** The goal it serves (its index in the plan), and optionally the objective within it. */
  goal?: number;
  objective?: number;
  /** Pledged as an action item of the meeting held last on or before the pledge day: it takes that meeting's day. */
  atMeeting?: boolean;
  moves: DemoMove[];
};

/** How a member comes to meetings: who usually sits at the table and whether that person can commit the agency. */
export type DemoDelegate = {
  organization: string;
  contact?: number;
  canCommit: boolean;
  /** Someone who comes in the representative's place now and then, and cannot commit the agency. */
  standIn?: string;
};

export type DemoMeetings = {
  /** The series' title, e.g. "Monthly partners' table". */
  title: string;
  location: string;
  /** The weekday (0 Sunday … 6 Saturday) and week of the month (1–4) it falls on. */
  weekday: number;
  week: number;
  /** Start and end, UTC hours and minutes ("23:00"); the day is the local one. */
  startsAt: string;
  endsAt: string;
  /** The agenda's standing items; each meeting adds its topic. */
  agenda: string;
  /** One topic a month, the oldest first, for the past twelve months and the next one. */
  topics: string[];
  /** Decisions taken at each past meeting, in the same order (an empty string for none). */
  decisions: string[];
  /** How many months ago the meeting that was called off was to be held, and why. */
  cancelled: { monthsAgo: number; reason: string };
  delegates: DemoDelegate[];
  /** Words for the minutes, in the partnership's language. */
  words: {
    minutes: (topic: string, present: number, reviewed: number) => string;
    cancelled: (reason: string) => string;
    reviews: { delivered: string; onTrack: string; slipping: string };
  };
};

export type DemoContactLog = { day: number; channel: CommunicationChannel; parties: string[]; subject: string };

export type DemoRunning = {
  partnership: string;
  charter: DemoCharterSave[];
  goals: DemoGoal[];
  commitments: DemoCommitment[];
  meetings: DemoMeetings;
  communications: DemoContactLog[];
};

/** Move helpers, so that a commitment's history reads as a line. */
export const start = (day: number): DemoMove => ({ to: "in_progress", day });
export const slip = (day: number, dueDays: number, reason: string): DemoMove => ({ to: "slipped", day, dueDays, reason });
export const deliver = (day: number, evidence?: string, evidenceUrl?: string): DemoMove => ({
  to: "delivered",
  day,
  ...(evidence === undefined ? {} : { evidence }),
  ...(evidenceUrl === undefined ? {} : { evidenceUrl }),
});
export const withdraw = (day: number, reason: string): DemoMove => ({ to: "withdrawn", day, reason });
