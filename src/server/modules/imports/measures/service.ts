// `convene import measures`: values of the plan's measures from a CSV or XLSX file, read and checked
// in full, then written in one transaction, or not at all. A row names its objective by program,
// partnership, goal and objective (compared like names); the same objective and day is the same value,
// so importing a file again changes nothing, and a corrected value replaces the one stored.
import type { Kysely } from "kysely";
import { IMPORT_ROW_LIMIT } from "../../../../contracts/imports.js";
import { MEASURE_VALUE_COLUMNS, measureValueInputSchema, type MeasureImportReport } from "../../../../contracts/plan.js";
import { nameKey } from "../../../../domain/registry/name-key.js";
import type { Caller } from "../../../actor.js";
import { userIdOf } from "../../../actor.js";
import type { DB } from "../../../db/schema.js";
import { text, type Language } from "../../../messages/render.js";
import * as scope from "../../access/scope.js";
import { upsertValue } from "../../plan/service.js";
import { matchHeader } from "../header.js";
import { Problems, quoted, renderProblems, type ProblemRecord } from "../problems.js";
import { idsInScope } from "../repository.js";
import { RowReader } from "../row-reader.js";
import { withinImport } from "../transaction.js";
import { readFileTable, type ImportFile } from "../upload-file.js";

type Column = (typeof MEASURE_VALUE_COLUMNS.required)[number] | (typeof MEASURE_VALUE_COLUMNS.optional)[number];
type Counts = MeasureImportReport["counts"]["measureValues"];
export type MeasureImportOutcome = Omit<MeasureImportReport, "errors"> & { errors: readonly ProblemRecord[] };

/** A number as spreadsheets write it: a point or a comma before the decimals, spaces between thousands. */
export function parseMeasureNumber(cell: string): number | undefined {
  const compact = cell.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return undefined;
  const value = Number(compact.replace(",", "."));
  return Number.isFinite(value) ? value : undefined;
}

function outcome(dryRun: boolean, rows: number, problems: Problems, counts?: Counts, written = false): MeasureImportOutcome {
  return {
    kind: "measures",
    dryRun,
    written,
    rows,
    counts: { measureValues: counts ?? { created: 0, updated: 0, unchanged: 0 } },
    errors: problems.records,
    errorCount: problems.count,
  };
}

export function renderMeasureReport(report: MeasureImportOutcome, language: Language): MeasureImportReport {
  return { ...report, errors: renderProblems(report.errors, language).map(({ line, column, message }) => ({ line, column, message })) };
}

/** The objectives a caller may record values for, found by the names a row gives. */
async function loadTargets(db: Kysely<DB>, caller: Caller) {
  const manageable = await idsInScope(db, scope.scopeOf(db, caller, "partnership", "managePlan"));
  const rows = await db
    .selectFrom("plan_objectives")
    .innerJoin("plan_goals", "plan_goals.id", "plan_objectives.goal_id")
    .innerJoin("partnerships", "partnerships.id", "plan_objectives.partnership_id")
    .innerJoin("programs", "programs.id", "partnerships.program_id")
    .select([
      "plan_objectives.id",
      "plan_objectives.partnership_id",
      "plan_objectives.title",
      "plan_objectives.measure_name",
      "plan_goals.title as goal_title",
      "partnerships.name_key as partnership_key",
      "programs.code as program_code",
      "programs.name as program_name",
    ])
    .execute();
  return rows.filter((row) => manageable === null || manageable.has(row.partnership_id));
}

export async function importMeasureValues(
  db: Kysely<DB>,
  caller: Caller,
  file: ImportFile,
  options: { dryRun: boolean },
): Promise<MeasureImportOutcome> {
  const problems = new Problems();
  const table = await readFileTable(file, problems, { maxRows: IMPORT_ROW_LIMIT });
  if (!table) return outcome(options.dryRun, 0, problems);
  const columns = matchHeader<Column>(table.header, MEASURE_VALUE_COLUMNS, problems);
  if (!columns) return outcome(options.dryRun, table.rows.length, problems);

  return withinImport(db, options.dryRun, async (trx) => {
    const targets = await loadTargets(trx, caller);
    const seen = new Map<string, number>();
    const values: {
      objective: { id: string; partnership_id: string };
      input: { observedOn: string; value: number; note: string | null };
    }[] = [];
    for (const row of table.rows) {
      const reader = new RowReader(row, columns, problems);
      columns.checkUnnamed(row, problems);
      const program = reader.required("program");
      const partnership = reader.required("partnership");
      const goal = reader.required("goal");
      const objectiveName = reader.required("objective");
      const observedOn = reader.required("observed_on");
      const date =
        observedOn === undefined ? undefined : reader.checked("observed_on", measureValueInputSchema.shape.observedOn, observedOn);
      const cell = reader.required("value");
      const value = cell === undefined ? undefined : parseMeasureNumber(cell);
      if (cell !== undefined && value === undefined) reader.report("value", text("import.plan.notNumber", { got: quoted(cell) }));
      const note = reader.optional("note");
      const checkedNote = note === null ? null : reader.checked("note", measureValueInputSchema.shape.note, note);
      if ([program, partnership, goal, objectiveName].some((part) => part === undefined)) continue;
      const programKey = nameKey(program ?? "");
      const inProgram = targets.filter((t) => nameKey(t.program_code) === programKey || nameKey(t.program_name) === programKey);
      const inPartnership = inProgram.filter((t) => t.partnership_key === nameKey(partnership ?? ""));
      if (inPartnership.length === 0) {
        reader.report(
          "partnership",
          text("import.plan.partnershipUnknown", { got: quoted(partnership ?? ""), program: quoted(program ?? "") }),
        );
        continue;
      }
      const inGoal = inPartnership.filter((t) => nameKey(t.goal_title) === nameKey(goal ?? ""));
      if (inGoal.length === 0) {
        reader.report("goal", text("import.plan.goalUnknown", { got: quoted(goal ?? "") }));
        continue;
      }
      const objective = inGoal.find((t) => nameKey(t.title) === nameKey(objectiveName ?? ""));
      if (!objective) {
        reader.report("objective", text("import.plan.objectiveUnknown", { got: quoted(objectiveName ?? "") }));
        continue;
      }
      if (objective.measure_name === null) {
        reader.report("objective", text("import.plan.objectiveNoMeasure", { got: quoted(objectiveName ?? "") }));
        continue;
      }
      if (date === undefined || value === undefined || checkedNote === undefined) continue;
      const key = `${objective.id}|${date}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        reader.report("observed_on", text("import.plan.repeated", { line: earlier }));
        continue;
      }
      seen.set(key, reader.line);
      values.push({ objective, input: { observedOn: date, value, note: checkedNote } });
    }
    if (!problems.isEmpty) return outcome(options.dryRun, table.rows.length, problems);

    const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
    const existing = new Map<string, { value: number; note: string | null }>();
    const objectiveIds = [...new Set(values.map((v) => v.objective.id))];
    for (let start = 0; start < objectiveIds.length; start += 500) {
      const rows = await trx
        .selectFrom("measure_values")
        .select(["objective_id", "observed_on", "value", "note"])
        .where("objective_id", "in", objectiveIds.slice(start, start + 500))
        .execute();
      for (const row of rows) existing.set(`${row.objective_id}|${row.observed_on}`, { value: Number(row.value), note: row.note });
    }
    const changes = values.filter(({ objective, input }) => {
      const stored = existing.get(`${objective.id}|${input.observedOn}`);
      if (!stored) counts.created += 1;
      else if (stored.value !== input.value || stored.note !== input.note) counts.updated += 1;
      else {
        counts.unchanged += 1;
        return false;
      }
      return true;
    });
    if (options.dryRun || changes.length === 0) return outcome(options.dryRun, table.rows.length, problems, counts);
    const recorder = { userId: userIdOf(caller) };
    for (const { objective, input } of changes) await upsertValue(trx, recorder, objective, input);
    return outcome(options.dryRun, table.rows.length, problems, counts, true);
  });
}
