import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { clientFor } from "../support/app.js";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import {
  buildContact,
  buildMembership,
  buildOrganization,
  buildPartnership,
  buildProgram,
  buildUser,
  tokenFor,
} from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
const OLD_NAME = "Safer Harbourview Youth Network";
const NEW_NAME = "Safer Harbourview Youth and Families Network";

if (chromiumPath) {
  describe("the audit trail in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let coordinatorEmail: string;
    let partnershipId: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(database.db, { programId: program.id, leadOrganizationId: lead.id, name: OLD_NAME });
      partnershipId = partnership.id;
      const otherLead = await buildOrganization(database.db, { name: "Lakeside Town Office", sector: "municipal_government" });
      const other = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: otherLead.id,
        name: "Lakeside Table",
      });
      const police = await buildOrganization(database.db, { name: "Lakeside Police", sector: "police" });
      await buildMembership(database.db, other.id, police.id);
      const contact = await buildContact(database.db, police.id, { name: "Dana Officer", email: "dana@example.org" });
      const admin = await buildUser(database.db, { role: "admin", email: "admin@example.org" });
      const coordinator = await buildUser(database.db, {
        role: "coordinator",
        email: "coordinator@example.org",
        partnershipIds: [partnership.id],
      });
      coordinatorEmail = coordinator.email;
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database));

      // The changes the trail will show: the coordinator renames its partnership; an administrator
      // changes the email of a contact whose organization is outside the coordinator's partnerships.
      const asCoordinator = clientFor(app, await tokenFor(database.db, coordinator.id));
      expect((await asCoordinator.patch(`/api/v1/partnerships/${partnership.id}`, { name: NEW_NAME })).statusCode).toBe(200);
      const asAdmin = clientFor(app, await tokenFor(database.db, admin.id));
      expect(
        (await asAdmin.patch(`/api/v1/organizations/${police.id}/contacts/${contact.id}`, { email: "d.officer@example.org" })).statusCode,
      ).toBe(200);
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "filters a coordinator's trail by record type and dates and shows a change before → after, withholding others' contact details",
      async () => {
        await signIn(page, base, coordinatorEmail);
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
        await page.getByRole("heading", { level: 1, name: "Audit trail" }).waitFor();
        const table = page.getByRole("table", { name: "Changes, newest first" });
        await expect.poll(() => table.getByRole("row").count()).toBe(3);
        const contactRow = table.getByRole("row").filter({ hasText: "Contact" });
        await contactRow.getByText("Email · withheld").waitFor();
        expect(await table.textContent()).not.toContain("dana@example.org");

        await page.getByRole("combobox", { name: "Record type" }).click();
        await page.getByRole("option", { name: "Partnership" }).click();
        await expect.poll(() => table.getByRole("row").count()).toBe(2);
        const renamed = table.getByRole("row").filter({ hasText: NEW_NAME });
        await renamed.getByText("coordinator@example.org").waitFor();
        await expect.poll(() => renamed.getByRole("deletion").textContent()).toBe(`before: ${OLD_NAME}`);
        await expect.poll(() => renamed.getByRole("insertion").textContent()).toBe(` after: ${NEW_NAME}`);
        expect(await page.getByRole("link", { name: "Download CSV" }).getAttribute("href")).toBe(
          "/api/v1/audit-events.csv?entity=partnership&lang=en",
        );
        await expectAccessible(page, "the audit page filtered by record type");

        const today = new Date().toISOString().slice(0, 10);
        await page.getByRole("textbox", { name: "From", exact: true }).fill(today);
        await page.getByRole("textbox", { name: "To", exact: true }).fill(today);
        await expect.poll(() => new URL(page.url()).searchParams.get("to")).toBe(today);
        await expect.poll(() => table.getByRole("row").count()).toBe(2);
        await page.getByRole("textbox", { name: "From", exact: true }).fill("2999-01-01");
        await page.getByText("Must not be before the start date").waitFor();
        await page.getByRole("textbox", { name: "To", exact: true }).fill("2999-12-31");
        await page.getByText("No changes match these filters.").waitFor();
      },
      STEP_TIMEOUT,
    );

    it(
      "keeps every filter when two are changed before the page has redrawn",
      async () => {
        const quick = await pageSignedInAs(browser, base, coordinatorEmail);
        try {
          await quick.goto(`${base}/audit?entity=partnership`);
          await quick.getByRole("textbox", { name: "To", exact: true }).waitFor();
          // Both date fields change in one task, as a fast hand or a busy machine does, before the router redraws.
          await quick.evaluate(() => {
            const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
            const [from, to] = Array.from(document.querySelectorAll<HTMLInputElement>('input[type="date"]'));
            for (const [input, value] of [
              [from, "2026-01-01"],
              [to, "2026-12-31"],
            ] as const) {
              if (input === undefined || setValue === undefined) throw new Error("the two date fields are missing");
              setValue.call(input, value);
              input.dispatchEvent(new Event("input", { bubbles: true }));
            }
          });
          await expect.poll(() => new URL(quick.url()).search).toBe("?entity=partnership&from=2026-01-01&to=2026-12-31");
          await expect.poll(() => quick.getByRole("textbox", { name: "From", exact: true }).inputValue()).toBe("2026-01-01");
        } finally {
          await quick.context().close();
        }
      },
      STEP_TIMEOUT,
    );

    it(
      "shows an administrator the failed sign-ins, filtered by action, without the password tried",
      async () => {
        const tried = await app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email: "nobody.here@example.org", password: "guessing a password" },
        });
        expect(tried.statusCode).toBe(401);
        const admin = await pageSignedInAs(browser, base, "admin@example.org");
        try {
          await admin.goto(`${base}/audit`);
          await admin.getByRole("combobox", { name: "Action" }).click();
          await admin.getByRole("option", { name: "Failed sign-in" }).click();
          await expect.poll(() => new URL(admin.url()).searchParams.get("action")).toBe("sign_in_failed");
          const table = admin.getByRole("table", { name: "Changes, newest first" });
          const row = table.getByRole("row").filter({ hasText: "nobody.here@example.org" });
          await row.getByText("Unknown account").waitFor();
          await row.getByText("no account with this email").waitFor();
          expect(await table.textContent()).not.toContain("guessing a password");
          await expectAccessible(admin, "the audit page filtered by action");
        } finally {
          await admin.context().close();
        }
      },
      STEP_TIMEOUT,
    );

    it(
      "shows the partnership's history on its page and the trail as cards on a phone",
      async () => {
        const desk = await pageSignedInAs(browser, base, coordinatorEmail);
        try {
          await desk.goto(`${base}/partnerships/${partnershipId}`);
          const history = desk.getByRole("region", { name: "History" });
          await history.getByRole("table").getByRole("deletion").getByText(OLD_NAME).waitFor();
          await desk.getByText(/Last updated .* by coordinator@example.org/).waitFor();
          await history.getByRole("link", { name: "See the whole history (1 change)" }).click();
          await desk.getByText("Showing one partnership's history.").waitFor();
        } finally {
          await desk.context().close();
        }

        const phone = await pageSignedInAs(browser, base, coordinatorEmail, { width: 375, height: 800 });
        try {
          await phone.goto(`${base}/audit?entity=partnership`);
          const card = phone.getByRole("article").filter({ hasText: NEW_NAME });
          await card.getByRole("insertion").getByText(NEW_NAME).waitFor();
          expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          await expectAccessible(phone, "the audit page on a phone");
        } finally {
          await phone.context().close();
        }
      },
      STEP_TIMEOUT,
    );
  });
}
