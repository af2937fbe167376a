import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;

/** Picks an option of a select of the entry form, named by its label. */
async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole("form").getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
  await page.keyboard.press("Escape");
}

if (chromiumPath) {
  describe("the communication log in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let logUrl: string;
    let partnerEmail: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      const city = await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const youth = await buildOrganization(database.db, { name: "Harbourview Youth Centre", sector: "youth_organizations" });
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: city.id,
        name: "Safer Harbourview",
      });
      await buildMembership(database.db, partnership.id, youth.id);
      partnerEmail = (await buildUser(database.db, { role: "partner", organizationId: youth.id, email: "youth@example.org" })).email;
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
      logUrl = `${base}/partnerships/${partnership.id}/communications`;
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "lets a partner log a contact between its organization and another member",
      async () => {
        const page = await pageSignedInAs(browser, base, partnerEmail);
        try {
          await page.goto(logUrl);
          await page.getByRole("heading", { level: 1, name: "Communication log" }).waitFor();
          await page.getByText("No contact logged yet.").waitFor();
          const today = await page.getByLabel(/^Date/).first().inputValue();
          expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          // Its own organization is offered already; it adds the city.
          await page.getByText("Harbourview Youth Centre").first().waitFor();
          await expectAccessible(page, "the empty communication log");
          await choose(page, /^Channel/, "Site visit");
          await choose(page, /^Members involved/, "Harbourview City Hall");
          await page.getByLabel(/^Subject/).fill("Visite du local — horaires d’été");
          await page.getByRole("button", { name: "Log the contact" }).click();
          const table = page.getByRole("table", { name: "Contacts between members" });
          const row = table.getByRole("row", { name: /Visite du local — horaires d’été/ });
          await row.waitFor();
          await expect.poll(() => row.textContent()).toMatch(/Site visit.*Harbourview City Hall · Harbourview Youth Centre/);
          await expectAccessible(page, "the communication log with an entry");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );

    it(
      "is usable at phone width, and in French",
      async () => {
        const page = await pageSignedInAs(browser, base, partnerEmail, { width: 390, height: 844 });
        try {
          await page.getByRole("radio", { name: "English" }).focus();
          await page.keyboard.press("ArrowRight");
          await page.locator("html[lang=fr]").waitFor({ state: "attached" });
          await page.goto(logUrl);
          await page.getByRole("heading", { level: 1, name: "Journal des échanges" }).waitFor();
          await choose(page, /^Moyen/, "Téléphone");
          await choose(page, /^Membres concernés/, "Harbourview City Hall");
          await page.getByLabel(/^Objet/).fill("Appel de suivi");
          await page.getByRole("button", { name: "Consigner l’échange" }).click();
          await page
            .getByRole("table", { name: "Échanges entre membres" })
            .getByRole("row", { name: /Appel de suivi/ })
            .waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await expectAccessible(page, "the communication log in French at phone width");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );
  });
}
