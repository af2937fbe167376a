import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { buildUser } from "../../../../test/support/factories.js";
import { OPERATOR } from "../../actor.js";
import { login } from "../../modules/auth/service.js";
import { typologyReport } from "../../modules/reports/service.js";
import { replayCommitmentEvents } from "../../../../test/support/ledger-replay.js";
import { HEALTH_CHECK } from "../../../domain/surveys/built-in/health-check.js";
import { itemsOf } from "../../../domain/surveys/instrument.js";
import { endOfTerm } from "../dates.js";
import { generateNationalPortfolio, NotEmptyError } from "./generate.js";

const SIZE = { partnerships: 40, organizations: 320, memberships: 480 };
const TODAY = new Date("2026-11-22T12:00:00Z");

async function count(
  database: TestDatabase,
  table:
    "programs" | "organizations" | "partnerships" | "memberships" | "involvement_records" | "users" | "commitments" | "commitment_events",
) {
  return Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

for (const dialect of DIALECTS) {
  describe(`national portfolio on ${dialect}`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.close();
      database = undefined;
    });

    it("generates every table's rows with records for each partner (the lead answers, but not about itself), both rounds and perspectives, and accounts that sign in", async () => {
      database = await createTestDatabase(dialect);
      const result = await generateNationalPortfolio(database, { seed: 5, size: SIZE, today: TODAY });
      expect(result.counts).toEqual({
        programs: 4,
        regions: result.counts.regions,
        partnerships: 40,
        organizations: 320,
        memberships: 480,
        involvementRecords: 1_760,
        commitments: result.counts.commitments,
        commitmentEvents: result.counts.commitmentEvents,
        surveyRounds: result.counts.surveyRounds,
        surveyResponses: result.counts.surveyResponses,
      });
      expect(result.counts.commitments).toBeGreaterThan(480);
      expect(result.counts.commitmentEvents).toBeGreaterThan(result.counts.commitments);
      expect(result.counts.regions).toBeGreaterThan(8);
      for (const [table, expected] of [
        ["programs", 4],
        ["organizations", 320],
        ["partnerships", 40],
        ["memberships", 480],
        ["involvement_records", 1_760],
        ["users", 5],
        ["commitments", result.counts.commitments],
        ["commitment_events", result.counts.commitmentEvents],
      ] as const) {
        expect(await count(database, table)).toBe(expected);
      }
      const report = await typologyReport(database.db, OPERATOR, { by: "program", perspective: "lead", round: "final" });
      expect(report.total.total).toBe(440);

      const session = await login(database.db, "partner@convene.example", result.accounts?.password ?? "", 1);
      const partnerView = await typologyReport(database.db, session.actor, { by: "program", perspective: "partner", round: "baseline" });
      expect(partnerView.total.total).toBeGreaterThan(0);
      expect(partnerView.total.total).toBeLessThan(report.total.total);
    });

    it("keeps a ledger in every state along the axis, each commitment pledged by a member in its term and agreeing with its events", async () => {
      database = await createTestDatabase(dialect);
      await generateNationalPortfolio(database, { seed: 5, size: SIZE, today: TODAY });
      const db = database.db;
      const commitments = await db.selectFrom("commitments").selectAll().execute();
      const events = await db.selectFrom("commitment_events").selectAll().orderBy("commitment_id").orderBy("at").orderBy("id").execute();
      const byCommitment = new Map<string, typeof events>();
      for (const event of events) byCommitment.set(event.commitment_id, [...(byCommitment.get(event.commitment_id) ?? []), event]);
      const members = new Set(
        (await db.selectFrom("memberships").select(["partnership_id", "organization_id"]).execute()).map(
          (row) => `${row.partnership_id}/${row.organization_id}`,
        ),
      );
      const todayText = TODAY.toISOString().slice(0, 10);
      for (const commitment of commitments) {
        const state = replayCommitmentEvents(byCommitment.get(commitment.id) ?? [], commitment.due_on);
        const { slips: _slips, ...columns } = state;
        expect(columns).toEqual({
          status: commitment.status,
          status_on: commitment.status_on,
          current_due_on: commitment.current_due_on,
          delivered_on: commitment.delivered_on,
          withdrawn_on: commitment.withdrawn_on,
          first_slipped_on: commitment.first_slipped_on,
        });
        expect(members.has(`${commitment.partnership_id}/${commitment.organization_id}`)).toBe(true);
        expect(commitment.status_on <= todayText).toBe(true);
      }
      expect(new Set(commitments.map((row) => row.status))).toEqual(
        new Set(["pledged", "in_progress", "delivered", "slipped", "withdrawn"]),
      );
      expect(new Set(commitments.map((row) => row.axis))).toEqual(new Set(["prevention", "intervention", "enforcement", "reentry"]));
      const open = commitments.filter((row) => row.delivered_on === null && row.withdrawn_on === null);
      expect(open.some((row) => row.current_due_on < todayText)).toBe(true);
      expect(commitments.some((row) => row.delivered_on !== null && row.delivered_on > row.due_on)).toBe(true);
      expect(commitments.some((row) => row.delivered_on !== null && row.delivered_on <= row.due_on)).toBe(true);
    });

    it("runs a baseline health check two months into each partnership, asking every member, most answering every statement", async () => {
      database = await createTestDatabase(dialect);
      const result = await generateNationalPortfolio(database, { seed: 5, size: SIZE, today: TODAY });
      const db = database.db;
      const rounds = await db.selectFrom("survey_rounds").selectAll().execute();
      const partnerships = await db.selectFrom("partnerships").select(["id", "start_date"]).execute();
      const todayText = TODAY.toISOString().slice(0, 10);
      expect(rounds).toHaveLength(result.counts.surveyRounds);
      expect(rounds.length).toBe(partnerships.filter((row) => endOfTerm(row.start_date ?? "", 2) < todayText).length);
      expect(rounds.length).toBeGreaterThan(30);
      for (const round of rounds) {
        const start = partnerships.find((row) => row.id === round.partnership_id)?.start_date ?? "";
        expect([round.instrument_id, round.label, round.closes_on]).toEqual(["health-check", "baseline", endOfTerm(start, 2)]);
      }
      const respondents = await db.selectFrom("survey_respondents").select(["round_id", "organization_id", "partnership_id"]).execute();
      const memberships = await db.selectFrom("memberships").select(["partnership_id", "organization_id"]).execute();
      const asked = new Set(rounds.map((round) => round.partnership_id));
      expect(respondents.length).toBe(memberships.filter((row) => asked.has(row.partnership_id)).length);
      const responses = await db.selectFrom("survey_responses").selectAll().execute();
      expect(responses).toHaveLength(result.counts.surveyResponses);
      expect(responses.length / respondents.length).toBeGreaterThan(0.7);
      expect(responses.length / respondents.length).toBeLessThan(0.9);
      const statements = itemsOf(HEALTH_CHECK).map((item) => item.id);
      const bands = new Set<string>();
      for (const response of responses) {
        const answers = JSON.parse(response.answers) as Record<string, unknown>;
        expect(Object.keys(answers).sort()).toEqual([...statements].sort());
        for (const value of Object.values(answers)) expect([1, 2, 3, 4, 5, "dont_know"]).toContain(value);
        expect(response.submitted_at && response.submitted_at <= TODAY.toISOString()).toBeTruthy();
      }
      for (const round of rounds) {
        const own = responses
          .filter((response) => response.round_id === round.id)
          .map((r) => JSON.parse(r.answers) as Record<string, unknown>);
        const values = own.flatMap((answers) =>
          itemsOf(HEALTH_CHECK)
            .filter((item) => item.id.startsWith("shared_decision_making"))
            .flatMap((item) =>
              typeof answers[item.id] === "number" ? [item.reverse ? 6 - Number(answers[item.id]) : Number(answers[item.id])] : [],
            ),
        );
        const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
        bands.add(mean >= 4 ? "strength" : mean >= 3 ? "borderline" : "concern");
      }
      expect(bands).toEqual(new Set(["strength", "borderline", "concern"]));
    });

    it("gives the same figures for the same seed", async () => {
      database = await createTestDatabase(dialect);
      await generateNationalPortfolio(database, { seed: 9, size: SIZE, today: TODAY });
      const first = await typologyReport(database.db, OPERATOR, { by: "region", perspective: "partner", round: "baseline" });
      const names = await database.db.selectFrom("partnerships").select(["id", "name"]).orderBy("id").execute();
      const ledger = await database.db
        .selectFrom("commitments")
        .select(["id", "description", "status", "current_due_on"])
        .orderBy("id")
        .execute();
      expect(ledger.length).toBeGreaterThan(0);
      const answers = await database.db.selectFrom("survey_responses").select(["id", "answers"]).orderBy("id").execute();
      expect(answers.length).toBeGreaterThan(0);
      await database.close();
      database = await createTestDatabase(dialect);
      await generateNationalPortfolio(database, { seed: 9, size: SIZE, today: TODAY });
      expect(await typologyReport(database.db, OPERATOR, { by: "region", perspective: "partner", round: "baseline" })).toEqual(first);
      expect(await database.db.selectFrom("partnerships").select(["id", "name"]).orderBy("id").execute()).toEqual(names);
      expect(
        await database.db.selectFrom("commitments").select(["id", "description", "status", "current_due_on"]).orderBy("id").execute(),
      ).toEqual(ledger);
      expect(await database.db.selectFrom("survey_responses").select(["id", "answers"]).orderBy("id").execute()).toEqual(answers);
    });

    it("refuses a database that already has partnerships, saying why, and changes nothing", async () => {
      database = await createTestDatabase(dialect);
      await generateNationalPortfolio(database, { size: SIZE, today: TODAY });
      const again = generateNationalPortfolio(database, { size: SIZE, today: TODAY });
      await expect(again).rejects.toThrow(NotEmptyError);
      await expect(again).rejects.toThrow(/already holds 40 partnerships.*only into an empty database/);
      expect(await count(database, "partnerships")).toBe(40);
    });

    it("adds no accounts to a database that has users already", async () => {
      database = await createTestDatabase(dialect);
      await buildUser(database.db, { role: "admin" });
      const result = await generateNationalPortfolio(database, { size: SIZE, today: TODAY });
      expect(result.accounts).toBeNull();
      expect(await count(database, "users")).toBe(1);
      expect(await count(database, "partnerships")).toBe(40);
    });
  });
}
