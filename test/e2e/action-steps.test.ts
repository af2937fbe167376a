// From results to action in the browser, at phone width: a coordinator opens a round whose
// communication score is a concern, accepts one suggested step (with an owner and a due date), dismisses
// another, finds the accepted one in the plan with the line saying which score prompted it, and then
// accepts the dismissed one after all.
import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newId, now } from "../../src/server/ids.js";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { buildWeakRound } from "../support/survey-action-factories.js";
import { firstVersion } from "../support/stamps.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 120_000;
const PHONE = { width: 375, height: 812 };

if (chromiumPath) {
  describe("action steps from a round's results in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let roundId: string;
    let partnershipId: string;
    let coordinatorEmail: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const db = database.db;
      const program = await buildProgram(db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(db, { programId: program.id, leadOrganizationId: lead.id, name: "Safer Harbourview" });
      partnershipId = partnership.id;
      const school = await buildOrganization(db, { name: "Harbourview School Board", sector: "schools" });
      await buildMembership(db, partnership.id, school.id);
      coordinatorEmail = (await buildUser(db, { role: "coordinator", email: "coordinator@example.org", partnershipIds: [partnership.id] }))
        .email;
      const round = await buildWeakRound(db, partnership.id, school.id);
      roundId = round.id;
      for (const [position, en, fr] of [
        [1, "Meet every month with every member", "Se réunir chaque mois avec tous les membres"],
        [2, "Share the minutes within a week", "Diffuser le compte rendu dans la semaine"],
      ] as const) {
        const at = now();
        await db
          .insertInto("action_suggestions")
          .values({
            id: newId(),
            built_in_key: null,
            instrument_id: round.instrument.id,
            score_key: "communication",
            text_en: en,
            text_fr: fr,
            hidden: 0,
            position,
            ...firstVersion(at),
          })
          .execute();
      }
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database, PHONE));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "lets a coordinator accept a suggested step into the plan, dismiss another, and accept that one after all",
      async () => {
        const page = await pageSignedInAs(browser, base, coordinatorEmail, PHONE);
        try {
          await page.goto(`${base}/surveys/${roundId}`);
          await page.getByRole("heading", { level: 3, name: "Communication: 2.00 (concern)" }).waitFor();
          await expectAccessible(page, "the round's proposed steps");

          await page.getByRole("button", { name: "Accept: Meet every month with every member" }).click();
          const dialog = page.getByRole("dialog");
          await dialog.getByLabel("Owner organization").click();
          await page.getByRole("option", { name: "Harbourview School Board" }).click();
          await dialog.getByLabel("Due date").fill("2026-06-30");
          await expectAccessible(page, "the form accepting a step");
          await dialog.getByRole("button", { name: "Add to the plan" }).click();
          await dialog.waitFor({ state: "detached" });
          await page.getByRole("link", { name: "In the plan: Meet every month with every member" }).waitFor();

          await page.getByRole("button", { name: "Dismiss: Share the minutes within a week" }).click();
          await page.getByText("Every suggestion for this score was decided.").waitFor();
          await expect.poll(() => page.getByText("Dismissed", { exact: true }).count()).toBe(1);
          await expectAccessible(page, "the round's decided steps");

          await page.getByRole("link", { name: "In the plan: Meet every month with every member" }).click();
          await page.waitForURL(`${base}/partnerships/${partnershipId}/plan`);
          await page.getByText("Meet every month with every member", { exact: true }).waitFor();
          const prompted = page.getByRole("link", { name: "Prompted by Communication — baseline" });
          await prompted.waitFor();
          expect(await prompted.getAttribute("href")).toBe(`/surveys/${roundId}`);
          await expect.poll(() => page.getByText("Share the minutes within a week").count()).toBe(0);
          await expectAccessible(page, "the plan with a prompted activity");
          const overflows = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
          expect(overflows).toBe(false);

          // The dismissed step, thought better of, goes into the plan after all.
          await page.goto(`${base}/surveys/${roundId}`);
          await page.getByRole("button", { name: "Accept after all: Share the minutes within a week" }).click();
          await page.getByRole("dialog").getByRole("button", { name: "Add to the plan" }).click();
          await page.getByRole("dialog").waitFor({ state: "detached" });
          await page.getByRole("link", { name: "In the plan: Share the minutes within a week" }).waitFor();
          await expect.poll(() => page.getByText("Dismissed", { exact: true }).count()).toBe(0);
          await expectAccessible(page, "the round's steps, all accepted");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );
  });
}
