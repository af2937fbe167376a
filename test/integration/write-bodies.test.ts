// What a write body may hold. Every route that takes a JSON body (listed from the OpenAPI document, so
// that a new route is covered without being named here) refuses fields it does not know, naming each,
// in English and in French. Bytes that are not UTF-8 are refused rather than read as U+FFFD. And a
// PATCH that changes nothing (no field, or every field as stored) writes nothing: no audit event,
// updated_at as it was, and the current resource in the answer.
import type { InjectOptions } from "fastify";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "../../src/server/db/schema.js";
import { createWorldApp } from "../support/app.js";
import { DIALECTS } from "../support/databases.js";
import { buildCommunication } from "../support/calendar-factories.js";
import { fingerprint } from "./role-matrix/matrix.js";
import { buildMeeting } from "../support/meetings-factories.js";
import { buildCommitment } from "../support/ledger-factories.js";
import { buildActivity, buildGoal, buildObjective } from "../support/plan-factories.js";
import { buildDismissedStep, buildSuggestion, buildWeakRound } from "../support/survey-action-factories.js";
import { buildRound, insertInstrument } from "../support/survey-results-factories.js";
import { dayFromToday } from "../support/survey-rounds-factories.js";

type Operation = { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, unknown> } };
type Paths = Record<string, Record<string, Operation>>;

const SOME_ID = "01900000-0000-7000-8000-000000000001";

function urlOf(path: string): string {
  return path
    .replace(/^\/api\/v1\/instruments\/\{id\}/, "/api/v1/instruments/health-check")
    .replace(/\{round\}/g, "baseline")
    .replace(/\{perspective\}/g, "lead")
    .replace(/\{[^}]+\}/g, SOME_ID);
}

/** Every route with a JSON body, and every PATCH route, as the OpenAPI document lists them. */
function routesOf(paths: Paths) {
  const withBody: { route: string; method: InjectOptions["method"]; url: string }[] = [];
  const patches: string[] = [];
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (method === "patch") patches.push(path);
      if (operation.requestBody?.content?.["application/json"] === undefined) continue;
      withBody.push({
        route: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as InjectOptions["method"],
        url: urlOf(path),
      });
    }
  }
  return { withBody, patches };
}

type Tables =
  | "programs"
  | "organizations"
  | "contacts"
  | "partnerships"
  | "memberships"
  | "users"
  | "meetings"
  | "communications"
  | "commitments"
  | "plan_goals"
  | "plan_objectives"
  | "plan_activities"
  | "survey_rounds"
  | "action_suggestions"
  | "survey_action_steps";

/** A PATCH route's resource: where it is, what a PATCH with every field as stored sends, and the row holding its updated_at. */
type PatchCase = {
  url: string;
  /** Where the resource is read back (the PATCH's own address unless said). */
  read?: string;
  /** The fields the PATCH accepts, as the resource is stored. */
  unchanged: (current: Record<string, unknown>) => Record<string, unknown>;
  table: Tables;
  id: string;
  /** Whether a body without any field is a valid change (false where the one field is required). */
  acceptsEmpty: boolean;
};

async function stampOf(db: Kysely<DB>, table: Tables, id: string): Promise<string> {
  const row = await db.selectFrom(table).select("updated_at").where("id", "=", id).executeTakeFirstOrThrow();
  return row.updated_at;
}

async function auditCount(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom("audit_events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const pick = (current: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, current[key]]));
const idOf = (value: unknown): unknown => (typeof value === "object" && value !== null && "id" in value ? value.id : null);

for (const dialect of DIALECTS) {
  describe(`write bodies on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let paths: Paths;
    let meetingId: string;
    let entry = "";
    let commitmentId = "";
    let plan: { goal: string; objective: string; activity: string };
    let surveys: { round: string; suggestion: string; instrument: string; step: { id: string; roundId: string } };
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      paths = (t.app.swagger() as { paths: Paths }).paths;
      meetingId = (await buildMeeting(t.database.db, t.world.partnerships.own.id)).id;
      entry = (
        await buildCommunication(t.database.db, t.world.partnerships.own.id, [
          t.world.organizations.ownLead.id,
          t.world.organizations.ownMember.id,
        ])
      ).id;
      commitmentId = (await buildCommitment(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id)).id;
      const goal = await buildGoal(t.database.db, t.world.partnerships.own.id);
      const objective = await buildObjective(t.database.db, goal);
      const activity = await buildActivity(t.database.db, objective, { ownerOrganizationId: t.world.organizations.ownMember.id });
      plan = { goal: goal.id, objective: objective.id, activity: activity.id };
      await insertInstrument(t.database.db);
      const round = await buildRound(t.database.db, {
        partnershipId: t.world.partnerships.own.id,
        opensOn: dayFromToday(-1),
        closesOn: dayFromToday(14),
      });
      const suggestion = await buildSuggestion(t.database.db);
      const weak = await buildWeakRound(t.database.db, t.world.partnerships.own.id, t.world.organizations.ownMember.id);
      const step = await buildDismissedStep(t.database.db, weak);
      surveys = { round: round.id, suggestion: suggestion.id, instrument: suggestion.instrumentId, step };
    });
    afterAll(() => t.close());

    it("every route with a JSON body refuses unknown fields, naming each of them, in English and in French", async () => {
      const { withBody } = routesOf(paths);
      expect(withBody.length).toBeGreaterThan(25);
      const before = await fingerprint(t.database.db);
      const wrong: string[] = [];
      for (const { route, method, url } of withBody) {
        const payload = { zzUnknownField: 1, abilities: { update: true } };
        const send = (language: string) => t.as("admin").request({ method, url, payload, headers: { "accept-language": language } });
        const [english, french] = [await send("en"), await send("fr")];
        type Body = {
          error: {
            code: string;
            message: string;
            details?: { field: string; key: string; message: string; values?: { fields?: string } }[];
          };
        };
        const problemOf = (body: Body) => body.error.details?.find((detail) => detail.key === "validation.unknownFields");
        const inEnglish = problemOf(english.json<Body>());
        const inFrench = problemOf(french.json<Body>());
        const named = (message: string | undefined) => ["zzUnknownField", "abilities"].every((field) => message?.includes(field));
        if (
          english.statusCode !== 400 ||
          english.json<Body>().error.code !== "validation_failed" ||
          inEnglish?.values?.fields !== "zzUnknownField, abilities" ||
          !named(inEnglish.message) ||
          !named(english.json<Body>().error.message) ||
          !named(inFrench?.message) ||
          inFrench?.message === inEnglish.message
        ) {
          wrong.push(`${route}: ${english.statusCode} ${english.body.slice(0, 300)}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(await fingerprint(t.database.db)).toBe(before);
    });

    it("refuses a JSON body that is not UTF-8 with a 400 saying so, in English and in French, and writes nothing", async () => {
      const before = await fingerprint(t.database.db);
      const payload = Buffer.concat([
        Buffer.from('{"name":"Harbour '),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(' Watch","sector":"police"}'),
      ]);
      const send = (language: string) =>
        t.as("admin").request({
          method: "POST",
          url: "/api/v1/organizations",
          payload,
          headers: { "content-type": "application/json", "accept-language": language },
        });
      const english = await send("en");
      expect(english.statusCode).toBe(400);
      expect(english.json().error).toEqual({
        code: "validation_failed",
        message: "The request body is not valid UTF-8: send JSON encoded in UTF-8",
      });
      const french = await send("fr");
      expect(french.statusCode).toBe(400);
      expect(french.json().error.message).toMatch(/UTF-8 valide/);
      // A surrogate written as UTF-8 bytes (CESU-8) is not UTF-8 either.
      const cesu = Buffer.concat([Buffer.from('{"name":"Harbour '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","sector":"police"}')]);
      const surrogate = await t
        .as("admin")
        .request({ method: "POST", url: "/api/v1/organizations", payload: cesu, headers: { "content-type": "application/json" } });
      expect(surrogate.statusCode).toBe(400);
      expect(await fingerprint(t.database.db)).toBe(before);
    });

    it("still reads UTF-8 JSON as before: accents, a byte-order mark, and refuses malformed JSON and __proto__ as before", async () => {
      const post = (payload: string | Buffer) =>
        t.as("admin").request({
          method: "POST",
          url: "/api/v1/organizations",
          payload,
          headers: { "content-type": "application/json; charset=utf-8" },
        });
      const created = await post(Buffer.from('\ufeff{"name":"Centre jeunesse de Québec 😀","sector":"youth_organizations"}'));
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ name: "Centre jeunesse de Québec 😀" });
      const malformed = await post('{"name":');
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error).toEqual({ code: "validation_failed", message: "The request body is not valid JSON" });
      const poisoned = await post('{"name":"P","sector":"police","__proto__":{"x":1}}');
      expect(poisoned.statusCode).toBe(400);
    });

    /** The plan's rows, read back through the whole plan, which must not change either. */
    const planPatchCases = (): Record<string, PatchCase> => {
      const read = `/api/v1/partnerships/${t.world.partnerships.own.id}/plan`;
      type Row = Record<string, unknown> & { id: string };
      const none: Row = { id: "" };
      const goals = (c: Record<string, unknown>) => c.goals as (Row & { objectives: (Row & { activities: Row[] })[] })[];
      const goalOf = (c: Record<string, unknown>) => goals(c).find((g) => g.id === plan.goal) ?? none;
      const objectiveOf = (c: Record<string, unknown>) =>
        goals(c)
          .flatMap((g) => g.objectives)
          .find((o) => o.id === plan.objective) ?? none;
      const activityOf = (c: Record<string, unknown>) =>
        goals(c)
          .flatMap((g) => g.objectives.flatMap((o) => o.activities))
          .find((a) => a.id === plan.activity) ?? none;
      const withoutIds = (risks: unknown) =>
        (risks as { risk: string; contingency: string | null }[]).map(({ risk, contingency }) => ({ risk, contingency }));
      return {
        "/api/v1/goals/{id}": {
          url: `/api/v1/goals/${plan.goal}`,
          read,
          unchanged: (c) => {
            const goal = goalOf(c);
            return { ...pick(goal, ["version", "title", "description"]), risks: withoutIds(goal.risks) };
          },
          table: "plan_goals",
          id: plan.goal,
          acceptsEmpty: false,
        },
        "/api/v1/objectives/{id}": {
          url: `/api/v1/objectives/${plan.objective}`,
          read,
          unchanged: (c) => {
            const objective = objectiveOf(c);
            const measure = objective.measure as Record<string, unknown> | null;
            const { onTrack: _onTrack, ...stored } = measure ?? {};
            return { ...pick(objective, ["version", "title", "description"]), measure: measure ? stored : null };
          },
          table: "plan_objectives",
          id: plan.objective,
          acceptsEmpty: false,
        },
        "/api/v1/activities/{id}": {
          url: `/api/v1/activities/${plan.activity}`,
          read,
          unchanged: (c) => {
            const activity = activityOf(c);
            return {
              ...pick(activity, ["version", "title", "dueOn", "resources", "status", "notes", "meetingId"]),
              ownerOrganizationId: idOf(activity.ownerOrganization),
              ownerContactId: idOf(activity.ownerContact),
            };
          },
          table: "plan_activities",
          id: plan.activity,
          acceptsEmpty: false,
        },
      };
    };

    const patchCases = (): Record<string, PatchCase> => {
      const w = t.world;
      const members = `/api/v1/partnerships/${w.partnerships.own.id}/members/${w.memberships.own.id}`;
      return {
        "/api/v1/programs/{id}": {
          url: `/api/v1/programs/${w.programs.own.id}`,
          unchanged: (c) => pick(c, ["code", "name", "nameFr", "description"]),
          table: "programs",
          id: w.programs.own.id,
          acceptsEmpty: true,
        },
        "/api/v1/organizations/{id}": {
          url: `/api/v1/organizations/${w.organizations.ownLead.id}`,
          unchanged: (c) => pick(c, ["name", "sector", "governmentLevel", "hasCrimePreventionMandate", "website", "notes"]),
          table: "organizations",
          id: w.organizations.ownLead.id,
          acceptsEmpty: true,
        },
        "/api/v1/organizations/{id}/contacts/{contactId}": {
          url: `/api/v1/organizations/${w.organizations.ownMember.id}/contacts/${w.contacts.own.id}`,
          unchanged: (c) => pick(c, ["name", "title", "email", "phone", "preferredLanguage", "verifiedOn"]),
          table: "contacts",
          id: w.contacts.own.id,
          acceptsEmpty: true,
        },
        "/api/v1/partnerships/{id}": {
          url: `/api/v1/partnerships/${w.partnerships.own.id}`,
          unchanged: (c) => ({
            ...pick(c, [
              "name",
              "region",
              "priorityGroups",
              "focusIssues",
              "startDate",
              "endDate",
              "fundingEndDate",
              "status",
              "description",
            ]),
            programId: idOf(c.program),
            leadOrganizationId: idOf(c.leadOrganization),
          }),
          table: "partnerships",
          id: w.partnerships.own.id,
          acceptsEmpty: true,
        },
        "/api/v1/partnerships/{id}/members/{membershipId}": {
          url: members,
          unchanged: (c) => ({
            ...pick(c, ["joinedOn", "leftOn", "origin", "isNewPartner", "notes", "isCritic", "axisStages"]),
            representativeContactId: idOf(c.representative),
          }),
          table: "memberships",
          id: w.memberships.own.id,
          acceptsEmpty: true,
        },
        "/api/v1/commitments/{id}": {
          url: `/api/v1/commitments/${commitmentId}`,
          unchanged: (c) => pick(c, ["version", "description", "axis", "goalId", "objectiveId"]),
          table: "commitments",
          id: commitmentId,
          acceptsEmpty: false,
        },
        "/api/v1/users/{id}": {
          url: `/api/v1/users/${w.users.coordinator.id}`,
          unchanged: (c) => pick(c, ["name", "role", "organizationId", "locale", "programIds", "partnershipIds", "disabled"]),
          table: "users",
          id: w.users.coordinator.id,
          acceptsEmpty: true,
        },
        "/api/v1/communications/{id}": {
          url: `/api/v1/communications/${entry}`,
          unchanged: (c) => ({
            ...pick(c, ["version", "occurredOn", "channel", "subject"]),
            organizationIds: (c.organizations as { id: string }[]).map((o) => o.id),
          }),
          table: "communications",
          id: entry,
          acceptsEmpty: false,
        },
        "/api/v1/account": {
          url: "/api/v1/account",
          unchanged: (c) => pick(c, ["name", "locale"]),
          table: "users",
          id: w.users.admin.id,
          acceptsEmpty: true,
        },
        "/api/v1/meetings/{id}": {
          url: `/api/v1/meetings/${meetingId}`,
          unchanged: (c) => pick(c, ["version", "title", "startsAt", "endsAt", "location", "agenda", "minutes", "decisions"]),
          table: "meetings",
          id: meetingId,
          acceptsEmpty: false,
        },
        ...planPatchCases(),
        "/api/v1/survey-rounds/{id}": {
          url: `/api/v1/survey-rounds/${surveys.round}`,
          unchanged: (c) => pick(c, ["version", "label", "closesOn", "reminderDays"]),
          table: "survey_rounds",
          id: surveys.round,
          acceptsEmpty: false,
        },
        "/api/v1/action-suggestions/{key}": {
          url: `/api/v1/action-suggestions/${surveys.suggestion}`,
          read: `/api/v1/action-suggestions?instrument=${surveys.instrument}`,
          unchanged: (c) => pick((c.data as Record<string, unknown>[])[0] ?? {}, ["version", "text", "position"]),
          table: "action_suggestions",
          id: surveys.suggestion,
          acceptsEmpty: false,
        },
        "/api/v1/survey-rounds/{id}/action-steps/{stepId}": {
          url: `/api/v1/survey-rounds/${surveys.step.roundId}/action-steps/${surveys.step.id}`,
          read: `/api/v1/survey-rounds/${surveys.step.roundId}/action-steps`,
          unchanged: (c) => {
            const steps = (c.scores as { steps: Record<string, unknown>[] }[]).flatMap((score) => score.steps);
            const step = steps.find((one) => one.id === surveys.step.id) ?? {};
            return { ...pick(step, ["version", "text"]), decision: "dismiss" };
          },
          table: "survey_action_steps",
          id: surveys.step.id,
          acceptsEmpty: false,
        },
        "/api/v1/auth/me": {
          url: "/api/v1/auth/me",
          read: "/api/v1/auth/session",
          unchanged: (c) => ({ locale: (c.user as { locale: string }).locale }),
          table: "users",
          id: w.users.admin.id,
          acceptsEmpty: false,
        },
      };
    };

    it("every PATCH route answers a change that changes nothing with the resource as it is, writing no audit event and keeping updated_at", async () => {
      const cases = patchCases();
      expect(Object.keys(cases).sort()).toEqual(routesOf(paths).patches.sort());
      const wrong: string[] = [];
      for (const [route, one] of Object.entries(cases)) {
        const admin = t.as("admin");
        const current = (await admin.get(one.read ?? one.url)).json<Record<string, unknown>>();
        const bodies = [...(one.acceptsEmpty ? [{}] : []), one.unchanged(current)];
        for (const body of bodies) {
          const [stamp, events] = [await stampOf(t.database.db, one.table, one.id), await auditCount(t.database.db)];
          const res = await admin.patch(one.url, body);
          const after = (await admin.get(one.read ?? one.url)).json<Record<string, unknown>>();
          const problems = [
            res.statusCode === 200 ? null : `status ${res.statusCode} ${res.body.slice(0, 200)}`,
            (await auditCount(t.database.db)) === events ? null : "an audit event",
            (await stampOf(t.database.db, one.table, one.id)) === stamp ? null : "updated_at moved",
            JSON.stringify(after) === JSON.stringify(current) ? null : "the resource changed",
          ].filter((problem) => problem !== null);
          if (problems.length > 0) wrong.push(`${route} ${JSON.stringify(body).slice(0, 120)}: ${problems.join(", ")}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it("a change of one field still writes it, with an audit event naming only that field", async () => {
      const url = `/api/v1/organizations/${t.world.organizations.ownMember.id}`;
      const current = (await t.as("admin").get(url)).json<{ name: string; sector: string }>();
      const res = await t.as("admin").patch(url, { name: current.name, sector: current.sector, notes: "Met in March" });
      expect(res.statusCode).toBe(200);
      const events = await t.as("admin").get(`/api/v1/audit-events?entity=organization&entityId=${t.world.organizations.ownMember.id}`);
      expect(events.json().data[0].changes).toEqual([expect.objectContaining({ field: "notes", before: null, after: "Met in March" })]);
    });

    it("putting the same composition or the same default rubric again writes nothing", async () => {
      const program = t.world.programs.own.id;
      const { composition } = (await t.as("admin").get(`/api/v1/programs/${program}/composition`)).json<{
        composition: { slots: unknown[] };
      }>();
      const puts = [
        { url: `/api/v1/programs/${program}/composition`, body: { slots: composition.slots } },
        { url: `/api/v1/programs/${program}/default-rubric`, body: { rubricId: "partnership-study-2002" } },
      ];
      for (const { url, body } of puts) {
        const first = await t.as("admin").put(url, body);
        expect(first.statusCode, first.body).toBe(200);
        const before = await fingerprint(t.database.db);
        const again = await t.as("admin").put(url, body);
        expect(again.statusCode).toBe(200);
        expect(again.json()).toEqual(first.json());
        expect(await fingerprint(t.database.db)).toBe(before);
      }
    });

    it("saving the same involvement answers again writes nothing", async () => {
      const url = `/api/v1/partnerships/${t.world.partnerships.own.id}/members/${t.world.memberships.own.id}/involvement/lead/baseline`;
      const body = { respondent: "Dana Lee", indicators: { support_letter: true, proposal_copy: false } };
      expect((await t.as("admin").put(url, body)).statusCode).toBeLessThan(300);
      const before = await fingerprint(t.database.db);
      const again = await t.as("admin").put(url, body);
      expect(again.statusCode).toBe(200);
      expect(await fingerprint(t.database.db)).toBe(before);
    });
  });
}
