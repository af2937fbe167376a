import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser, TEST_PASSWORD } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;

if (chromiumPath) {
  describe("the registry in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let lead: { id: string };
    let partnershipId: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      await buildUser(database.db, { role: "admin", email: "registry@example.org" });
      const program = await buildProgram(database.db, { code: "BAP", name: "Business Action Program" });
      await database.db
        .updateTable("programs")
        .set({ name_fr: "Programme d’action des entreprises" })
        .where("id", "=", program.id)
        .execute();
      lead = await buildOrganization(database.db, { name: "City of Hamilton", sector: "municipal_government" });
      const member = await buildOrganization(database.db, { name: "Escarpment District School Board", sector: "schools" });
      await buildOrganization(database.db, { name: "Hamilton Youth Justice Diversion Program", sector: "courts" });
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: lead.id,
        name: "Safe Streets Hamilton",
        region: "Quebec",
      });
      partnershipId = partnership.id;
      await buildMembership(database.db, partnership.id, member.id);
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database, { width: 1280, height: 900 }));
      await page.goto(`${base}/sign-in`);
      await page.getByLabel("Email address").fill("registry@example.org");
      await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { level: 2, name: "Your partnerships" }).waitFor();
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "shows the lead first among the members, marked as the lead, without a checklist about itself",
      async () => {
        await page.goto(`${base}/partnerships/${partnershipId}`);
        const members = page.getByRole("table", { name: "Members of Safe Streets Hamilton" });
        const rows = members.getByRole("row");
        await rows.nth(1).getByText("City of Hamilton").waitFor();
        await rows.nth(1).getByText("Lead", { exact: true }).waitFor();
        await rows.nth(1).getByText("Not applicable").waitFor();
        expect(await members.getByRole("link", { name: "Involvement of City of Hamilton" }).count()).toBe(0);
        await members.getByRole("link", { name: "Involvement of Escarpment District School Board" }).waitFor();
        await expectAccessible(page, "the partnership page with its lead among the members");
      },
      STEP_TIMEOUT,
    );

    it(
      "lists on the organization page the partnerships it leads, with its role",
      async () => {
        await page.goto(`${base}/organizations/${lead.id}`);
        const table = page.getByRole("table", { name: "Partnerships City of Hamilton leads or belongs to" });
        const row = table.getByRole("row", { name: /Safe Streets Hamilton/ });
        await row.getByText("Lead", { exact: true }).waitFor();
        await row.getByText("Business Action Program").waitFor();
        await page.getByText("Partnerships").first().waitFor();
        await expectAccessible(page, "the organization page with its partnerships");
      },
      STEP_TIMEOUT,
    );

    it(
      "asks whether a new organization is one already registered, with a link, and lets the user go on",
      async () => {
        await page.goto(`${base}/organizations/new`);
        await page.getByLabel(/^Name/).fill("Hamilton Youth Justice Diversion");
        const alert = page.getByRole("status").filter({ hasText: "Did you mean…?" });
        await alert.getByRole("link", { name: /Hamilton Youth Justice Diversion Program/ }).waitFor();
        await expectAccessible(page, "the registration form asking about a close name");
        await alert.getByRole("button", { name: "None of these: register it anyway" }).click();
        await expect.poll(() => alert.count()).toBe(0);
      },
      STEP_TIMEOUT,
    );

    it(
      "names the program and the region in French on French pages",
      async () => {
        await database.db.updateTable("users").set({ locale: "fr" }).execute();
        await page.evaluate(() => window.localStorage.setItem("convene.locale", "fr"));
        await page.goto(`${base}/partnerships/${partnershipId}`);
        await page.getByText("Programme d’action des entreprises (BAP)").waitFor();
        await page.getByText("Québec", { exact: true }).waitFor();
      },
      STEP_TIMEOUT,
    );
  });
}
