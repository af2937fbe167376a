// The demo's involvement answers, so that a first look at a partnership, its perception gaps and the
// reports shows the method at work. Members are answered for from both views the way the national
// generator answers them (the study's tables), from a fixed seed: the same portfolio every time.
import type { NewInvolvementRecord } from "../db/schema.js";
import type { PartnershipStatus } from "../../domain/vocabulary.js";
import { endOfTerm, monthsBefore } from "./dates.js";
import { seededRandom } from "./national/random.js";
import { recordMaker } from "./national/records.js";

const SEED = 2002;
/** A partnership under way for this long has had its midterm round. */
const MIDTERM_AFTER_MONTHS = 12;

export type DemoPartnershipAnswers = {
  program: string;
  status: PartnershipStatus;
  start: string;
  end: string;
  startedMonthsAgo: number;
  membershipIds: string[];
};

/**
 * Baseline answers two months into every partnership that has started; a second round, "final" for
 * completed partnerships and "midterm" for those under way a year or more, is kept as drawn.
 */
export function demoInvolvementRecords(
  partnerships: readonly DemoPartnershipAnswers[],
  today: Date,
  at: string,
  newId: () => string,
): NewInvolvementRecord[] {
  const makeRecords = recordMaker(seededRandom(SEED, "demo-answers"), newId, at);
  const records: NewInvolvementRecord[] = [];
  for (const partnership of partnerships) {
    if (partnership.status === "planning" || partnership.startedMonthsAgo < 3) continue;
    const second = partnership.status === "completed" ? "final" : partnership.startedMonthsAgo >= MIDTERM_AFTER_MONTHS ? "midterm" : null;
    const answeredOn = {
      baseline: endOfTerm(partnership.start, 2),
      final: partnership.status === "completed" ? partnership.end : monthsBefore(today, 1),
    };
    for (const membershipId of partnership.membershipIds) {
      for (const record of makeRecords({ membershipId, program: partnership.program, answeredOn })) {
        if (record.round === "baseline") records.push(record);
        else if (second !== null) records.push({ ...record, round: second });
      }
    }
  }
  return records;
}
