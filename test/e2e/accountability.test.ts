import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildCommitment } from "../support/accountability-factories.js";
import { closeBrowserApp, expectAccessible, openBrowserApp, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser, TEST_PASSWORD } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
const PHONE = { width: 390, height: 844 };
const DAY = "2026-06-15";

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

if (chromiumPath) {
  describe("a partnership's accountability in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let partnershipId: string;
    const email = "partner@lakeside-schools.example.org";

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const db = database.db;
      const program = await buildProgram(db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(db, { name: "Lakeside Town Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(db, { programId: program.id, leadOrganizationId: lead.id, name: "Lakeside Safety Table" });
      partnershipId = partnership.id;
      const schools = await buildOrganization(db, { name: "Lakeside School Board", sector: "schools" });
      await buildMembership(db, partnership.id, schools.id);
      await buildCommitment(db, {
        partnershipId,
        organizationId: schools.id,
        description: "Run a conflict mediation course in every middle school",
        pledgedOn: "2026-01-10",
        dueOn: "2026-04-30",
        moves: [{ to: "delivered", on: "2026-04-30" }],
      });
      await buildCommitment(db, {
        partnershipId,
        organizationId: lead.id,
        axis: "intervention",
        description: "Open the youth drop-in centre on Fridays",
        pledgedOn: "2026-02-01",
        dueOn: "2026-05-31",
      });
      await buildUser(db, { role: "partner", email, organizationId: schools.id });
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "shows what is overdue first, a member's delivery on time, the trend and the uncovered stages, with the day in the address",
      async () => {
        await signIn(page, base, email);
        await page.goto(`${base}/partnerships/${partnershipId}`);
        await page.getByRole("link", { name: "Accountability" }).click();
        await page.getByRole("heading", { level: 1, name: "Accountability — Lakeside Safety Table" }).waitFor();
        await page.getByLabel("As of").fill(DAY);
        await expect.poll(() => new URL(page.url()).searchParams.get("asOf")).toBe(DAY);

        const overdue = page.getByRole("region", { name: "1 commitment overdue on Jun 15, 2026" });
        await overdue.getByRole("cell", { name: "Open the youth drop-in centre on Fridays" }).waitFor();
        await expect
          .poll(() => overdue.getByRole("row").nth(1).innerText())
          .toMatch(/Lakeside Town Hall\s+Open the youth drop-in centre on Fridays\s+May 31, 2026\s+15/);

        const schools = page.getByRole("article", { name: "Lakeside School Board" });
        await schools.getByText("100.0%").waitFor();
        await expect.poll(() => schools.getByRole("definition").first().innerText()).toBe("1");
        await schools.getByText("1 pledged, 1 delivered, 0 withdrawn").waitFor();
        await schools
          .getByRole("img", { name: /Lakeside School Board: kept on time, month by month .* from 100\.0% in Apr to 100\.0% in Jun/ })
          .waitFor();
        await page.getByText("No open or delivered commitment at: Enforcement, Re-entry.").waitFor();
        await expectAccessible(page, "the accountability view");

        // The same address reloaded keeps the day; a day before the delivery shows it open.
        await page.goto(`${base}/partnerships/${partnershipId}/accountability?asOf=2026-04-29`);
        await expect.poll(() => page.getByLabel("As of").inputValue()).toBe("2026-04-29");
        await page.getByText("Nothing is overdue on Apr 29, 2026.").waitFor();
        await page.getByRole("article", { name: "Lakeside School Board" }).getByText("nothing has come due yet").waitFor();

        // The same figures per member on the reports page's accountability tab.
        await page.goto(`${base}/reports?tab=accountability&group=member&asOf=${DAY}`);
        const table = page.getByRole("table", { name: "Commitments per Member, as of Jun 15, 2026" });
        await expect
          .poll(() => table.getByRole("row", { name: /Lakeside School Board/ }).innerText())
          .toMatch(/Lakeside School Board — Lakeside Safety Table\s+1\s+1\s+0\s+0\s+0\s+0\s+0\s+100\.0%/);
        await expectAccessible(page, "the accountability report");
      },
      STEP_TIMEOUT,
    );

    it(
      "fits a phone and reads in French",
      async () => {
        await database.db.updateTable("users").set({ locale: "fr" }).where("email", "=", email).execute();
        const context = await browser.newContext({ viewport: PHONE, locale: "en-CA", reducedMotion: "reduce" });
        const phone = await context.newPage();
        await phone.goto(`${base}/sign-in`);
        await phone.getByLabel("Email address").fill(email);
        await phone.getByLabel(/^Password/).fill(TEST_PASSWORD);
        await phone.getByRole("button", { name: "Sign in" }).click();
        await phone.getByRole("heading", { level: 1, name: /^Bienvenue/ }).waitFor();
        await phone.goto(`${base}/partnerships/${partnershipId}/accountability?asOf=${DAY}`);
        await phone.getByRole("heading", { level: 1, name: "Reddition de comptes — Lakeside Safety Table" }).waitFor();
        await phone.getByRole("heading", { name: "En retard", level: 2 }).waitFor();
        await phone.getByRole("article", { name: "Lakeside School Board" }).getByText("100,0 %").waitFor();
        await phone
          .getByText("Aucun engagement en cours ou réalisé à l’étape\u00a0: Application de la loi, Réinsertion sociale.")
          .waitFor();
        await expectAccessible(phone, "the accountability view in French on a phone");
        await expectNoSidewaysScroll(phone, "the accountability view in French on a phone");
        await context.close();
      },
      STEP_TIMEOUT,
    );
  });
}
