// One row of a commitments file: whose commitment, what was pledged and when, and the state it has
// reached (the last move, with what that move needs).
import { isoDateSchema } from "../../../../contracts/common.js";
import type { COMMITMENT_COLUMNS } from "../../../../contracts/imports.js";
import { commitmentDescriptionSchema, commitmentEvidenceSchema, commitmentReasonSchema } from "../../../../contracts/commitments.js";
import { checkMove, checkPledge, type LedgerProblem, type MoveEffect } from "../../../../domain/commitments/checks.js";
import { AXIS_STAGES, COMMITMENT_STATUSES, type AxisStage, type CommitmentStatus } from "../../../../domain/commitments/statuses.js";
import { text } from "../../../messages/render.js";
import type { RowReader } from "../row-reader.js";

export type CommitmentColumn = (typeof COMMITMENT_COLUMNS)["required" | "optional"][number];

export type CommitmentRow = {
  line: number;
  program: string | undefined;
  partnership: string | undefined;
  organization: string | undefined;
  description: string;
  axis: AxisStage;
  pledgedOn: string;
  dueOn: string;
  status: CommitmentStatus;
  /** The move from pledged that makes the row's state; null for a commitment still pledged. */
  move: MoveEffect | null;
};

/** Which column each field of a move is read from. */
function columnOf(field: string, status: CommitmentStatus): CommitmentColumn {
  switch (field) {
    case "to":
      return "status";
    case "on":
      return status === "delivered" ? "delivered_on" : "status_on";
    case "dueOn":
      return "current_due_on";
    case "reason":
      return "reason";
    case "evidence":
    case "evidenceUrl":
      return "evidence";
    default:
      return "status";
  }
}

function reportAll(reader: RowReader<CommitmentColumn>, problems: LedgerProblem[], column: (field: string) => CommitmentColumn): void {
  for (const problem of problems) reader.report(column(problem.field), text(`ledger.${problem.key}`, problem.values));
}

/** What the status needs and allows beyond the move's own rules: the columns a file must fill in or leave blank. */
const NEEDS: Record<CommitmentStatus, CommitmentColumn[]> = {
  pledged: [],
  in_progress: [],
  delivered: ["delivered_on"],
  slipped: ["current_due_on", "status_on", "reason"],
  withdrawn: ["status_on", "reason"],
};
const ONLY_FOR: Partial<Record<CommitmentColumn, CommitmentStatus[]>> = {
  delivered_on: ["delivered"],
  current_due_on: ["slipped"],
  status_on: ["in_progress", "delivered", "slipped", "withdrawn"],
  reason: ["slipped", "withdrawn"],
  evidence: ["delivered"],
};

/**
 * Reads a row in column order, reporting every bad cell; undefined when the row has a problem. The
 * state is checked as the move from pledged that reaches it, by the same rules as a move through the API.
 */
export function readCommitmentRow(reader: RowReader<CommitmentColumn>, today: string): CommitmentRow | undefined {
  const program = reader.required("program");
  const partnership = reader.required("partnership");
  const organization = reader.required("organization");
  const descriptionCell = reader.required("description");
  const description =
    descriptionCell === undefined ? undefined : reader.checked("description", commitmentDescriptionSchema, descriptionCell);
  const axis = reader.key("axis", AXIS_STAGES);
  if (axis === null) reader.report("axis", text("import.required"));
  const date = (column: CommitmentColumn, required: boolean) => {
    const cell = required ? reader.required(column) : (reader.optional(column) ?? undefined);
    return cell === undefined ? undefined : reader.checked(column, isoDateSchema, cell);
  };
  const pledgedOn = date("pledged_on", true);
  const dueOn = date("due_on", true);
  const status = reader.key("status", COMMITMENT_STATUSES) ?? (reader.optional("status") === null ? "pledged" : undefined);
  const deliveredOn = date("delivered_on", false);
  const currentDueOn = date("current_due_on", false);
  const statusOn = date("status_on", false);
  const reason = reader.has("reason") ? reader.parsed("reason", commitmentReasonSchema) : null;
  const evidence = reader.has("evidence") ? reader.parsed("evidence", commitmentEvidenceSchema) : null;
  if (!description || !axis || !pledgedOn || !dueOn || !status) return undefined;
  let valid = true;
  const fail = (column: CommitmentColumn, message: Parameters<RowReader<CommitmentColumn>["report"]>[1]) => {
    reader.report(column, message);
    valid = false;
  };
  const pledgeProblems = checkPledge({ pledgedOn, dueOn }, today);
  reportAll(reader, pledgeProblems, (field) => (field === "pledgedOn" ? "pledged_on" : "due_on"));
  if (pledgeProblems.length > 0) valid = false;
  for (const column of NEEDS[status]) {
    if (reader.optional(column) === null) fail(column, text("ledger.import.requiredFor", { status }));
  }
  for (const [column, statuses] of Object.entries(ONLY_FOR) as [CommitmentColumn, CommitmentStatus[]][]) {
    if (reader.optional(column) !== null && !statuses.includes(status)) {
      fail(column, text("ledger.import.onlyFor", { statuses: statuses.join(", ") }));
    }
  }
  if (status === "delivered" && statusOn && deliveredOn && statusOn !== deliveredOn) {
    fail("status_on", text("ledger.import.deliveredOnMismatch", { deliveredOn }));
  }
  if (!valid) return undefined;
  if (status === "pledged") {
    return { line: reader.line, program, partnership, organization, description, axis, pledgedOn, dueOn, status, move: null };
  }
  const checked = checkMove(
    { status: "pledged", pledgedOn, currentDueOn: dueOn, statusOn: pledgedOn },
    { to: status, on: status === "delivered" ? deliveredOn : (statusOn ?? pledgedOn), dueOn: currentDueOn, reason, evidence },
    today,
  );
  if (!checked.ok) {
    reportAll(reader, checked.problems, (field) => {
      if (field === "dueOn") return "current_due_on";
      return columnOf(field, status);
    });
    return undefined;
  }
  return { line: reader.line, program, partnership, organization, description, axis, pledgedOn, dueOn, status, move: checked.value };
}
