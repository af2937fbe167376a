// Pages about one row (a membership's involvement, an organization and its contacts, a partnership's
// coverage, a program, its composition and rubric) with 50 partnerships in the database and with
// 5,000, for a program officer whose scope is a query over their programs. Each check is narrowed to
// the one row it is about, so the larger portfolio should cost about the same.
import { buildApp } from "../dist/server/app.js";
import { loadConfig } from "../dist/server/env.js";
import { createApiToken } from "../dist/server/modules/auth/service.js";
import { interleaved } from "./timing.js";

const REPETITIONS = 151;
const SAMPLE = 20;
const EMAIL = "officer@convene.example";

function spread(rows, count = SAMPLE) {
  const n = Math.min(count, rows.length);
  return Array.from({ length: n }, (_, index) => rows[Math.floor((index * rows.length) / n)]);
}

/**
 * Rows the program officer can reach, spread over the portfolio: memberships (with their partnership
 * and organization) and programs. Members other than the lead, whose involvement has a checklist.
 */
async function reachable(db, userId) {
  const programs = db.selectFrom("user_programs").select("program_id").where("user_id", "=", userId);
  const memberships = await db
    .selectFrom("memberships")
    .innerJoin("partnerships", "partnerships.id", "memberships.partnership_id")
    .select([
      "memberships.id as membershipId",
      "memberships.partnership_id as partnershipId",
      "memberships.organization_id as organizationId",
    ])
    .where("partnerships.program_id", "in", programs)
    .whereRef("memberships.organization_id", "<>", "partnerships.lead_organization_id")
    .orderBy("memberships.id")
    .execute();
  const programIds = (await programs.orderBy("program_id").execute()).map((row) => row.program_id);
  return { memberships: spread(memberships), programs: spread(programIds) };
}

/** The pages measured, each a function of the sample rows giving the URLs one view of the page requests. */
export const PAGES = [
  // The involvement page's membership check alone: a record that does not exist is looked up only after it.
  [
    "involvement page, membership check",
    (m) => [["DELETE", `/api/v1/partnerships/${m.partnershipId}/members/${m.membershipId}/involvement/lead/none`, 404]],
  ],
  ["a member's involvement list", (m) => [["GET", `/api/v1/partnerships/${m.partnershipId}/members/${m.membershipId}/involvement`, 200]]],
  ["organization check for contacts", (m) => [["GET", `/api/v1/organizations/${m.organizationId}/contacts?pageSize=25`, 200]]],
  ["GET /organizations/{id}", (m) => [["GET", `/api/v1/organizations/${m.organizationId}`, 200]]],
  ["coverage", (m) => [["GET", `/api/v1/partnerships/${m.partnershipId}/coverage`, 200]]],
  [
    "program page (program, composition)",
    (_m, p) => [
      ["GET", `/api/v1/programs/${p}`, 200],
      ["GET", `/api/v1/programs/${p}/composition`, 200],
    ],
  ],
  ["typology (a program's rubric)", (_m, p) => [["GET", `/api/v1/programs/${p}/default-rubric`, 200]]],
];

async function session(target) {
  const config = loadConfig({ LOG_LEVEL: "silent", CONVENE_DEMO: "0", ...(target.url ? { DATABASE_URL: target.url } : {}) });
  const app = await buildApp(config, target.database);
  const db = target.database.db;
  const user = await db.selectFrom("users").select("id").where("email", "=", EMAIL).executeTakeFirstOrThrow();
  const { token } = await createApiToken(db, user.id, "bench");
  return { app, headers: { authorization: `Bearer ${token}` }, rows: await reachable(db, user.id), close: () => app.close() };
}

function loader({ app, headers, rows }, page) {
  let turn = 0;
  return async () => {
    const requests = page(rows.memberships[turn % rows.memberships.length], rows.programs[turn % rows.programs.length]);
    turn += 1;
    const answers = await Promise.all(requests.map(([method, url]) => app.inject({ method, url, headers })));
    answers.forEach((answer, index) => {
      if (answer.statusCode !== requests[index][2]) throw new Error(`${requests[index][1]}: ${answer.statusCode} ${answer.body}`);
    });
  };
}

/** Per page: milliseconds at 5,000 partnerships and at 50, and their ratio. */
export async function singleRowPageBenchmarks(small, large) {
  const few = await session(small);
  const many = await session(large);
  const results = [];
  try {
    for (const [label, page] of PAGES) {
      const { a, b } = await interleaved(loader(many, page), loader(few, page), { repetitions: REPETITIONS, warmup: 20 });
      results.push({ label: `${label}, program officer (5,000 vs 50 partnerships)`, service: a, reference: b, ratio: a / b });
    }
  } finally {
    await few.close();
    await many.close();
  }
  return results;
}
