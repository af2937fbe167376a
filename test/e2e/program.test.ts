import type { FastifyInstance } from "fastify";
import type { Browser, Locator, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { DEFAULT_COMPOSITION } from "../../src/domain/coverage/default-composition.js";
import type { Rubric } from "../../src/domain/typology/rubric.js";
import { saveProgramComposition } from "../../src/server/modules/coverage/repository.js";
import { saveProgramRubric } from "../../src/server/modules/typology/repository.js";
import { storeRubric } from "../support/involvement-factories.js";
import { buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
const PROGRAM = "Community Mobilization Program";

/** A rubric reading two of the involvement indicators; `fallbackFirst` puts "always" on the first level, which the schema refuses. */
function rubricDocument(fallbackFirst: boolean): string {
  const conditions = fallbackFirst ? ["always", "shared_decision_making"] : ["shared_decision_making", "always"];
  return JSON.stringify(
    {
      id: "harbour-decisions",
      title: { en: "Decision-making only (Harbour pilot)", fr: "Décisions seulement (projet pilote Harbour)" },
      indicators: ["shared_decision_making", "support_letter"],
      levels: [
        {
          key: "deciding",
          label: { en: "Deciding partner", fr: "Partenaire décisionnel" },
          condition: conditions[0],
          rationale: { en: "Takes part in the project's decisions.", fr: "Prend part aux décisions du projet." },
        },
        {
          key: "none",
          label: { en: "None", fr: "Aucun" },
          condition: conditions[1],
          rationale: { en: "Does not take part in decisions.", fr: "Ne prend pas part aux décisions." },
        },
      ],
    },
    null,
    2,
  );
}

if (chromiumPath) {
  describe("a program's rubric and recommended composition in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let adminEmail: string;
    let coordinatorEmail: string;
    let programId: string;
    let adminId: string;

    /** The program's page, signed in as the administrator. */
    async function openProgram(): Promise<void> {
      await signIn(page, base, adminEmail);
      await page.goto(`${base}/programs/${programId}`);
      await page.getByRole("heading", { level: 1, name: PROGRAM }).waitFor();
    }

    const rubricSection = () => page.getByRole("region", { name: "Classification rubric" });
    const compositionSection = () => page.getByRole("region", { name: "Recommended composition" });
    const seat = (name: RegExp | string): Locator => compositionSection().getByRole("group", { name });

    // Each test has a database and a browser of its own, so that none depends on what another saved.
    beforeEach(async () => {
      database = await createTestDatabase("sqlite");
      const admin = await buildUser(database.db, { role: "admin", email: "admin@example.org" });
      adminEmail = admin.email;
      adminId = admin.id;
      const program = await buildProgram(database.db, { code: "CMP", name: PROGRAM });
      programId = program.id;
      const lead = await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: lead.id,
        name: "Safer Harbourview Youth Network",
      });
      coordinatorEmail = (
        await buildUser(database.db, { role: "coordinator", email: "coordinator@example.org", partnershipIds: [partnership.id] })
      ).email;
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterEach(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "opens a program from the list and reads its rubric level by level",
      async () => {
        await signIn(page, base, adminEmail);
        await page.goto(`${base}/programs`);
        await page.getByRole("link", { name: PROGRAM }).click();
        await page.getByRole("heading", { level: 1, name: PROGRAM }).waitFor();
        await page.getByText("Program code CMP").waitFor({ state: "attached" });
        await page.getByRole("link", { name: "See the partnership in this program" }).click();
        await page.getByRole("heading", { level: 1, name: "Partnerships" }).waitFor();
        await page.getByRole("link", { name: "Safer Harbourview Youth Network" }).waitFor();
        await page.goBack();
        await page.getByRole("heading", { level: 1, name: PROGRAM }).waitFor();

        const rubric = rubricSection();
        await rubric.getByText("Project partnership continuum (2002 partnership study)").first().waitFor();
        await rubric.getByText("partnership-study-2002, version 1").waitFor();
        await rubric.getByText("Not chosen for this program: the built-in default applies.").waitFor();
        const levels = rubric.getByRole("listitem");
        await expect.poll(() => levels.count()).toBe(5);
        await levels.nth(0).getByText("Collaboration", { exact: true }).waitFor();
        await levels
          .nth(0)
          .getByText(
            "All of: shared decision-making, responsibility for implementation and (responsibility for reporting results or fiscal management).",
          )
          .waitFor();
        await levels.nth(3).getByText("Any of: copy of the proposal or letter of support.").waitFor();
        await levels.nth(4).getByText("None: this level applies when no level above it does.").waitFor();
        await expectAccessible(page, "the program page");
      },
      STEP_TIMEOUT,
    );

    it(
      "adds a rubric after showing the problems of an invalid one, then chooses it for the program",
      async () => {
        await openProgram();
        const rubric = rubricSection();
        await rubric.getByRole("combobox", { name: "Rubric for this program" }).click();
        const national = page.getByRole("option", { name: /Relationships with national organizations/ });
        await expect.poll(() => national.getAttribute("aria-disabled")).toBe("true");
        await page.keyboard.press("Escape");

        await rubric.getByRole("button", { name: "Add a rubric" }).click();
        const dialog = page.getByRole("dialog", { name: "Add a rubric" });
        await dialog.getByLabel("Rubric document (JSON)").fill(rubricDocument(true));
        await dialog.getByRole("button", { name: "Add the rubric" }).click();
        await dialog.getByRole("alert").getByText("levels.0.condition").waitFor();
        await dialog.getByText(/belongs to the last level only/).waitFor();
        await expectAccessible(page, "the rubric dialog with problems");

        await dialog.getByLabel("Rubric document (JSON)").fill(rubricDocument(false));
        await dialog.getByRole("button", { name: "Add the rubric" }).click();
        await dialog.waitFor({ state: "hidden" });
        const select = rubric.getByRole("combobox", { name: "Rubric for this program" });
        await expect.poll(() => select.inputValue()).toBe("Decision-making only (Harbour pilot) (harbour-decisions, v1)");
        await rubric.getByText(/keep the type they were given until they are classified again/).waitFor();
        await rubric.getByRole("button", { name: "Save the rubric" }).click();
        await rubric.getByText("harbour-decisions, version 1").waitFor();

        await page.reload();
        await rubricSection().getByText("harbour-decisions, version 1").waitFor();
        const levels = rubricSection().getByRole("listitem");
        await expect.poll(() => levels.count()).toBe(2);
        await levels.nth(0).getByText("Deciding partner", { exact: true }).waitFor();
        await levels.nth(0).getByText("Shared decision-making.").waitFor();
        await expectAccessible(page, "the program page with its own rubric");
      },
      STEP_TIMEOUT,
    );

    it(
      "adds a seat, makes one optional, and keeps the composition after a reload",
      async () => {
        await openProgram();
        const composition = compositionSection();
        await composition.getByText("This program uses the built-in composition, drawn from published partnership guidance.").waitFor();
        await composition.getByRole("button", { name: "Edit the composition" }).click();
        await composition.getByRole("button", { name: "Add a seat" }).click();
        await seat("Seat 12: new seat 12").getByLabel("Label (English)").fill("Elders' council");
        const added = seat(/^Seat 12:/);
        await added.getByLabel("Label (French)").fill("Conseil des aînés");
        await added.getByLabel("Why it matters (English)").fill("Elders carry the trust of families the agencies do not reach.");
        await added
          .getByLabel("Why it matters (French)")
          .fill("Les aînés ont la confiance de familles que les organismes ne joignent pas.");
        const sectors = added.getByRole("combobox", { name: "Sectors" });
        await sectors.click();
        await sectors.fill("Indig");
        await page.getByRole("option", { name: "Indigenous organizations", exact: true }).click();
        await page.keyboard.press("Escape");
        await seat("Seat 1: Police").getByLabel("Required seat").uncheck();
        await seat(/^Seat 12: Elders' council/)
          .getByRole("button", { name: "Move up: Elders' council" })
          .click();
        await seat("Seat 11: Elders' council").waitFor();
        await expectAccessible(page, "the composition editor");
        await composition.getByRole("button", { name: "Save the composition" }).click();
        await composition.getByText(/^Written for this program; last changed by admin@example.org on/).waitFor();

        await page.reload();
        const slots = compositionSection().getByRole("list", { name: "Seats of the composition" }).getByRole("listitem");
        await expect.poll(() => slots.count()).toBe(12);
        await slots.nth(0).getByText("Optional", { exact: true }).waitFor();
        await slots.nth(10).getByText("Elders' council", { exact: true }).waitFor();
        await slots.nth(10).getByText("Indigenous organizations", { exact: true }).waitFor();
        await expectAccessible(page, "the program page with its own composition");
      },
      STEP_TIMEOUT,
    );

    it(
      "shows an empty label's problem beside the field and saves nothing",
      async () => {
        await openProgram();
        const composition = compositionSection();
        await composition.getByRole("button", { name: "Edit the composition" }).click();
        const police = seat("Seat 1: Police");
        await police.getByLabel("Label (English)").fill("");
        await composition.getByRole("button", { name: "Save the composition" }).click();
        const label = composition.getByRole("group", { name: /^Seat 1:/ }).getByLabel("Label (English)");
        await expect.poll(() => label.getAttribute("aria-invalid")).toBe("true");
        await composition
          .getByRole("group", { name: /^Seat 1:/ })
          .getByText("Required", { exact: true })
          .waitFor();
        await expectAccessible(page, "the composition editor with a problem");

        await page.reload();
        const slots = compositionSection().getByRole("list", { name: "Seats of the composition" }).getByRole("listitem");
        await slots.nth(0).getByText("Police", { exact: true }).first().waitFor();
        await expect.poll(() => slots.count()).toBe(DEFAULT_COMPOSITION.slots.length);
        await compositionSection()
          .getByText("This program uses the built-in composition, drawn from published partnership guidance.")
          .waitFor();
      },
      STEP_TIMEOUT,
    );

    it(
      "returns to the built-in composition after confirming",
      async () => {
        const own = { ...DEFAULT_COMPOSITION, slots: DEFAULT_COMPOSITION.slots.slice(0, 10) };
        await saveProgramComposition(database.db, programId, JSON.stringify(own), adminId, new Date().toISOString());
        await openProgram();
        await expect
          .poll(() => compositionSection().getByRole("list", { name: "Seats of the composition" }).getByRole("listitem").count())
          .toBe(10);
        await compositionSection().getByRole("button", { name: "Return to the built-in composition" }).click();
        const dialog = page.getByRole("dialog", { name: "Return to the built-in composition?" });
        await expectAccessible(page, "the reset confirmation");
        await dialog.getByRole("button", { name: "Return to the built-in composition" }).click();
        await compositionSection()
          .getByText("This program uses the built-in composition, drawn from published partnership guidance.")
          .waitFor();
        await expect
          .poll(() => compositionSection().getByRole("list", { name: "Seats of the composition" }).getByRole("listitem").count())
          .toBe(11);
        await expect.poll(() => compositionSection().getByRole("button", { name: "Return to the built-in composition" }).count()).toBe(0);
      },
      STEP_TIMEOUT,
    );

    it(
      "reads the page in French",
      async () => {
        const document = JSON.parse(rubricDocument(false)) as Omit<Rubric, "version">;
        await storeRubric(database.db, { ...document, version: 1 });
        await saveProgramRubric(database.db, programId, "harbour-decisions", adminId, new Date().toISOString());
        await openProgram();
        await page.getByRole("radio", { name: "English" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.getByRole("heading", { level: 2, name: "Grille de classification" }).waitFor();
        const rubric = page.getByRole("region", { name: "Grille de classification" });
        await rubric.getByText("Décisions seulement (projet pilote Harbour)").first().waitFor();
        await rubric.getByText("Partenaire décisionnel", { exact: true }).waitFor();
        await rubric.getByText("Partage des décisions.").waitFor();
        const composition = page.getByRole("region", { name: "Composition recommandée" });
        await composition.getByText("Santé publique ou soins de santé", { exact: true }).waitFor();
        await composition.getByRole("button", { name: "Modifier la composition" }).waitFor();
        await expectAccessible(page, "the program page in French");
        await page.getByRole("radio", { name: "Français" }).focus();
        await page.keyboard.press("ArrowLeft");
        await page.getByRole("heading", { level: 2, name: "Classification rubric" }).waitFor();
      },
      STEP_TIMEOUT,
    );

    it(
      "shows a coordinator the rubric and composition without a way to change them",
      async () => {
        const coordinatorPage = await pageSignedInAs(browser, base, coordinatorEmail);
        await coordinatorPage.goto(`${base}/programs/${programId}`);
        await coordinatorPage.getByRole("heading", { level: 1, name: PROGRAM }).waitFor();
        const rubric = coordinatorPage.getByRole("region", { name: "Classification rubric" });
        await rubric.getByText("Only administrators and this program's evaluators can choose its rubric.").waitFor();
        await expect.poll(() => rubric.getByRole("combobox").count()).toBe(0);
        await expect.poll(() => rubric.getByRole("button").count()).toBe(0);
        const composition = coordinatorPage.getByRole("region", { name: "Recommended composition" });
        await composition.getByText("Only administrators and this program's officers can change its composition.").waitFor();
        await expect.poll(() => composition.getByRole("button").count()).toBe(0);
        await expectAccessible(coordinatorPage, "the program page as a coordinator");
        await coordinatorPage.context().close();
      },
      STEP_TIMEOUT,
    );
  });
}
