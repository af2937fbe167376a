// The partnership page (the partnership and its first page of members) with 50 partnerships in the
// database and with 5,000, for an administrator and for a program officer whose scope is a query
// over their programs: the larger portfolio should cost about the same.
import { buildApp } from "../dist/server/app.js";
import { loadConfig } from "../dist/server/env.js";
import { createApiToken } from "../dist/server/modules/auth/service.js";
import { interleaved } from "./timing.js";

const REPETITIONS = 201;
const SAMPLE = 20;

async function pageOf(target, email) {
  const config = loadConfig({ LOG_LEVEL: "silent", CONVENE_DEMO: "0", ...(target.url ? { DATABASE_URL: target.url } : {}) });
  const app = await buildApp(config, target.database);
  const db = target.database.db;
  const user = await db.selectFrom("users").select(["id", "role"]).where("email", "=", email).executeTakeFirstOrThrow();
  const { token } = await createApiToken(db, user.id, "bench");
  // Partnerships the user can see, spread over the list.
  let query = db.selectFrom("partnerships").select("partnerships.id").orderBy("partnerships.id");
  if (user.role === "program_officer") {
    query = query.where(
      "partnerships.program_id",
      "in",
      db.selectFrom("user_programs").select("program_id").where("user_id", "=", user.id),
    );
  }
  const ids = (await query.execute()).map((row) => row.id);
  const sample = Array.from(
    { length: Math.min(SAMPLE, ids.length) },
    (_, index) => ids[Math.floor((index * ids.length) / Math.min(SAMPLE, ids.length))],
  );
  const headers = { authorization: `Bearer ${token}` };
  let turn = 0;
  const load = async () => {
    const id = sample[turn % sample.length];
    turn += 1;
    const [partnership, members] = await Promise.all([
      app.inject({ method: "GET", url: `/api/v1/partnerships/${id}`, headers }),
      app.inject({ method: "GET", url: `/api/v1/partnerships/${id}/members?pageSize=25`, headers }),
    ]);
    if (partnership.statusCode !== 200 || members.statusCode !== 200)
      throw new Error(`${partnership.statusCode} ${members.statusCode} ${members.body}`);
  };
  return { load, close: () => app.close() };
}

/** Per role: milliseconds per page at 50 partnerships and at 5,000, and their ratio. */
export async function partnershipPageBenchmarks(small, large) {
  const results = [];
  for (const [role, email] of [
    ["administrator", "admin@convene.example"],
    ["program officer", "officer@convene.example"],
  ]) {
    const few = await pageOf(small, email);
    const many = await pageOf(large, email);
    const { a, b } = await interleaved(many.load, few.load, { repetitions: REPETITIONS, warmup: 20 });
    await few.close();
    await many.close();
    results.push({ label: `partnership page, ${role} (5,000 vs 50 partnerships)`, service: a, reference: b, ratio: a / b });
  }
  return results;
}
