import type { Insertable } from "kysely";
import type {
  CharterMembersTable,
  CharterRevisionsTable,
  ChartersTable,
  CommitmentEventsTable,
  CommitmentsTable,
  CommunicationPartiesTable,
  CommunicationsTable,
  MeasureValuesTable,
  MeetingAttendanceTable,
  MeetingReviewsTable,
  MeetingsTable,
  PlanActivitiesTable,
  PlanGoalsTable,
  PlanObjectivesTable,
  PlanRisksTable,
} from "../../db/schema.js";

export type NewCommitment = Insertable<CommitmentsTable>;
export type NewCommitmentEvent = Insertable<CommitmentEventsTable>;

/** The rows of the running partnerships, in foreign-key order. */
export type RunningRows = {
  charters: Insertable<ChartersTable>[];
  charterMembers: Insertable<CharterMembersTable>[];
  charterRevisions: Insertable<CharterRevisionsTable>[];
  goals: Insertable<PlanGoalsTable>[];
  risks: Insertable<PlanRisksTable>[];
  objectives: Insertable<PlanObjectivesTable>[];
  measureValues: Insertable<MeasureValuesTable>[];
  activities: Insertable<PlanActivitiesTable>[];
  meetings: Insertable<MeetingsTable>[];
  attendance: Insertable<MeetingAttendanceTable>[];
  commitments: NewCommitment[];
  commitmentEvents: NewCommitmentEvent[];
  reviews: Insertable<MeetingReviewsTable>[];
  communications: Insertable<CommunicationsTable>[];
  communicationParties: Insertable<CommunicationPartiesTable>[];
};

export function emptyRunningRows(): RunningRows {
  return {
    charters: [],
    charterMembers: [],
    charterRevisions: [],
    goals: [],
    risks: [],
    objectives: [],
    measureValues: [],
    activities: [],
    meetings: [],
    attendance: [],
    commitments: [],
    commitmentEvents: [],
    reviews: [],
    communications: [],
    communicationParties: [],
  };
}
