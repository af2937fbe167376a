import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { buildInvolvementRecord } from "../support/involvement-factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 120_000;

if (chromiumPath) {
  describe("the partnership charter in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let charterUrl: string;
    const memberName = "Northgate School Board";
    let coordinatorEmail: string;
    let partnerEmail: string;

    async function signedInAs(email: string, steps: (page: Page) => Promise<void>): Promise<void> {
      const page = await pageSignedInAs(browser, base, email);
      try {
        await steps(page);
      } finally {
        await page.context().close();
      }
    }

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const program = await buildProgram(database.db, { code: "NGP", name: "Northgate Program" });
      const lead = await buildOrganization(database.db, { name: "Northgate City Hall", sector: "municipal_government" });
      const member = await buildOrganization(database.db, { name: memberName, sector: "schools" });
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: lead.id,
        name: "Safer Northgate",
      });
      const membership = await buildMembership(database.db, partnership.id, member.id);
      // The school board says it cooperates: it lends people to the project.
      await buildInvolvementRecord(database.db, membership.id, { perspective: "partner", answers: { human_resources: true } });
      coordinatorEmail = (
        await buildUser(database.db, { role: "coordinator", email: "coordinator@northgate.example.org", partnershipIds: [partnership.id] })
      ).email;
      partnerEmail = (await buildUser(database.db, { role: "partner", email: "board@northgate.example.org", organizationId: member.id }))
        .email;
      ({ app, base, browser } = await openBrowserApp(chromiumPath, database));
      charterUrl = `${base}/partnerships/${partnership.id}/charter`;
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "lets the coordinator write a charter and give a member an intended role, then revise it",
      async () => {
        await signedInAs(coordinatorEmail, async (page) => {
          await page.goto(charterUrl);
          await page.getByRole("heading", { level: 1, name: "Charter" }).waitFor();
          await page.getByText("No charter yet. Write the first version below.").waitFor();
          await expectAccessible(page, "the empty charter form");
          await page.getByLabel(/^The need/).fill("Break-ins near the schools fell for no one agency alone.");
          await page.getByLabel("Vision", { exact: true }).fill("Children walk to school safely.");
          await page.getByLabel("Mission", { exact: true }).fill("Prevent, intervene and follow up together.");
          await page.getByLabel("Values", { exact: true }).fill("Trust and openness.");
          const member = page.getByRole("group", { name: memberName });
          await member.getByRole("combobox", { name: "Intended role", exact: true }).click();
          await page.getByRole("option", { name: "Collaboration", exact: true }).click();
          await member.getByLabel("What is expected of it").fill("Host the monthly meetings.");
          await page.getByRole("button", { name: "Save the charter" }).click();

          await page.getByText(/^Version 1, saved .* by /).waitFor();
          const card = page.getByRole("article", { name: memberName });
          await card.getByText("Host the monthly meetings.").waitFor();
          await card.getByText("Collaboration", { exact: true }).waitFor();
          const roles = page.getByRole("table", { name: "Intended role and measured types, member by member" });
          const row = roles.getByRole("row").filter({ hasText: memberName });
          await row.getByRole("cell", { name: "Cooperation (baseline) Less than intended" }).waitFor();
          await page
            .getByText(`${memberName} — Intended role: collaboration; the lead sees not measured, the member sees cooperation (baseline).`)
            .waitFor();
          await expectAccessible(page, "the charter once written");

          await page.getByRole("button", { name: "Edit the charter" }).click();
          await page.getByLabel("Vision", { exact: true }).fill("Every child walks to school safely.");
          await page.getByRole("button", { name: "Save the charter" }).click();
          await page.getByText(/^Version 2, saved /).waitFor();
          await page.getByRole("button", { name: "Compare version 2 with the previous one" }).click();
          const changes = page.getByRole("region", { name: "Purpose" }).last();
          await changes.waitFor();
          const vision = page
            .getByRole("row")
            .filter({ hasText: "Every child walks to school safely." })
            .filter({ hasText: "Children walk to school safely." });
          await vision.waitFor();
          await expectAccessible(page, "the charter's revision history");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "shows a partner the charter, without editing, in English and in French, with its PDF",
      async () => {
        await signedInAs(partnerEmail, async (page) => {
          await page.goto(charterUrl);
          await page.getByText("Every child walks to school safely.").first().waitFor();
          expect(await page.getByRole("button", { name: "Edit the charter" }).count()).toBe(0);
          const row = page
            .getByRole("table", { name: "Intended role and measured types, member by member" })
            .getByRole("row")
            .filter({ hasText: memberName });
          await row.getByText("Less than intended").waitFor();
          await expectAccessible(page, "the charter as a partner reads it");

          const href = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
          const pdf = await page.request.get(`${base}${href ?? ""}`);
          expect(pdf.status()).toBe(200);
          expect(pdf.headers()["content-type"]).toBe("application/pdf");

          await page.getByRole("radio", { name: "English" }).focus();
          await page.keyboard.press("ArrowRight");
          await page.getByRole("heading", { level: 1, name: "Charte" }).waitFor();
          await page.getByRole("heading", { level: 2, name: "Rôles prévus et types mesurés" }).waitFor();
          await page.getByText("Moins que prévu").first().waitFor();
          await page
            .getByText(
              `${memberName} — Rôle prévu\u00a0: collaboration. Le responsable voit\u00a0: non mesuré. Le membre voit\u00a0: coopération (baseline).`,
            )
            .waitFor();
          const french = await page.getByRole("link", { name: "Télécharger le PDF" }).getAttribute("href");
          expect(french).toContain("language=fr");
          await expectAccessible(page, "the charter in French");
        });
      },
      STEP_TIMEOUT,
    );

    it(
      "is usable at phone width",
      async () => {
        // The coordinator, whose account is still in English: the partner chose French above.
        const page = await pageSignedInAs(browser, base, coordinatorEmail, { width: 390, height: 844 });
        try {
          await page.goto(charterUrl);
          await page.getByRole("heading", { level: 1, name: "Charter" }).waitFor();
          await page.getByText("Every child walks to school safely.").first().waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await expectAccessible(page, "the charter at phone width");
        } finally {
          await page.context().close();
        }
      },
      STEP_TIMEOUT,
    );
  });
}
