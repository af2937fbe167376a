import type { FastifyInstance } from "fastify";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, expectAccessible, openBrowserApp, pageSignedInAs, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { saveProgramRubric } from "../../src/server/modules/typology/repository.js";
import { buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../support/factories.js";
import { sharedDecisionRubric, storeRubric } from "../support/involvement-factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;

/** Answers one indicator of a checklist: the radio group is named by the indicator's statement. */
async function answer(view: Locator, indicator: string, choice: string): Promise<void> {
  await view.getByRole("radiogroup", { name: indicator }).getByRole("radio", { name: choice, exact: true }).check();
}

if (chromiumPath) {
  describe("a member's involvement in the browser", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let email: string;
    let partnershipId: string;
    let membershipId: string;
    let partnerEmail: string;
    let programId: string;
    let adminId: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const admin = await buildUser(database.db, { role: "admin", email: "lead@example.org" });
      email = admin.email;
      adminId = admin.id;
      const program = await buildProgram(database.db, { code: "CMP", name: "Community Mobilization Program" });
      programId = program.id;
      const lead = await buildOrganization(database.db, { name: "Harbourview City Hall", sector: "municipal_government" });
      const partnership = await buildPartnership(database.db, {
        programId: program.id,
        leadOrganizationId: lead.id,
        name: "Safer Harbourview Youth Network",
      });
      partnershipId = partnership.id;
      const member = await buildOrganization(database.db, { name: "Harbourview Youth Centre", sector: "youth_organizations" });
      membershipId = (await buildMembership(database.db, partnership.id, member.id)).id;
      partnerEmail = (await buildUser(database.db, { role: "partner", email: "youth@example.org", organizationId: member.id })).email;
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database));
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "opens a member's involvement from the partnership page",
      async () => {
        await signIn(page, base, email);

        await page.goto(`${base}/partnerships/${partnershipId}`);
        await page.getByRole("heading", { level: 2, name: "Perception gaps" }).waitFor();
        await page.getByText("No member has both views saved for this round.").waitFor();
        await expectAccessible(page, "the partnership page before any answers");

        const members = page.getByRole("table", { name: "Members of Safer Harbourview Youth Network" });
        await members.getByRole("link", { name: "Involvement of Harbourview Youth Centre", exact: true }).click();
        await page.getByRole("heading", { level: 1, name: "Involvement of Harbourview Youth Centre" }).waitFor();
        expect(await page.getByRole("region", { name: "Lead organization's view" }).getByRole("radiogroup").count()).toBe(13);
        expect(await page.getByRole("region", { name: "Partner's view" }).getByRole("radiogroup").count()).toBe(13);
        await expectAccessible(page, "the empty involvement page");
      },
      STEP_TIMEOUT,
    );

    it(
      "classifies each view once saved and shows where they differ",
      async () => {
        const leadView = page.getByRole("region", { name: "Lead organization's view" });
        await answer(leadView, "Took part in making the project's decisions", "Yes");
        await answer(leadView, "Was responsible, alone or with others, for carrying out the project", "Yes");
        await answer(leadView, "Was responsible for reporting the project's results", "Yes");
        await leadView.getByLabel("Respondent").fill("Jordan Lee");
        await leadView.getByRole("button", { name: "Save the lead organization's view" }).click();
        await leadView.getByText("Collaboration", { exact: true }).waitFor();
        await leadView.getByText(/^collaboration: .*shared decision-making/).waitFor();

        const partnerView = page.getByRole("region", { name: "Partner's view" });
        await answer(partnerView, "Coordinated its own activities with the project", "Yes");
        await answer(partnerView, "Contributed money", "No");
        await partnerView.getByRole("button", { name: "Save the partner's view" }).click();
        await partnerView.getByText("Coordination", { exact: true }).waitFor();
        await partnerView.getByText(/^coordination: .*coordination of activities/).waitFor();
        await partnerView.getByText("Incomplete", { exact: true }).waitFor();

        const gap = page.getByRole("region", { name: "Perception gap" });
        // An administrator is on neither side: both are named.
        await gap.getByText("The lead, Harbourview City Hall, says collaboration; Harbourview Youth Centre says coordination.").waitFor();
        await gap.getByText("1 level apart", { exact: true }).waitFor();
        await gap.getByText(/^Took part in making the project's decisions: the lead yes, the partner not answered/).waitFor();
        expect(await leadView.getByLabel("Respondent").inputValue()).toBe("Jordan Lee");
        await expectAccessible(page, "the involvement page with both views");
      },
      STEP_TIMEOUT,
    );

    it(
      "lists the member among the partnership's perception gaps",
      async () => {
        await page.getByRole("link", { name: "Safer Harbourview Youth Network" }).click();
        const gaps = page.getByRole("table", { name: "Perception gaps in Safer Harbourview Youth Network, widest first" });
        const row = gaps.getByRole("row").filter({ hasText: "Harbourview Youth Centre" });
        await row.getByRole("cell", { name: "Collaboration" }).waitFor();
        await row.getByRole("cell", { name: "Coordination" }).waitFor();
        await expectAccessible(page, "the partnership page with a perception gap");

        await row.getByRole("link", { name: "Harbourview Youth Centre" }).click();
        await page.getByRole("heading", { level: 1, name: "Involvement of Harbourview Youth Centre" }).waitFor();
      },
      STEP_TIMEOUT,
    );

    it(
      "shows the checklist, the types and the gap in French",
      async () => {
        await page.getByRole("radio", { name: "English" }).focus();
        await page.keyboard.press("ArrowRight");
        await page.getByRole("heading", { level: 1, name: "Participation de Harbourview Youth Centre" }).waitFor();
        const leadView = page.getByRole("region", { name: "Point de vue de l'organisme responsable" });
        await leadView
          .getByRole("radiogroup", { name: "A pris part aux décisions du projet" })
          .getByRole("radio", { name: "Oui" })
          .waitFor();
        await leadView.getByText(/^collaboration : .*partage des décisions/).waitFor();
        const partnerView = page.getByRole("region", { name: "Point de vue du partenaire" });
        await partnerView.getByRole("radiogroup", { name: "A contribué financièrement" }).getByRole("radio", { name: "Non" }).waitFor();
        await partnerView.getByText("Incomplet", { exact: true }).waitFor();
        await page
          .getByText(
            "Point de vue de l'organisme responsable, Harbourview City Hall : collaboration ; point de vue du partenaire, Harbourview Youth Centre : coordination.",
          )
          .waitFor();
        await page.getByText("1 niveau d'écart", { exact: true }).waitFor();
        await expectAccessible(page, "the involvement page in French");
      },
      STEP_TIMEOUT,
    );

    it(
      "lets the member organization answer its own view but not the lead's",
      async () => {
        const partnerPage = await pageSignedInAs(browser, base, partnerEmail);

        await partnerPage.goto(`${base}/partnerships/${partnershipId}/members/${membershipId}/involvement`);
        await partnerPage.getByRole("heading", { level: 1, name: "Involvement of Harbourview Youth Centre" }).waitFor();
        const leadView = partnerPage.getByRole("region", { name: "Lead organization's view" });
        await leadView.getByText("Only those who manage this partnership can change the lead organization's view.").waitFor();
        expect(await leadView.getByRole("button").count()).toBe(0);
        // A view the reader may not change reads as answers written out, not as disabled radio buttons.
        await leadView.getByText("Yes", { exact: true }).first().waitFor();
        expect(await leadView.getByRole("radio").count()).toBe(0);

        const partnerView = partnerPage.getByRole("region", { name: "Partner's view" });
        await answer(partnerView, "Took part in making the project's decisions", "Yes");
        await answer(partnerView, "Was responsible, alone or with others, for carrying out the project", "Yes");
        await answer(partnerView, "Was responsible for reporting the project's results", "Yes");
        await partnerView.getByRole("button", { name: "Save the partner's view" }).click();
        await partnerView.getByText("Collaboration", { exact: true }).waitFor();
        await partnerPage.getByText("You and the lead, Harbourview City Hall, both say collaboration.").waitFor();
        await partnerPage.getByText("Same level", { exact: true }).waitFor();
        await expectAccessible(partnerPage, "the involvement page as the member organization");
        await partnerPage.context().close();
      },
      STEP_TIMEOUT,
    );

    it(
      "classifies the partnership's records again once its program has chosen another rubric",
      async () => {
        await storeRubric(database.db, sharedDecisionRubric("youth-engagement"));
        await saveProgramRubric(database.db, programId, "youth-engagement", adminId, new Date().toISOString());
        await page.goto(`${base}/partnerships/${partnershipId}`);
        await page.getByRole("heading", { level: 2, name: "Écarts de perception" }).waitFor();
        await page.getByRole("button", { name: "Classer de nouveau" }).click();
        const dialog = page.getByRole("dialog", { name: "Classer les réponses de nouveau" });
        await dialog.getByText(/avec Grille youth-engagement \(version 1\)/).waitFor();
        await expectAccessible(page, "the dialog that classifies the records again");
        await dialog.getByRole("button", { name: "Classer de nouveau" }).click();
        await page.getByText("2 fiches classées de nouveau avec la version 1; 2 ont changé de type.").waitFor();
        await dialog.waitFor({ state: "hidden" });

        // The stored types now come from the program's own rubric, named with its level labels.
        await page.goto(`${base}/partnerships/${partnershipId}/members/${membershipId}/involvement`);
        await page.getByRole("region", { name: "Point de vue de l'organisme responsable" }).getByText("Engagé", { exact: true }).waitFor();
        await page.getByRole("region", { name: "Point de vue du partenaire" }).getByText("Engagé", { exact: true }).waitFor();
        await page
          .getByText(
            "Même type des deux côtés, engagé : l'organisme responsable, Harbourview City Hall, et le partenaire, Harbourview Youth Centre, sont d'accord.",
          )
          .waitFor();
      },
      STEP_TIMEOUT,
    );
  });
}
