import type { FastifyInstance } from "fastify";
import type { Browser, Locator, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { sessionSchema } from "../../src/contracts/auth.js";
import { closeBrowserApp, expectAccessible, openBrowserApp, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import {
  buildContact,
  buildMembership,
  buildOrganization,
  buildPartnership,
  buildProgram,
  buildUser,
  TEST_PASSWORD,
} from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;

/** Every page and dialog the walkthrough reaches must pass axe-core with no violation at all. */
/** Opens a select (or multiselect) by its label and picks an option by its visible name. */
async function choose(scope: Page | Locator, page: Page, label: string, option: string | RegExp, search?: string): Promise<void> {
  const input = scope.getByRole("combobox", { name: label, exact: true });
  await input.click();
  if (search !== undefined) await input.fill(search);
  await page.getByRole("option", { name: option, exact: typeof option === "string" }).click();
}

if (chromiumPath) {
  describe("walkthrough in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let email: string;
    let programId: string;
    let cityHallId: string;

    /** What the earlier steps of the walk create, stored directly, for a step that starts from there. */
    async function youthCentreWithContact(): Promise<string> {
      const { id } = await buildOrganization(database.db, {
        name: "Harbourview Youth Centre",
        sector: "youth_organizations",
        mandate: true,
      });
      await buildContact(database.db, id, { name: "Amina Diallo", email: "amina.diallo@youth.example.org" });
      return id;
    }

    async function youthNetwork(): Promise<string> {
      const { id } = await buildPartnership(database.db, {
        programId,
        leadOrganizationId: cityHallId,
        name: "Safer Harbourview Youth Network",
        region: "Nova Scotia",
      });
      return id;
    }

    // Each step has a database and a browser of its own, so that none depends on what another did.
    beforeEach(async () => {
      database = await createTestDatabase("sqlite");
      email = (await buildUser(database.db, { role: "admin", email: "lead@example.org" })).email;
      programId = (await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" })).id;
      cityHallId = (await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" })).id;
      await buildOrganization(database.db, { name: "Harbourview Police Service", sector: "police", mandate: true });
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database, { width: 1280, height: 900 }));
    }, STEP_TIMEOUT);

    afterEach(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "sends a visitor to sign in, then shows the dashboard",
      async () => {
        await page.goto(`${base}/`);
        await expect.poll(() => page.url()).toContain("/sign-in");
        await page.getByRole("heading", { level: 1, name: "Sign in to Convene" }).waitFor();
        await expectAccessible(page, "the sign-in page");

        await page.getByLabel("Email address").fill(email);
        await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.getByRole("heading", { level: 1, name: `Welcome, ${email}` }).waitFor();
        await page.getByRole("heading", { level: 2, name: "Your partnerships" }).waitFor();
        await expectAccessible(page, "the dashboard");
      },
      STEP_TIMEOUT,
    );

    it(
      "registers an organization and one of its contacts",
      async () => {
        await signIn(page, base, email);
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organizations" }).click();
        await page.getByRole("heading", { level: 1, name: "Organizations" }).waitFor();
        await page.getByRole("link", { name: "Harbourview City Hall" }).waitFor();
        await expectAccessible(page, "the organization list");

        await page.getByRole("link", { name: "New organization" }).click();
        await page.getByRole("heading", { level: 1, name: "New organization" }).waitFor();
        await page.getByRole("button", { name: "Create" }).click();
        await expect.poll(() => page.getByText("Required").count()).toBe(2);
        await expectAccessible(page, "the organization form showing validation errors");

        // The registry refuses a second organization of the same name in a sector: the server's answer
        // lands next to the field, in words the form translates.
        await page.getByLabel(/^Name/).fill("Harbourview City Hall");
        await choose(page, page, "Sector", "Municipal government");
        await page.getByRole("button", { name: "Create" }).click();
        await page.getByText("Another organization in this sector already has this name").waitFor();
        await expect.poll(() => page.getByLabel(/^Name/).getAttribute("aria-invalid")).toBe("true");

        await page.getByLabel(/^Name/).fill("Harbourview Youth Centre");
        await choose(page, page, "Sector", "Youth organizations");
        await choose(page, page, "Government level", "Local or neighbourhood");
        await page.getByLabel("Has a crime-prevention mandate").check();
        await page.getByLabel("Website").fill("https://youth.example.org");
        await page.getByRole("button", { name: "Create" }).click();
        await page.getByRole("heading", { level: 1, name: "Harbourview Youth Centre" }).waitFor();
        await expectAccessible(page, "the new organization's page");

        await page.getByRole("button", { name: "Add contact" }).click();
        const dialog = page.getByRole("dialog", { name: "Add a contact" });
        await dialog.getByLabel(/^Name/).fill("Amina Diallo");
        await dialog.getByLabel("Title").fill("Program Director");
        await dialog.getByLabel("Email").fill("amina.diallo@youth.example.org");
        await dialog.getByLabel("Phone").fill("+1 902 555 0142");
        await choose(dialog, page, "Preferred language", "French");
        await dialog.getByLabel("Last verified").fill("2026-10-01");
        await expectAccessible(page, "the contact dialog");
        await dialog.getByRole("button", { name: "Save" }).click();
        await dialog.waitFor({ state: "hidden" });
        const contacts = page.getByRole("table", { name: "Contacts of Harbourview Youth Centre" });
        await contacts.getByText("Amina Diallo").waitFor();
        await expect.poll(() => contacts.getByRole("row").count()).toBe(2);
        await expectAccessible(page, "the organization page with its contact");
      },
      STEP_TIMEOUT,
    );

    it(
      "creates a partnership led by an organization found by typing",
      async () => {
        await signIn(page, base, email);
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partnerships" }).click();
        await page.getByRole("heading", { level: 1, name: "Partnerships" }).waitFor();
        await expectAccessible(page, "the partnership list");

        await page.getByRole("link", { name: "New partnership" }).click();
        await page.getByRole("heading", { level: 1, name: "New partnership" }).waitFor();
        await page.getByLabel(/^Name/).fill("Safer Harbourview Youth Network");
        await choose(page, page, "Program", "Community Mobilization Program (CMP)");
        await choose(page, page, "Lead organization", /^Harbourview City Hall/, "city hall");
        await page.getByLabel("Region").fill("Nova Scotia");
        await choose(page, page, "Status", "Active");
        await choose(page, page, "Priority groups", "Youth");
        await page.keyboard.press("Escape");
        await choose(page, page, "Focus issues", "Gangs");
        await page.keyboard.press("Escape");
        await page.getByLabel("Start date").fill("2026-04-01");
        await page.getByLabel("End date", { exact: true }).fill("2026-01-01");
        await page.getByRole("button", { name: "Create" }).click();
        await page.getByText("Must not be before the start date").waitFor();
        await expectAccessible(page, "the partnership form showing a date error");

        await page.getByLabel("End date", { exact: true }).fill("2028-03-31");
        await page.getByRole("button", { name: "Create" }).click();
        await page.getByRole("heading", { level: 1, name: "Safer Harbourview Youth Network" }).waitFor();
        await page.getByText("Led by Harbourview City Hall").waitFor();
        await expectAccessible(page, "the new partnership's page");
      },
      STEP_TIMEOUT,
    );

    it(
      "adds two member organizations, one with its representative",
      async () => {
        await youthCentreWithContact();
        const partnershipId = await youthNetwork();
        await signIn(page, base, email);
        await page.goto(`${base}/partnerships/${partnershipId}`);
        await page.getByRole("heading", { level: 1, name: "Safer Harbourview Youth Network" }).waitFor();
        const members = page.getByRole("table", { name: "Members of Safer Harbourview Youth Network" });

        await page.getByRole("button", { name: "Add member" }).click();
        let dialog = page.getByRole("dialog", { name: "Add a member organization" });
        await choose(dialog, page, "Organization", /^Harbourview Youth Centre/, "youth centre");
        await choose(dialog, page, "Representative", "Amina Diallo");
        await dialog.getByLabel("Joined").fill("2026-04-15");
        await choose(dialog, page, "How they became involved", "Approached by the lead organization");
        await dialog.getByLabel("New partner").check();
        await expectAccessible(page, "the add-member dialog");
        await dialog.getByRole("button", { name: "Save" }).click();
        await dialog.waitFor({ state: "hidden" });
        await members.getByRole("link", { name: "Harbourview Youth Centre", exact: true }).waitFor();

        await page.getByRole("button", { name: "Add member" }).click();
        dialog = page.getByRole("dialog", { name: "Add a member organization" });
        await choose(dialog, page, "Organization", /^Harbourview Police Service/, "police");
        await dialog.getByLabel("Joined").fill("2026-05-01");
        await choose(dialog, page, "How they became involved", "Through an inter-agency network");
        await dialog.getByRole("button", { name: "Save" }).click();
        await dialog.waitFor({ state: "hidden" });
        await members.getByRole("link", { name: "Harbourview Police Service", exact: true }).waitFor();

        const youthCentre = members.getByRole("row").filter({ hasText: "Harbourview Youth Centre" });
        await youthCentre.getByText("Amina Diallo").waitFor();
        await youthCentre.getByText("Approached by the lead organization").waitFor();
        expect(await members.getByRole("link").count()).toBeGreaterThanOrEqual(2);
        await expectAccessible(page, "the partnership page with its members");
      },
      STEP_TIMEOUT,
    );

    it(
      "explains why an organization that is still a member cannot be deleted",
      async () => {
        const partnershipId = await youthNetwork();
        await buildMembership(database.db, partnershipId, await youthCentreWithContact());
        await signIn(page, base, email);
        await page.goto(`${base}/partnerships/${partnershipId}`);
        await page
          .getByRole("table", { name: /^Members of/ })
          .getByRole("link", { name: "Harbourview Youth Centre", exact: true })
          .click();
        await page.getByRole("heading", { level: 1, name: "Harbourview Youth Centre" }).waitFor();
        await page.getByRole("button", { name: "Delete", exact: true }).click();
        const dialog = page.getByRole("dialog", { name: "Delete this organization?" });
        await dialog.getByRole("button", { name: "Delete", exact: true }).click();
        await dialog
          .getByRole("alert")
          .getByText(/still a member/)
          .waitFor();
        await expectAccessible(page, "the refused deletion");
        await dialog.getByRole("button", { name: "Cancel" }).click();
        await dialog.waitFor({ state: "hidden" });
      },
      STEP_TIMEOUT,
    );

    it(
      "switches to French, and remembers the choice in the browser and on the account",
      async () => {
        const youthCentreId = await youthCentreWithContact();
        await buildMembership(database.db, await youthNetwork(), youthCentreId);
        await signIn(page, base, email);
        await page.goto(`${base}/organizations/${youthCentreId}`);
        await page.getByRole("heading", { level: 1, name: "Harbourview Youth Centre" }).waitFor();
        // The switch is a radio group: choosing with the keyboard is the path a keyboard user takes.
        await page.getByRole("radio", { name: "English" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.getByRole("heading", { level: 2, name: "Personnes-ressources" }).waitFor();
        await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Partenariats" }).waitFor();
        expect(await page.locator("html").getAttribute("lang")).toBe("fr");
        expect(await page.getByRole("radio", { name: "Français" }).isChecked()).toBe(true);
        await expectAccessible(page, "the organization page in French");

        const savedLocale = async () =>
          sessionSchema.parse(await (await page.request.get(`${base}/api/v1/auth/session`)).json()).user.locale;
        await expect.poll(savedLocale).toBe("fr");
        await page.reload();
        await page.getByRole("heading", { level: 2, name: "Renseignements" }).waitFor();

        await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Partenariats" }).click();
        await page.getByRole("heading", { level: 1, name: "Partenariats" }).waitFor();
        await page.getByRole("link", { name: "Safer Harbourview Youth Network" }).waitFor();
        await page.getByRole("cell", { name: "Actif" }).waitFor();
        await expectAccessible(page, "the partnership list in French");

        await page.getByRole("link", { name: "Safer Harbourview Youth Network" }).click();
        await page.getByRole("heading", { level: 2, name: "Membres" }).waitFor();
        await page.getByRole("columnheader", { name: "Mode de participation" }).waitFor();
        await page.getByRole("region", { name: "Membres" }).getByText("Sollicité par l'organisme responsable").waitFor();
        await expectAccessible(page, "the partnership page in French");

        await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Programmes" }).click();
        await page.getByRole("heading", { level: 1, name: "Programmes" }).waitFor();
        await page.getByRole("cell", { name: "Community Mobilization Program" }).waitFor();
        await expectAccessible(page, "the program list in French");
      },
      STEP_TIMEOUT,
    );
  });
}
