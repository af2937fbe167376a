import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../test/support/databases.js";
import { scopeOf } from "../modules/access/scope.js";
import { login } from "../modules/auth/service.js";
import { DEMO_PORTFOLIO } from "./portfolio/index.js";
import { loadDemoIfEmpty } from "./load.js";

const TABLES = [
  "programs",
  "organizations",
  "contacts",
  "partnerships",
  "memberships",
  "involvement_records",
  "users",
  "user_programs",
  "partnership_coordinators",
  "charters",
  "charter_members",
  "charter_revisions",
  "plan_goals",
  "plan_risks",
  "plan_objectives",
  "measure_values",
  "plan_activities",
  "commitments",
  "commitment_events",
  "meetings",
  "meeting_attendance",
  "meeting_reviews",
  "communications",
  "communication_parties",
  "survey_rounds",
  "survey_respondents",
  "survey_responses",
  "survey_action_steps",
] as const;

async function countRows(database: TestDatabase) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

for (const dialect of DIALECTS) {
  describe(`demo portfolio on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.close();
      database = undefined;
    });

    it("loads into an empty database once, and every account signs in with the one password it prints", async () => {
      database = await createTestDatabase(dialect);
      const demo = await loadDemoIfEmpty(database.db);
      expect(demo?.accounts.map((account) => account.email)).toContain("admin@convene.example");
      expect(demo?.password.length).toBeGreaterThanOrEqual(12);
      const counts = await countRows(database);
      expect(counts.programs).toBe(4);
      expect(counts.organizations).toBe(DEMO_PORTFOLIO.organizations.length);
      expect(counts.partnerships).toBe(DEMO_PORTFOLIO.partnerships.length);
      expect(counts.users).toBe(5);
      expect(counts.charters).toBe(DEMO_PORTFOLIO.running.length);
      expect(counts.commitment_events).toBeGreaterThan(counts.commitments ?? 0);

      for (const account of demo?.accounts ?? []) {
        const session = await login(database.db, account.email, demo?.password ?? "", 1);
        expect(session.actor.role).toBe(account.role);
      }

      expect(await loadDemoIfEmpty(database.db)).toBeNull();
      expect(await countRows(database)).toEqual(counts);
    });

    it("gives each role the slice of the portfolio its scope allows", async () => {
      database = await createTestDatabase(dialect);
      const demo = await loadDemoIfEmpty(database.db);
      const db = database.db;
      const visibleTo = async (email: string) => {
        const { actor } = await login(db, email, demo?.password ?? "", 1);
        const scope = scopeOf(db, actor, "partnership", "read");
        const partnerships = await db
          .selectFrom("partnerships")
          .select("name")
          .$call((qb) => (scope ? qb.where("id", "in", scope) : qb))
          .execute();
        const organizationScope = scopeOf(db, actor, "organization", "read");
        const organizations = await db
          .selectFrom("organizations")
          .select("id")
          .$call((qb) => (organizationScope ? qb.where("id", "in", organizationScope) : qb))
          .execute();
        return { partnerships: partnerships.map((row) => row.name).sort(), organizations: organizations.length };
      };
      const total = DEMO_PORTFOLIO.partnerships.length;
      expect((await visibleTo("admin@convene.example")).partnerships).toHaveLength(total);
      expect((await visibleTo("evaluator@convene.example")).partnerships).toHaveLength(total);
      const officer = await visibleTo("officer@convene.example");
      expect(officer.partnerships.length).toBeGreaterThan(2);
      expect(officer.partnerships.length).toBeLessThan(total);
      expect((await visibleTo("coordinator@convene.example")).partnerships).toEqual([
        "Hamilton East Youth Safety Coalition",
        "Réseau de prévention de l'exploitation sexuelle des jeunes",
      ]);
      const partner = await visibleTo("partner@convene.example");
      expect(partner.partnerships).toEqual([
        "Hamilton East Youth Safety Coalition",
        "Speak Up: Bullying Prevention Toolkit for Ontario Schools",
      ]);
      expect(partner.organizations).toBeGreaterThan(3);
      expect(partner.organizations).toBeLessThan(DEMO_PORTFOLIO.organizations.length);
    });

    it("answers for every partner of the partnerships under way, from both views, so that gaps and reports have figures", async () => {
      database = await createTestDatabase(dialect);
      await loadDemoIfEmpty(database.db);
      const rows = await database.db
        .selectFrom("memberships")
        .innerJoin("partnerships", "partnerships.id", "memberships.partnership_id")
        .whereRef("memberships.organization_id", "<>", "partnerships.lead_organization_id")
        .leftJoin("involvement_records", "involvement_records.membership_id", "memberships.id")
        .select([
          "partnerships.name",
          "partnerships.status",
          "memberships.id as membershipId",
          "involvement_records.round",
          "involvement_records.perspective",
          "involvement_records.type",
        ])
        .execute();
      const byPartnership = new Map<string, { status: string; rounds: Set<string>; answered: Map<string, Set<string>> }>();
      for (const row of rows) {
        const entry = byPartnership.get(row.name) ?? { status: row.status, rounds: new Set(), answered: new Map() };
        byPartnership.set(row.name, entry);
        const views = entry.answered.get(row.membershipId) ?? new Set<string>();
        entry.answered.set(row.membershipId, views);
        if (row.round && row.perspective) {
          entry.rounds.add(row.round);
          views.add(`${row.round}/${row.perspective}`);
        }
        if (row.type !== null) expect(["none", "consultation", "cooperation", "coordination", "collaboration"]).toContain(row.type);
      }
      for (const [name, entry] of byPartnership) {
        if (entry.status === "planning") {
          expect(entry.rounds, name).toEqual(new Set());
          continue;
        }
        expect(entry.rounds.has("baseline"), name).toBe(true);
        if (entry.status === "completed") expect([...entry.rounds].sort(), name).toEqual(["baseline", "final"]);
        for (const views of entry.answered.values()) {
          expect(views.has("baseline/lead") && views.has("baseline/partner"), name).toBe(true);
        }
      }
      const types = new Set(rows.filter((row) => row.round === "baseline" && row.perspective === "lead").map((row) => row.type));
      expect(types.size, "the lead's baseline answers reach several types").toBeGreaterThanOrEqual(3);
    });

    it("loads the surveys' rounds, people asked, responses and decided steps, each response in its respondent's round", async () => {
      database = await createTestDatabase(dialect);
      await loadDemoIfEmpty(database.db);
      const db = database.db;
      const counts = await countRows(database);
      expect(counts.survey_rounds).toBe(16);
      expect(counts.survey_action_steps).toBe(3);
      expect(counts.survey_respondents).toBeGreaterThan(counts.survey_responses ?? 0);
      const mismatched = await db
        .selectFrom("survey_responses")
        .innerJoin("survey_respondents", "survey_respondents.id", "survey_responses.respondent_id")
        .innerJoin("survey_rounds", "survey_rounds.id", "survey_responses.round_id")
        .select("survey_responses.id")
        .where((eb) =>
          eb.or([
            eb("survey_respondents.round_id", "<>", eb.ref("survey_responses.round_id")),
            eb("survey_rounds.instrument_id", "<>", eb.ref("survey_responses.instrument_id")),
            eb("survey_rounds.partnership_id", "<>", eb.ref("survey_respondents.partnership_id")),
          ]),
        )
        .execute();
      expect(mismatched).toEqual([]);
      const accepted = await db
        .selectFrom("survey_action_steps")
        .innerJoin("plan_activities", "plan_activities.id", "survey_action_steps.activity_id")
        .select([
          "plan_activities.survey_round_id",
          "plan_activities.survey_score_key",
          "survey_action_steps.round_id",
          "survey_action_steps.score_key",
        ])
        .execute();
      expect(accepted).toHaveLength(2);
      for (const row of accepted) expect([row.survey_round_id, row.survey_score_key]).toEqual([row.round_id, row.score_key]);
      const fromChecklists = await db
        .selectFrom("involvement_records")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("round", "=", "final")
        .where("created_by", "is", null)
        .where("respondent", "is not", null)
        .executeTakeFirstOrThrow();
      expect(Number(fromChecklists.n)).toBeGreaterThanOrEqual(20);
    });

    it("loads once when two instances start together on the same database", async () => {
      database = await createTestDatabase(dialect);
      const results = await Promise.all([loadDemoIfEmpty(database.db), loadDemoIfEmpty(database.db)]);
      expect(results.filter((result) => result !== null)).toHaveLength(1);
      expect((await countRows(database)).programs).toBe(4);
    });
  });
}
