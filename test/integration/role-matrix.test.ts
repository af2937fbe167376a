// Every route of the API, for every role and for anonymous callers, on a row inside and a row
// outside the caller's scope, with the exact status expected. A refused write must leave every
// table as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createWorldApp } from "../support/app.js";
import { DIALECTS } from "../support/databases.js";
import { actionStepRoutes } from "./role-matrix/action-steps-routes.js";
import { accountabilityRoutes } from "./role-matrix/accountability-routes.js";
import { accountRoutes } from "./role-matrix/account-routes.js";
import { auditRoutes } from "./role-matrix/audit-routes.js";
import { charterRoutes } from "./role-matrix/charter-routes.js";
import { calendarRoutes } from "./role-matrix/calendar-routes.js";
import { communicationsRoutes } from "./role-matrix/communications-routes.js";
import { confirmationRoutes } from "./role-matrix/confirmation-routes.js";
import { coverageRoutes } from "./role-matrix/coverage-routes.js";
import { instrumentsRoutes } from "./role-matrix/instruments-routes.js";
import { ledgerRoutes } from "./role-matrix/ledger-routes.js";
import { mailRoutes } from "./role-matrix/mail-routes.js";
import { meetingsRoutes } from "./role-matrix/meetings-routes.js";
import { attemptOf, CALLERS, fingerprint, LABELS, sidesOf, statusFor, type RouteCase } from "./role-matrix/matrix.js";
import { partnershipRoutes } from "./role-matrix/partnership-routes.js";
import { peopleRoutes } from "./role-matrix/people-routes.js";
import { planRoutes } from "./role-matrix/plan-routes.js";
import { registryRoutes } from "./role-matrix/registry-routes.js";
import { reminderRoutes } from "./role-matrix/reminder-routes.js";
import { reportRoutes } from "./role-matrix/report-routes.js";
import { responseRoutes } from "./role-matrix/response-routes.js";
import { spreadsheetRoutes } from "./role-matrix/spreadsheet-routes.js";
import { surveyResultRoutes } from "./role-matrix/survey-results-routes.js";
import { typologyRoutes } from "./role-matrix/typology-routes.js";

const ROUTES: RouteCase[] = [
  ...surveyResultRoutes,
  ...accountRoutes,
  ...peopleRoutes,
  ...registryRoutes,
  ...partnershipRoutes,
  ...typologyRoutes,
  ...reportRoutes,
  ...coverageRoutes,
  ...spreadsheetRoutes,
  ...mailRoutes,
  ...auditRoutes,
  ...confirmationRoutes,
  ...ledgerRoutes,
  ...charterRoutes,
  ...meetingsRoutes,
  ...communicationsRoutes,
  ...calendarRoutes,
  ...planRoutes,
  ...reminderRoutes,
  ...accountabilityRoutes,
  ...responseRoutes,
  ...actionStepRoutes,
  ...instrumentsRoutes,
];

const shortPath = (path: string) => path.replace(/^\/api\/v1/, "");

for (const dialect of DIALECTS) {
  describe(`role matrix on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("covers every route the API documents", async () => {
      const spec: { paths: Record<string, Record<string, unknown>> } = (await t.as("admin").get("/api/openapi.json")).json();
      const documented = Object.entries(spec.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
      );
      const covered = ROUTES.map((route) => `${route.method} ${route.path}`);
      expect([...new Set(covered)].sort()).toEqual([...new Set(documented)].sort());
    });

    for (const route of ROUTES) {
      describe(`${route.method} ${shortPath(route.path)}`, () => {
        for (const who of CALLERS) {
          for (const side of sidesOf(route)) {
            const status = statusFor(route, who, side);
            const verb = status < 400 ? "can" : "cannot";
            it(`${LABELS[who]} ${verb} ${attemptOf(route, side)} (${status})`, async () => {
              const db = t.database.db;
              const request = await route.prepare({ db, world: t.world, who, side });
              const before = route.method === "GET" ? "" : await fingerprint(db);
              const client = clientFor(t.app, who === "anonymous" ? null : t.world.tokens[who]);
              const res = await client.request({ method: route.method, url: request.url, payload: request.payload });
              expect(res.statusCode, res.body).toBe(status);
              if (route.method !== "GET" && status >= 400) expect(await fingerprint(db)).toBe(before);
            });
          }
        }
      });
    }
  });
}
