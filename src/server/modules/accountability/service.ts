// Accountability as use cases, shared by the API and the command line: the report over the caller's
// scope, and one partnership's view with its overdue list, members and trends.
import type { Kysely } from "kysely";
import type {
  AccountabilityDimension,
  AccountabilityGroup,
  AccountabilityReport,
  PartnershipAccountability,
} from "../../../contracts/accountability.js";
import { addDays } from "../../../domain/attention/attention.js";
import { AXIS_STAGES, type AxisStage } from "../../../domain/coverage/axis.js";
import { addTally, DUE_SOON_DAYS, emptyTally, figuresAt, figuresOf, type Tally } from "../../../domain/accountability/figures.js";
import { commitmentAt, type CommitmentAt, type CommitmentHistory, type Slip } from "../../../domain/accountability/history.js";
import { trendOf } from "../../../domain/accountability/trend.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import { readConsistently } from "../../db/consistent-read.js";
import type { DB } from "../../db/schema.js";
import type { Caller } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { now } from "../../ids.js";
import { rowScope, scopeOf } from "../access/scope.js";
import { programsNamed } from "../reports/service.js";
import { idSchema } from "../../../contracts/common.js";
import { text } from "../../messages/render.js";
import { presentAxis, presentFigures, presentTrend } from "./presenter.js";
import * as repo from "./repository.js";

export type AccountabilityReportRequest = {
  by: AccountabilityDimension;
  program?: string | undefined;
  partnership?: string | undefined;
  asOf?: string | undefined;
};

function today(): string {
  return now().slice(0, 10);
}

function isStage(value: string): value is AxisStage {
  return AXIS_STAGES.some((stage) => stage === value);
}

/**
 * The figures per program, partnership or member of the commitments in the partnerships the caller
 * may read, as of a day (today by default). A program or partnership outside that scope is "not found".
 */
export function accountabilityReport(db: Kysely<DB>, reader: Caller, request: AccountabilityReportRequest): Promise<AccountabilityReport> {
  const day = request.asOf ?? today();
  return readConsistently(db, async (trx) => {
    const within: repo.ReportWithin = { visible: scopeOf(trx, reader, "partnership", "read") };
    if (request.program !== undefined) {
      const programId = await programIdOf(trx, request.program);
      const program =
        programId === null
          ? undefined
          : await repo.findReportProgram(trx, programId, rowScope(trx, reader, "program", "report", programId));
      if (!program) throw AppError.notFound("program");
      within.programId = program.id;
    }
    if (request.partnership !== undefined) {
      within.partnershipId = await readablePartnershipId(trx, reader, request.partnership, within.programId);
    }
    const rows = await repo.countByGroup(trx, { by: request.by, day, soon: addDays(day, DUE_SOON_DAYS), within });
    const groups = new Map<string, { group: Omit<AccountabilityGroup, keyof ReturnType<typeof presentFigures>>; tally: Tally }>();
    const total = emptyTally();
    for (const row of rows) {
      const key = keyOf(request.by, row);
      let entry = groups.get(key);
      if (!entry) {
        entry = {
          group: {
            key,
            program: row.program,
            ...(request.by === "program" ? {} : { partnership: row.partnership ?? "" }),
            ...(request.by === "member" ? { organization: row.organization ?? "" } : {}),
          },
          tally: emptyTally(),
        };
        groups.set(key, entry);
      }
      const tally = repo.tallyOfRow(row);
      addTally(entry.tally, tally);
      addTally(total, tally);
    }
    return {
      asOf: day,
      by: request.by,
      groups: [...groups.values()].map(({ group, tally }) => ({ ...group, ...presentFigures(figuresOf(tally)) })),
      total: presentFigures(figuresOf(total)),
    };
  });
}

function keyOf(by: AccountabilityDimension, row: repo.GroupRow): string {
  switch (by) {
    case "program":
      return row.program;
    case "partnership":
      return row.partnership_id ?? "";
    case "member":
      return `${row.partnership_id ?? ""}/${row.organization_id ?? ""}`;
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * One partnership's accountability as of a day: what is overdue, each member's figures and last twelve
 * months, the partnership's, and the axis. Four statements on one snapshot, whatever the partnership's size.
 */
export async function partnershipAccountability(
  db: Kysely<DB>,
  reader: Caller,
  partnershipId: string,
  asOf: string | undefined,
): Promise<PartnershipAccountability> {
  const day = asOf ?? today();
  const facts = await readConsistently(db, async (trx) => {
    const partnership = await repo.findPartnership(trx, partnershipId, rowScope(trx, reader, "partnership", "read", partnershipId));
    if (!partnership) return null;
    const [members, commitments, slips] = await Promise.all([
      repo.listMembers(trx, partnershipId),
      repo.listCommitments(trx, partnershipId),
      repo.listSlips(trx, partnershipId),
    ]);
    return { partnership, members, commitments, slips };
  });
  if (!facts) throw AppError.notFound("partnership");
  const { partnership, members, commitments, slips } = facts;

  const slipsOf = new Map<string, Slip[]>();
  for (const slip of slips) {
    if (slip.due_after === null) continue;
    const list = slipsOf.get(slip.commitment_id) ?? [];
    list.push({ on: slip.effective_on, dueAfter: slip.due_after });
    slipsOf.set(slip.commitment_id, list);
  }
  const histories = commitments.flatMap((row) => {
    if (!isStage(row.axis)) return [];
    const history: CommitmentHistory = {
      axis: row.axis,
      pledgedOn: row.pledged_on,
      dueOn: row.due_on,
      currentDueOn: row.current_due_on,
      deliveredOn: row.delivered_on,
      withdrawnOn: row.withdrawn_on,
      firstSlippedOn: row.first_slipped_on,
      slips: slipsOf.get(row.id) ?? [],
    };
    return [{ row, history, at: commitmentAt(history, day) }];
  });
  const states = (list: typeof histories) => list.flatMap((entry): CommitmentAt[] => (entry.at ? [entry.at] : []));

  // Every member that had not left by the day, and any organization that pledged, even one that left since.
  const organizations = new Map<string, string>();
  for (const member of members) if (member.left_on === null || member.left_on > day) organizations.set(member.id, member.name);
  for (const { row } of histories) organizations.set(row.organization_id, row.organization_name);
  const ordered = [...organizations].sort(([idA, a], [idB, b]) => a.localeCompare(b) || idA.localeCompare(idB));

  const total = figuresAt(states(histories), day);
  const overdue = histories
    .flatMap(({ row, at }) =>
      at && at.state === "open" && at.dueAt < day
        ? [
            {
              id: row.id,
              organization: { id: row.organization_id, name: row.organization_name },
              description: row.description,
              axis: at.axis,
              dueOn: row.due_on,
              currentDueOn: at.dueAt,
              daysOverdue: daysBetween(at.dueAt, day),
            },
          ]
        : [],
    )
    .sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue ||
        nameKey(a.organization.name).localeCompare(nameKey(b.organization.name)) ||
        a.id.localeCompare(b.id),
    );

  return {
    asOf: day,
    partnership: {
      id: partnership.id,
      name: partnership.name,
      program: { id: partnership.program_id, code: partnership.program_code, name: partnership.program_name },
    },
    overdue,
    members: ordered.map(([id, name]) => {
      const own = histories.filter(({ row }) => row.organization_id === id);
      return {
        organization: { id, name },
        ...presentFigures(figuresAt(states(own), day)),
        trend: presentTrend(
          trendOf(
            own.map((entry) => entry.history),
            day,
          ),
        ),
      };
    }),
    total: {
      ...presentFigures(total),
      trend: presentTrend(
        trendOf(
          histories.map((entry) => entry.history),
          day,
        ),
      ),
    },
    axis: presentAxis(total),
  };
}

const isId = (value: string) => idSchema.safeParse(value).success;

/** A program given by id or code (or, failing a code, by a name only one program has); null when none is. */
async function programIdOf(db: Kysely<DB>, given: string): Promise<string | null> {
  if (isId(given)) return given;
  const [match, ...others] = await programsNamed(db, given);
  return match !== undefined && others.length === 0 ? match.id : null;
}

/**
 * A partnership given by id or by name (within the program, if given), among those the reader may read:
 * none is "not found", several is a refusal that asks for the program or the id.
 */
async function readablePartnershipId(db: Kysely<DB>, reader: Caller, given: string, programId: string | undefined): Promise<string> {
  const readable = isId(given)
    ? [await repo.findPartnership(db, given, rowScope(db, reader, "partnership", "read", given))].filter((row) => row !== undefined)
    : await repo.findPartnershipsNamed(db, nameKey(given), programId, scopeOf(db, reader, "partnership", "read"));
  const [only, ...more] = readable.map((partnership) => partnership.id);
  if (only === undefined) throw AppError.notFound("partnership");
  if (more.length > 0) throw AppError.invalid("partnership", text("accountability.partnershipAmbiguous", { count: readable.length }));
  return only;
}

/** The partnerships a text names, for the command line: those of that name (in the program, if given), case and accents ignored as in imports. */
export function partnershipsNamed(db: Kysely<DB>, name: string, programId?: string) {
  return repo.findPartnershipsNamed(db, nameKey(name), programId, null);
}
