// What a reader may not open is not offered, and what is withheld is said calmly in place: a
// partner sees the involvement of its own organization only, a coordinator the contacts of the
// organizations it works with only, neither a Delete it cannot use; a long members table is paged.
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildContact, buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
/** More members than one page of the API holds. */
const MEMBER_COUNT = 104;
/** The members table lists the lead too, at its top. */
const ROWS = MEMBER_COUNT + 1;

if (chromiumPath) {
  describe("what a reader may not open, in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let partnershipId: string;
    let foreignOrganizationId: string;
    let pendingPartnershipId: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const db = database.db;
      const program = await buildProgram(db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(db, { programId: program.id, leadOrganizationId: lead.id, name: "Safer Harbourview" });
      partnershipId = partnership.id;
      const own = await buildOrganization(db, { name: "Aaa Harbourview Youth Centre", sector: "youth_organizations" });
      await buildMembership(db, partnership.id, own.id);
      for (let index = 1; index < MEMBER_COUNT; index += 1) {
        const member = await buildOrganization(db, { name: `Member ${String(index).padStart(3, "0")}` });
        await buildMembership(db, partnership.id, member.id);
      }
      const foreign = await buildOrganization(db, { name: "Distant Police Service", sector: "police" });
      foreignOrganizationId = foreign.id;
      await buildContact(db, foreign.id, { name: "Hidden Person", email: "hidden@example.org" });
      await buildUser(db, { role: "partner", email: "youth@example.org", organizationId: own.id });
      // A partnership the coordinator runs, with a member it added that has not confirmed yet.
      const pending = await buildPartnership(db, { programId: program.id, leadOrganizationId: lead.id, name: "Harbourview Night Watch" });
      pendingPartnershipId = pending.id;
      const asked = await buildOrganization(db, { name: "Harbourview Food Bank", sector: "social_services" });
      await buildMembership(db, pending.id, asked.id, { confirmed: false });
      await buildUser(db, { role: "partner", email: "food-bank@example.org", organizationId: asked.id });
      await buildUser(db, { role: "coordinator", email: "coordinator@example.org", partnershipIds: [partnership.id, pending.id] });
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    async function noFailure(page: Page): Promise<void> {
      expect(await page.getByText("Could not load this page").count()).toBe(0);
      expect(await page.getByText("Impossible de charger cette page").count()).toBe(0);
    }

    it(
      "offers a partner the involvement of its own organization only, and pages the members",
      async () => {
        const page = await pageSignedInAs(browser, base, "youth@example.org");
        await page.goto(`${base}/partnerships/${partnershipId}`);
        const members = page.getByRole("table", { name: "Members of Safer Harbourview" });
        await members.getByRole("link", { name: "Involvement of Aaa Harbourview Youth Centre", exact: true }).waitFor();
        expect(await members.getByRole("link", { name: /^Involvement of / }).count()).toBe(1);
        expect(await members.getByText("Shared with the member only").count()).toBeGreaterThan(90);
        // Neither the partnership's Edit and Delete nor any member's.
        expect(await page.getByRole("button", { name: "Delete" }).count()).toBe(0);
        expect(await page.getByRole("link", { name: "Edit" }).count()).toBe(0);
        expect(await members.getByRole("button", { name: /^Remove / }).count()).toBe(0);
        await noFailure(page);

        await page.getByText(`1–100 of ${ROWS}`).waitFor();
        await page.getByRole("navigation", { name: /pages/i }).getByRole("button", { name: "Page 2" }).click();
        await page.getByText(`101–${ROWS} of ${ROWS}`).waitFor();
        await members.getByRole("cell", { name: `Member ${String(MEMBER_COUNT - 1).padStart(3, "0")}` }).waitFor();
        await expectAccessible(page, "a partner's view of a long members table");

        await page.goto(`${base}/partnerships/${partnershipId}`);
        await members.getByRole("link", { name: "Involvement of Aaa Harbourview Youth Centre", exact: true }).click();
        await page.getByRole("heading", { level: 1, name: "Involvement of Aaa Harbourview Youth Centre" }).waitFor();
        await page.getByRole("button", { name: "Save the partner's view" }).waitFor();
        expect(await page.getByRole("button", { name: "Save the lead organization's view" }).count()).toBe(0);
        await noFailure(page);
        await page.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "tells a coordinator calmly, in English and in French, that an organization's contacts are not shared with it",
      async () => {
        const page = await pageSignedInAs(browser, base, "coordinator@example.org");
        await page.goto(`${base}/organizations/${foreignOrganizationId}`);
        await page.getByRole("heading", { level: 1, name: "Distant Police Service" }).waitFor();
        await page.getByText(/^Contact people are shared only with those who work with this organization/).waitFor();
        expect(await page.getByText("Hidden Person").count()).toBe(0);
        expect(await page.getByRole("button", { name: "Add contact" }).count()).toBe(0);
        expect(await page.getByRole("button", { name: "Delete" }).count()).toBe(0);
        expect(await page.getByRole("link", { name: "Edit" }).count()).toBe(0);
        await noFailure(page);
        await expectAccessible(page, "an organization whose contacts are withheld");

        await page.getByRole("radio", { name: "English" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.getByText(/^Les personnes-ressources ne sont communiquées qu’à ceux qui travaillent avec cet organisme/).waitFor();
        await noFailure(page);
        await page.getByRole("radio", { name: "Français" }).focus();
        await page.keyboard.press("ArrowLeft");
        await page.getByText(/^Contact people are shared only/).waitFor();
        await page.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "shows a member awaiting its confirmation, which only the organization's own user may give, in English and in French",
      async () => {
        const coordinator = await pageSignedInAs(browser, base, "coordinator@example.org");
        await coordinator.goto(`${base}/partnerships/${pendingPartnershipId}`);
        const members = coordinator.getByRole("table", { name: "Members of Harbourview Night Watch" });
        const row = members.getByRole("row").filter({ hasText: "Harbourview Food Bank" });
        await row.getByText(/^Awaiting the organization's confirmation/).waitFor();
        expect(await coordinator.getByRole("button", { name: /^Confirm that / }).count()).toBe(0);
        await noFailure(coordinator);
        await coordinator.context().close();

        const partner = await pageSignedInAs(browser, base, "food-bank@example.org");
        await partner.goto(`${base}/partnerships/${pendingPartnershipId}`);
        const confirm = partner.getByRole("button", { name: "Confirm that Harbourview Food Bank takes part" });
        await confirm.waitFor();
        await expectAccessible(partner, "a membership awaiting the organization's confirmation");
        await partner.getByRole("radio", { name: "English" }).focus();
        await partner.keyboard.press("ArrowRight");
        await partner.getByText(/^En attente de la confirmation de l’organisme|^En attente de la confirmation de l'organisme/).waitFor();
        await partner.getByRole("button", { name: "Confirmer que Harbourview Food Bank participe" }).click();
        await partner.getByText("Harbourview Food Bank participe maintenant au partenariat").waitFor();
        await expect.poll(() => partner.getByText(/^En attente de la confirmation/).count()).toBe(0);
        expect(await partner.getByRole("button", { name: /^Confirmer que / }).count()).toBe(0);
        await noFailure(partner);
        await partner.getByRole("radio", { name: "Français" }).focus();
        await partner.keyboard.press("ArrowLeft");
        await partner.getByRole("table", { name: "Members of Harbourview Night Watch" }).waitFor();
        await partner.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "offers a coordinator Edit but not Delete on the partnership it runs",
      async () => {
        const page = await pageSignedInAs(browser, base, "coordinator@example.org");
        await page.goto(`${base}/partnerships/${partnershipId}`);
        await page.getByRole("heading", { level: 1, name: "Safer Harbourview" }).waitFor();
        await page.getByRole("link", { name: "Edit", exact: true }).waitFor();
        expect(await page.getByRole("button", { name: "Delete", exact: true }).count()).toBe(0);
        await page.getByRole("button", { name: "Add member" }).waitFor();
        await page.context().close();
      },
      STEP_TIMEOUT,
    );
  });
}
