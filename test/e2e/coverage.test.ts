import type { FastifyInstance } from "fastify";
import type { Browser, Locator, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;

/** A card of a coverage panel (a seat, a stage, a question), found by its heading. */
function card(scope: Locator, heading: string): Locator {
  return scope.getByRole("listitem").filter({ has: scope.page().getByRole("heading", { level: 4, name: heading, exact: true }) });
}

/** Opens a collapsed panel of the coverage section by the start of its title. */
async function openPanel(coverage: Locator, title: RegExp): Promise<Locator> {
  const control = coverage.getByRole("button", { name: title });
  if ((await control.getAttribute("aria-expanded")) !== "true") await control.click();
  return coverage.getByRole("region", { name: title });
}

if (chromiumPath) {
  describe("a partnership's membership coverage in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let email: string;
    let partnershipId: string;
    let youthMembershipId: string;

    /** The partnership's page, signed in as its coordinator. */
    async function openPartnership(): Promise<void> {
      await signIn(page, base, email);
      await page.goto(`${base}/partnerships/${partnershipId}`);
    }

    /** The youth centre as the member dialog leaves it once stated an invited critic covering re-entry as well. */
    async function youthCentreCoversReentry(): Promise<void> {
      await database.db
        .updateTable("memberships")
        .set({ is_critic: 1, axis_stages: JSON.stringify(["prevention", "intervention", "reentry"]) })
        .where("id", "=", youthMembershipId)
        .execute();
    }

    // Each test has a database and a browser of its own, so that none depends on what another changed.
    beforeEach(async () => {
      database = await createTestDatabase("sqlite");
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      const lead = await buildOrganization(database.db, { name: "Lakeside Town Hall", sector: "municipal_government" });
      // Serves youth and works on youth violence (the factory's defaults), so a youth organization speaks for those most affected.
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: lead.id,
        name: "Lakeside Safety Table",
      });
      partnershipId = partnership.id;
      const members = [
        { name: "Lakeside Police Service", sector: "police", mandate: true },
        { name: "Lakeside School Board", sector: "schools" },
        { name: "Lakeside Youth Centre", sector: "youth_organizations" },
        { name: "Lakeside Public Health", sector: "public_health" },
      ];
      for (const member of members) {
        const organization = await buildOrganization(database.db, member);
        const membership = await buildMembership(database.db, partnership.id, organization.id);
        if (member.sector === "youth_organizations") youthMembershipId = membership.id;
      }
      email = (
        await buildUser(database.db, { role: "coordinator", email: "coordinator@lakeside.example.org", partnershipIds: [partnership.id] })
      ).email;
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterEach(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "shows the empty required seats, the sectors and their balance, and the axis",
      async () => {
        await openPartnership();
        const coverage = page.getByRole("region", { name: "Membership coverage" });
        await coverage.getByText("Recommended membership: the built-in one, as the program has not written its own.").waitFor();
        await coverage.getByText(/^Nobody at the table fills: .*Courts, corrections or probation/).waitFor();
        // The lead organization and four members, in five sectors: H = ln 5, J = ln 5 / ln 18.
        await coverage.getByText("5 of 18", { exact: true }).waitFor();
        await coverage
          .getByRole("definition")
          .filter({ hasText: /^0\.56$/ })
          .waitFor();
        await coverage.getByText("3 of 4 (75%)", { exact: true }).waitFor();

        const composition = coverage.getByRole("region", { name: /^Recommended membership/ });
        await card(composition, "Courts, corrections or probation").getByText("Empty", { exact: true }).waitFor();
        await card(composition, "Police").getByText("Members filling it: Lakeside Police Service").waitFor();
        await card(composition, "Municipal government").getByText("Members filling it: Lakeside Town Hall (lead organization)").waitFor();
        await card(composition, "An invited critic").getByText("Empty", { exact: true }).waitFor();
        await composition.getByText("Priority group: Youth").waitFor();

        const checklist = coverage.getByRole("region", { name: /^Partner-selection checklist/ });
        await card(checklist, "Is everyone with a stake in the solutions taking part?").getByText("Partly", { exact: true }).waitFor();

        const axis = await openPanel(coverage, /^From prevention to re-entry/);
        await axis.getByText("Stages nobody covers: Re-entry.").waitFor();
        await card(axis, "Re-entry").getByText("Not covered", { exact: true }).waitFor();
        await card(axis, "Enforcement")
          .getByText(/^Lakeside Police Service\s*\(usual for its sector\)$/)
          .waitFor();

        const balance = await openPanel(coverage, /^Sectors and balance/);
        await balance.getByText("Members come from several sectors, but the spread could be wider or more even.").waitFor();
        await balance.getByText(/^Here: H = 1\.609, J = 1\.609 ÷ ln\(18\) = 0\.557\.$/).waitFor();
        const counts = balance.getByRole("table", { name: "Those at the table per sector" });
        await counts.getByRole("row").filter({ hasText: "Youth organizations" }).getByRole("cell", { name: "20%" }).waitFor();
        await expectAccessible(page, "the partnership page with its coverage");

        // Another day's table: the intro names it, and emptying the field returns to today.
        await coverage.getByLabel("Assessed on").fill("2026-01-15");
        await coverage.getByText(/at the table on Jan 15, 2026 compare/).waitFor();
        await coverage.getByLabel("Assessed on").fill("");
        await coverage.getByText(/at the table on Jan 15, 2026 compare/).waitFor({ state: "detached" });
      },
      STEP_TIMEOUT,
    );

    it(
      "changes the coverage when a member's stages are stated and it is invited as a critic",
      async () => {
        await openPartnership();
        await page.getByRole("button", { name: "Edit membership of Lakeside Youth Centre" }).click();
        const dialog = page.getByRole("dialog", { name: "Edit membership of Lakeside Youth Centre" });
        await dialog.getByText("Otherwise the usual stages of its sector apply: Prevention and Intervention.").waitFor();
        await dialog.getByLabel("Invited critic").check();
        await dialog.getByRole("switch", { name: "Set the stages this member covers" }).check();
        const stages = dialog.getByRole("group", { name: "Stages this member covers" });
        expect(await stages.getByRole("checkbox", { name: "Prevention" }).isChecked()).toBe(true);
        expect(await stages.getByRole("checkbox", { name: "Intervention" }).isChecked()).toBe(true);
        await stages.getByRole("checkbox", { name: "Re-entry" }).check();
        await expectAccessible(page, "the member dialog with its coverage fields");
        await dialog.getByRole("button", { name: "Save" }).click();
        await dialog.waitFor({ state: "hidden" });

        const members = page.getByRole("table", { name: "Members of Lakeside Safety Table" });
        await members.getByRole("row").filter({ hasText: "Lakeside Youth Centre" }).getByText("Invited critic", { exact: true }).waitFor();

        const coverage = page.getByRole("region", { name: "Membership coverage" });
        const axis = await openPanel(coverage, /^From prevention to re-entry/);
        await card(axis, "Re-entry").getByText("Covered", { exact: true }).waitFor();
        await card(axis, "Re-entry")
          .getByText(/^Lakeside Youth Centre\s*\(stated on its membership\)$/)
          .waitFor();
        expect(await axis.getByText("Stages nobody covers", { exact: false }).count()).toBe(0);
        const composition = coverage.getByRole("region", { name: /^Recommended membership/ });
        await card(composition, "An invited critic").getByText("Members filling it: Lakeside Youth Centre").waitFor();
        await card(composition, "An invited critic").getByText("Filled", { exact: true }).waitFor();
        await expectAccessible(page, "the partnership page after the member changed");

        // The saved choice comes back when the member is edited again.
        await page.getByRole("button", { name: "Edit membership of Lakeside Youth Centre" }).click();
        const again = page.getByRole("dialog", { name: "Edit membership of Lakeside Youth Centre" });
        expect(await again.getByLabel("Invited critic").isChecked()).toBe(true);
        expect(await again.getByRole("checkbox", { name: "Re-entry" }).isChecked()).toBe(true);
        await again.getByRole("button", { name: "Cancel" }).click();
        await again.waitFor({ state: "hidden" });
      },
      STEP_TIMEOUT,
    );

    it(
      "shows the coverage in French",
      async () => {
        await youthCentreCoversReentry();
        await openPartnership();
        await page.getByRole("region", { name: "Membership coverage" }).waitFor();
        await page.getByRole("radio", { name: "English" }).focus();
        await page.keyboard.press("ArrowRight");
        const coverage = page.getByRole("region", { name: "Composition du partenariat" });
        await coverage
          .getByText("Composition recommandée : celle intégrée à Convene, puisque le programme n'a pas défini la sienne.")
          .waitFor();
        await coverage.getByText(/^Personne à la table n'occupe : .*Tribunaux, services correctionnels ou probation/).waitFor();
        await coverage.getByText("5 sur 18", { exact: true }).waitFor();
        await coverage
          .getByRole("definition")
          .filter({ hasText: /^0,56$/ })
          .waitFor();
        await coverage.getByText(/^3 sur 4 \(75\s%\)$/).waitFor();
        const axis = await openPanel(coverage, /^De la prévention à la réinsertion/);
        await card(axis, "Réinsertion sociale").getByText("Couverte", { exact: true }).waitFor();
        await card(axis, "Réinsertion sociale")
          .getByText(/^Lakeside Youth Centre\s*\(précisé dans son adhésion\)$/)
          .waitFor();
        const checklist = coverage.getByRole("region", { name: /^Liste de vérification pour le choix des partenaires/ });
        await card(checklist, "Toutes les parties qui ont un intérêt dans les solutions y prennent-elles part ?")
          .getByText("En partie", { exact: true })
          .waitFor();
        await page
          .getByRole("table", { name: "Membres de Lakeside Safety Table" })
          .getByText("Voix critique invitée", { exact: true })
          .waitFor();
        await expectAccessible(page, "the partnership page in French");
      },
      STEP_TIMEOUT,
    );

    it(
      "starts with its panels closed on a phone, the figures and the empty seats in view",
      async () => {
        await youthCentreCoversReentry();
        await openPartnership();
        await page.getByRole("region", { name: "Membership coverage" }).waitFor();
        await page.getByRole("radio", { name: "English" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.getByRole("region", { name: "Composition du partenariat" }).waitFor();
        await page.setViewportSize({ width: 375, height: 800 });
        await page.reload();
        const coverage = page.getByRole("region", { name: "Composition du partenariat" });
        await coverage.getByText("Sièges obligatoires encore vacants").waitFor();
        const checklist = coverage.getByRole("button", { name: /^Liste de vérification pour le choix des partenaires/ });
        expect(await checklist.getAttribute("aria-expanded")).toBe("false");
        await checklist.click();
        await coverage
          .getByRole("region", { name: /^Liste de vérification/ })
          .getByText("En partie", { exact: true })
          .waitFor();
        await expectAccessible(page, "the partnership page on a phone");
      },
      STEP_TIMEOUT,
    );
  });
}
