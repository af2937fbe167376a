// Each report through the application's service against the same figures from one hand-written
// query, on the same database, timed in turns; the figures must be identical.
import { isDeepStrictEqual } from "node:util";
import { OPERATOR } from "../dist/server/actor.js";
import { involvementReport, typologyReport } from "../dist/server/modules/reports/service.js";
import { involvementByHand, typologyByHand } from "./hand-written.js";
import { interleaved } from "./timing.js";

const REPETITIONS = 31;

async function compare(label, viaService, byHand) {
  const [a, b] = [await viaService(), await byHand()];
  if (!isDeepStrictEqual(a, b)) {
    throw new Error(`${label}: the service and the hand-written query disagree\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
  }
  const { a: service, b: reference } = await interleaved(viaService, byHand, { repetitions: REPETITIONS });
  return { label, service, reference, ratio: service / reference, equal: true };
}

export async function reportBenchmarks(db) {
  const typology = await compare(
    "report typology (by program, lead, baseline)",
    () => typologyReport(db, OPERATOR, { by: "program", perspective: "lead", round: "baseline" }),
    () => typologyByHand(db),
  );
  const { rule } = await involvementReport(db, OPERATOR, { round: "baseline" });
  const involvement = await compare(
    "report involvement (baseline)",
    () => involvementReport(db, OPERATOR, { round: "baseline" }),
    () => involvementByHand(db, rule),
  );
  // The program with the fewest partnerships: the filter has to narrow the work, not only the answer.
  const program = await db
    .selectFrom("programs")
    .innerJoin("partnerships", "partnerships.program_id", "programs.id")
    .select(["programs.id", "programs.code", "programs.name", (eb) => eb.fn.countAll().as("n")])
    .groupBy(["programs.id", "programs.code", "programs.name"])
    .orderBy("n")
    .executeTakeFirstOrThrow();
  const chosen = { id: program.id, code: program.code, name: program.name };
  const involvementOfProgram = await compare(
    `report involvement (baseline, program ${chosen.code} only)`,
    () => involvementReport(db, OPERATOR, { round: "baseline", program: chosen.id }),
    () => involvementByHand(db, rule, chosen),
  );
  return [typology, involvement, involvementOfProgram];
}
