import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { daysFromToday } from "../support/ledger-factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
const PHONE = { width: 390, height: 844 };

if (chromiumPath) {
  describe("the commitment ledger in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;

    /** A partnership of the test's own: a city hall leading it, a school board as member, and a partner user of the school board. */
    async function setting(place: string) {
      const program = await buildProgram(database.db, { code: place.slice(0, 4).toUpperCase(), name: `${place} Program` });
      const lead = await buildOrganization(database.db, { name: `${place} City Hall`, sector: "municipal_government" });
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: lead.id,
        name: `Safer ${place}`,
      });
      const school = await buildOrganization(database.db, { name: `${place} School Board`, sector: "schools" });
      await buildMembership(database.db, partnership.id, school.id);
      const partner = await buildUser(database.db, {
        role: "partner",
        organizationId: school.id,
        email: `${place
          .normalize("NFD")
          .toLowerCase()
          .replace(/[^a-z]/g, "")}@example.org`,
      });
      return {
        url: `${base}/partnerships/${partnership.id}/commitments`,
        partner,
        school: `${place} School Board`,
        lead: `${place} City Hall`,
      };
    }

    async function signedInAs(email: string, steps: (page: Page) => Promise<void>, viewport = PHONE): Promise<void> {
      const page = await pageSignedInAs(browser, base, email, viewport);
      try {
        await steps(page);
      } finally {
        await page.context().close();
      }
    }

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "a partner user pledges a commitment for its own organization on a phone, then delivers it with evidence",
      async () => {
        const { url, partner, school, lead } = await setting("Riverton");
        await signedInAs(partner.email, async (page) => {
          await page.goto(url);
          await page.getByRole("heading", { level: 1, name: "Commitment ledger" }).waitFor();
          await page.getByText("No commitment matches.").waitFor();
          await expectAccessible(page, "the empty ledger");
          await page.getByRole("button", { name: "Pledge a commitment" }).click();
          const dialog = page.getByRole("dialog", { name: "Pledge a commitment" });
          // Its own organization is the only one offered.
          await dialog.getByLabel("Member organization").click();
          await expect.poll(() => page.getByRole("option").allTextContents()).toEqual([school]);
          expect(await page.getByRole("option", { name: lead }).count()).toBe(0);
          await page.getByRole("option", { name: school }).click();
          await dialog.getByLabel("What the organization commits to do").fill("Run four conflict-resolution workshops");
          await dialog.getByLabel("Due on").fill(daysFromToday(14));
          await expectAccessible(page, "the pledge dialog");
          await dialog.getByRole("button", { name: "Pledge", exact: true }).click();
          const card = page.getByRole("article", { name: "Run four conflict-resolution workshops" });
          await card.getByText("Pledged", { exact: true }).waitFor();
          // The page fits the phone: nothing scrolls sideways.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

          await card.getByRole("button", { name: "Deliver “Run four conflict-resolution workshops”" }).click();
          const deliver = page.getByRole("dialog", { name: "Deliver the commitment" });
          await deliver.getByLabel("Evidence (what shows it was done)").fill("Attendance sheets of the four workshops");
          await deliver.getByLabel("Link to the evidence").fill("not a link");
          await deliver.getByRole("button", { name: "Deliver" }).click();
          await deliver.getByText("must be a web address starting with http:// or https://").waitFor();
          await deliver.getByLabel("Link to the evidence").fill("https://example.org/workshops");
          await expectAccessible(page, "the deliver dialog");
          await deliver.getByRole("button", { name: "Deliver" }).click();
          await card.getByText("Delivered", { exact: true }).waitFor();
          await card.getByText("Evidence: Attendance sheets of the four workshops").waitFor();
          expect(await card.getByRole("button", { name: /^Deliver/ }).count()).toBe(0);
          await card.getByRole("button", { name: "History" }).click();
          await card.getByText(/pledged → delivered, by riverton@example.org/i).waitFor();
          await expectAccessible(page, "the ledger with a delivered commitment");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "reads the ledger and slips a commitment in French",
      async () => {
        const { url, partner } = await setting("Lévis");
        await signedInAs(partner.email, async (page) => {
          await database.db.updateTable("users").set({ locale: "fr" }).where("email", "=", partner.email).execute();
          await page.evaluate(() => window.localStorage.setItem("convene.locale", "fr"));
          await page.goto(url);
          await page.getByRole("heading", { level: 1, name: "Registre des engagements" }).waitFor();
          await page.getByRole("button", { name: "Prendre un engagement" }).click();
          const dialog = page.getByRole("dialog", { name: "Prendre un engagement" });
          await dialog.getByLabel("Ce que l’organisme s’engage à faire").fill("Ouvrir le gymnase le vendredi soir");
          await dialog.getByLabel("Échéance").fill(daysFromToday(7));
          await dialog.getByRole("button", { name: "S’engager" }).click();
          const card = page.getByRole("article", { name: "Ouvrir le gymnase le vendredi soir" });
          await card.getByText("Pris", { exact: true }).waitFor();
          await card.getByRole("button", { name: "Reporter « Ouvrir le gymnase le vendredi soir »" }).click();
          const slip = page.getByRole("dialog", { name: "Reporter l’engagement" });
          await slip.getByLabel("Nouvelle échéance").fill(daysFromToday(7));
          await slip.getByLabel("Motif").fill("Le concierge est en congé");
          await slip.getByRole("button", { name: "Reporter" }).click();
          await slip.getByText(/doit être une date postérieure à l’échéance actuelle/).waitFor();
          await slip.getByLabel("Nouvelle échéance").fill(daysFromToday(21));
          await slip.getByRole("button", { name: "Reporter" }).click();
          await card.getByText("Reporté", { exact: true }).waitFor();
          await expectAccessible(page, "le registre en français");
        });
      },
      STEP_TIMEOUT,
    );
  });
}
