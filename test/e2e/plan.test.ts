// A coordinator builds a partnership's plan in the browser: a goal with a risk, an objective with a
// measure, a value of that measure drawn on its chart, and an activity done; the page fits a phone,
// reads in French too, and is accessible throughout.
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 120_000;

if (chromiumPath) {
  describe("the action plan in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let planUrl: string;
    let coordinatorEmail: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: lead.id,
        name: "Safer Harbourview",
      });
      const school = await buildOrganization(database.db, { name: "Harbourview School Board", sector: "schools" });
      await buildMembership(database.db, partnership.id, school.id);
      coordinatorEmail = (
        await buildUser(database.db, { role: "coordinator", email: "coordinator@example.org", partnershipIds: [partnership.id] })
      ).email;
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
      planUrl = `${base}/partnerships/${partnership.id}/plan`;
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    async function save(page: Page, name: string) {
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name }).click();
      await dialog.waitFor({ state: "detached" });
    }

    it(
      "lets a coordinator add a goal with an objective, its measure and a value, and shows the value on a chart",
      async () => {
        const page = await pageSignedInAs(browser, base, coordinatorEmail);
        try {
          await page.goto(planUrl);
          await page.getByRole("heading", { level: 1, name: "Action plan" }).waitFor();
          await expect.poll(() => page.getByText("No goal yet.").count()).toBe(1);
          await expectAccessible(page, "the empty plan");

          await page.getByRole("button", { name: "Add a goal" }).click();
          const goalDialog = page.getByRole("dialog", { name: "Add a goal" });
          await goalDialog.getByRole("textbox", { name: "Goal", exact: true }).fill("Safer walks to school");
          await goalDialog.getByRole("button", { name: "Add a risk" }).click();
          await goalDialog.getByRole("textbox", { name: "Risk 1", exact: true }).fill("Crossing guards leave");
          await goalDialog.getByRole("textbox", { name: "Contingency for risk 1" }).fill("Parent volunteers");
          await expectAccessible(page, "the goal form");
          await save(page, "Save");
          const goal = page.getByRole("region", { name: "Safer walks to school" });
          await goal.getByText("Crossing guards leave — contingency: Parent volunteers").waitFor();

          await goal.getByRole("button", { name: "Add an objective" }).click();
          const objectiveDialog = page.getByRole("dialog", { name: "Add an objective" });
          await objectiveDialog.getByRole("textbox", { name: "Objective", exact: true }).fill("Cut incidents near schools by 40%");
          await objectiveDialog.getByRole("textbox", { name: "What is counted" }).fill("Incidents reported near schools");
          await objectiveDialog.getByRole("textbox", { name: "Unit", exact: true }).fill("incidents");
          await objectiveDialog.getByRole("textbox", { name: "Baseline value" }).fill("100");
          await objectiveDialog.getByLabel("Baseline date").fill("2026-01-01");
          await objectiveDialog.getByRole("textbox", { name: "Target value" }).fill("60");
          // A target before the baseline is refused by the server, next to the target date.
          await objectiveDialog.getByLabel("Target date").fill("2025-12-31");
          await objectiveDialog.getByRole("button", { name: "Save" }).click();
          await objectiveDialog.getByText("must not be before the baseline date", { exact: false }).waitFor();
          await objectiveDialog.getByLabel("Target date").fill("2026-12-31");
          await save(page, "Save");

          const objective = goal.getByRole("article", { name: "Cut incidents near schools by 40%" });
          await objective.getByText("No value yet").waitFor();
          await objective.getByRole("button", { name: "Enter a value" }).click();
          const valueDialog = page.getByRole("dialog", { name: "Enter a value" });
          await valueDialog.getByLabel("Date observed").fill("2026-06-30");
          await valueDialog.getByRole("textbox", { name: "Value (incidents)" }).fill("70");
          await save(page, "Record the value");

          const chart = objective.getByRole("img", { name: /Incidents reported near schools: 1 value entered/ });
          await chart.waitFor();
          await expect.poll(() => chart.locator("svg path").count()).toBeGreaterThan(2);
          await objective.getByRole("cell", { name: "70 incidents" }).waitFor();
          await objective.getByText("On track", { exact: true }).waitFor();
          await goal.getByText("1 of 1 measure on track").waitFor();

          await objective.getByRole("button", { name: "Add an activity" }).click();
          const activityDialog = page.getByRole("dialog", { name: "Add an activity" });
          await activityDialog.getByRole("textbox", { name: "Activity", exact: true }).fill("Crossing patrols at three schools");
          await activityDialog.getByRole("combobox", { name: "Owner (a member)" }).click();
          await page.getByRole("option", { name: "Harbourview School Board" }).click();
          await activityDialog.getByLabel("Due date").fill("2026-02-01");
          await save(page, "Save");
          await objective.getByText("Crossing patrols at three schools").waitFor();
          await goal.getByText("0 of 1 activity due done").waitFor();

          await objective.getByRole("combobox", { name: "Status of Crossing patrols at three schools" }).click();
          await page.getByRole("option", { name: "Done", exact: true }).click();
          await goal.getByText("1 of 1 activity due done").waitFor();
          await expectAccessible(page, "the plan with a goal, a measure and an activity");

          // At a phone's width, nothing runs off the side.
          await page.setViewportSize({ width: 390, height: 844 });
          await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
          await expectAccessible(page, "the plan at phone width");
          await page.setViewportSize({ width: 1440, height: 900 });

          // Once in French.
          await page.getByRole("radio", { name: "English" }).focus();
          await page.keyboard.press("ArrowRight");
          await page.locator("html[lang=fr]").waitFor({ state: "attached" });
          await page.getByRole("heading", { level: 1, name: "Plan d’action" }).waitFor();
          await page.getByText("1 indicateur sur 1 en bonne voie").waitFor();
          const frenchChart = page.getByRole("img", { name: /1 valeur saisie, comparée à la trajectoire prévue/ });
          await frenchChart.waitFor();
          // The months under the chart are French ones too.
          await expect
            .poll(async () => (await frenchChart.locator("svg text").allTextContents()).join(" "))
            .toMatch(/(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? 2026/);
          await expectAccessible(page, "the plan in French");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );
  });
}
